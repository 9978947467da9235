#include "liaison/assessment_score_form.h"

#include "liaison/liaison_assessment_service.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace casedesk {
namespace {

enum Column { CategoryColumn, CriterionColumn, PointsColumn, NoteColumn };

} // namespace

AssessmentScoreForm::AssessmentScoreForm(QSqlDatabase db, const QString &actor, bool editable, QWidget *parent)
    : QWidget(parent), m_db(std::move(db)), m_actor(actor), m_editable(editable), m_points(new QComboBox(this)),
      m_criteria(new QTableWidget(0, 4, this)), m_notes(new QPlainTextEdit(this)), m_total(new QLabel(this)),
      m_save(new QPushButton(tr("Save Scores"), this))
{
    m_points->setObjectName(QStringLiteral("assessmentPointBox"));
    m_criteria->setHorizontalHeaderLabels({tr("Category"), tr("Criterion"), tr("Points"), tr("Note")});
    m_criteria->horizontalHeader()->setSectionResizeMode(CriterionColumn, QHeaderView::Stretch);
    m_criteria->horizontalHeader()->setSectionResizeMode(NoteColumn, QHeaderView::Stretch);
    m_criteria->verticalHeader()->hide();
    m_criteria->setEditTriggers(editable ? QAbstractItemView::AllEditTriggers : QAbstractItemView::NoEditTriggers);
    m_notes->setPlaceholderText(tr("Notes on the assessment (what was checked, where points were lost)"));
    m_notes->setMaximumHeight(70);
    m_notes->setReadOnly(!editable);
    m_save->setVisible(editable);
    connect(m_points, &QComboBox::currentIndexChanged, this, &AssessmentScoreForm::loadChosen);
    connect(m_save, &QPushButton::clicked, this, &AssessmentScoreForm::save);
    auto *chooser = new QFormLayout;
    chooser->addRow(tr("Point:"), m_points);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_total, 1);
    bottom->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(chooser);
    layout->addWidget(m_criteria, 1);
    layout->addWidget(m_notes);
    layout->addLayout(bottom);
}

QSpinBox *AssessmentScoreForm::pointsBox(int row) const
{
    return qobject_cast<QSpinBox *>(m_criteria->cellWidget(row, PointsColumn));
}

void AssessmentScoreForm::setSheet(const AssessmentSheet &sheet, const QList<LiaisonPoint> &points)
{
    m_sheet = sheet;
    const qint64 chosen = m_points->currentData().toLongLong();
    {
        const QSignalBlocker quiet(m_points);
        m_points->clear();
        for (const LiaisonPoint &p : points)
            m_points->addItem(p.name, p.id);
    }
    m_criteria->setRowCount(0);
    for (const AssessmentCategory &category : sheet.categories) {
        for (const AssessmentCriterion &criterion : category.criteria) {
            const int row = m_criteria->rowCount();
            m_criteria->insertRow(row);
            auto *categoryItem = new QTableWidgetItem(category.name);
            auto *criterionItem = new QTableWidgetItem(criterion.name);
            criterionItem->setData(Qt::UserRole, criterion.id);
            for (QTableWidgetItem *item : {categoryItem, criterionItem})
                item->setFlags(item->flags() & ~Qt::ItemIsEditable);
            m_criteria->setItem(row, CategoryColumn, categoryItem);
            m_criteria->setItem(row, CriterionColumn, criterionItem);
            m_criteria->setItem(row, NoteColumn, new QTableWidgetItem);
            auto *spin = new QSpinBox(m_criteria);
            spin->setRange(0, criterion.maxPoints);
            spin->setSuffix(tr(" of %1").arg(criterion.maxPoints));
            spin->setEnabled(m_editable);
            connect(spin, &QSpinBox::valueChanged, this, &AssessmentScoreForm::updateTotal);
            m_criteria->setCellWidget(row, PointsColumn, spin);
        }
    }
    m_criteria->resizeColumnToContents(CategoryColumn);
    m_save->setEnabled(sheet.version > 0 && !points.isEmpty());
    choosePoint(chosen);
}

void AssessmentScoreForm::choosePoint(qint64 pointId)
{
    const int index = m_points->findData(pointId);
    if (index >= 0 && index != m_points->currentIndex())
        m_points->setCurrentIndex(index); // loads it
    else
        loadChosen();
}

void AssessmentScoreForm::loadChosen()
{
    m_assessment = PointAssessment{};
    m_assessment.pointId = m_points->currentData().toLongLong();
    m_assessment.year = m_sheet.year;
    if (m_assessment.pointId > 0 && m_sheet.version > 0) {
        auto stored = LiaisonAssessmentService(m_db).assessment(m_assessment.pointId, m_sheet.year, m_actor);
        if (!stored) {
            emit failed(tr("The point's scores could not be loaded: %1").arg(stored.error().message));
            m_criteria->setEnabled(false);
            m_save->setEnabled(false);
            return;
        }
        m_assessment = stored.value();
    }
    m_criteria->setEnabled(true);
    for (int row = 0; row < m_criteria->rowCount(); ++row) {
        const qint64 id = m_criteria->item(row, CriterionColumn)->data(Qt::UserRole).toLongLong();
        int points = 0;
        QString note;
        for (const CriterionScore &score : std::as_const(m_assessment.scores)) {
            if (score.criterionId == id) {
                points = score.points;
                note = score.note;
            }
        }
        const QSignalBlocker quiet(pointsBox(row));
        pointsBox(row)->setValue(points);
        m_criteria->item(row, NoteColumn)->setText(note);
    }
    m_notes->setPlainText(m_assessment.notes);
    m_save->setEnabled(m_sheet.version > 0 && m_assessment.pointId > 0);
    updateTotal();
}

void AssessmentScoreForm::updateTotal()
{
    int total = 0;
    for (int row = 0; row < m_criteria->rowCount(); ++row)
        total += pointsBox(row)->value();
    m_total->setText(tr("Total: %1 of %2 points").arg(total).arg(m_sheet.maxPoints()));
}

bool AssessmentScoreForm::save()
{
    PointAssessment a = m_assessment;
    a.scores.clear();
    for (int row = 0; row < m_criteria->rowCount(); ++row)
        a.scores.append({m_criteria->item(row, CriterionColumn)->data(Qt::UserRole).toLongLong(), pointsBox(row)->value(),
                         m_criteria->item(row, NoteColumn)->text()});
    a.notes = m_notes->toPlainText();
    auto saved = LiaisonAssessmentService(m_db).score(a, m_actor);
    if (!saved) {
        emit failed(tr("The scores were not saved: %1").arg(saved.error().message));
        return false;
    }
    m_assessment = saved.value();
    emit changed(tr("%1 scored %2 of %3 points for %4.")
                     .arg(m_points->currentText())
                     .arg(saved->total())
                     .arg(m_sheet.maxPoints())
                     .arg(m_sheet.year));
    return true;
}

} // namespace casedesk
