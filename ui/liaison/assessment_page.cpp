#include "liaison/assessment_page.h"

#include "auth/permissions.h"
#include "storage/user_repository.h"
#include "liaison/assessment_score_form.h"
#include "liaison/assessment_sheet_view.h"
#include "liaison/liaison_assessment_service.h"
#include "liaison/liaison_point_service.h"
#include "notice_bar.h"

#include <QDate>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace casedesk {
namespace {

enum Column { RankColumn, PointColumn, TypeColumn, StreetColumn, TotalColumn, ModelColumn, ColumnCount };

bool mayChange(const QSqlDatabase &db, const QString &actor)
{
    return authorize(db, actor, Permission::ManageDirectories).ok();
}

} // namespace

AssessmentPage::AssessmentPage(QSqlDatabase db, const QString &actor, QWidget *parent)
    : QWidget(parent), m_db(std::move(db)), m_actor(actor), m_editable(mayChange(m_db, actor)),
      m_year(new QSpinBox(this)), m_notice(new NoticeBar(this)), m_tabs(new QTabWidget(this)),
      m_sheetView(new AssessmentSheetView(m_db, actor, m_editable, this)),
      m_scoreForm(new AssessmentScoreForm(m_db, actor, m_editable, this)), m_ranking(new QTableWidget(0, ColumnCount, this)),
      m_mark(new QPushButton(tr("Mark as Model Point"), this)), m_unmark(new QPushButton(tr("Remove Model-Point Title"), this))
{
    setObjectName(QStringLiteral("assessmentPage"));
    const int thisYear = QDate::currentDate().year();
    m_year->setRange(2000, thisYear + 1);
    // Last year's round is the one a council scores and ranks at the start of a year.
    m_year->setValue(thisYear - 1);
    auto years = LiaisonAssessmentService(m_db).sheetYears(actor);
    if (years && !years->isEmpty())
        m_year->setValue(std::min(years->first(), thisYear));

    m_ranking->setHorizontalHeaderLabels(
        {tr("Rank"), tr("Point"), tr("Type"), tr("Street"), tr("Total"), tr("Model point")});
    m_ranking->horizontalHeader()->setSectionResizeMode(PointColumn, QHeaderView::Stretch);
    m_ranking->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ranking->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ranking->setSelectionMode(QAbstractItemView::SingleSelection);
    m_ranking->verticalHeader()->hide();
    m_ranking->setToolTip(tr("Equal totals are decided by the categories' points in the sheet's order; points equal "
                             "even there share the rank."));
    m_mark->setVisible(m_editable);
    m_unmark->setVisible(m_editable);
    auto *rankingPage = new QWidget(this);
    auto *rankingButtons = new QHBoxLayout;
    rankingButtons->addStretch(1);
    rankingButtons->addWidget(m_unmark);
    rankingButtons->addWidget(m_mark);
    auto *rankingLayout = new QVBoxLayout(rankingPage);
    rankingLayout->addWidget(m_ranking, 1);
    rankingLayout->addLayout(rankingButtons);
    m_tabs->addTab(rankingPage, tr("Ranking"));
    m_tabs->addTab(m_scoreForm, tr("Scoring"));
    m_tabs->addTab(m_sheetView, tr("Scoring Sheet"));

    connect(m_year, &QSpinBox::valueChanged, this, &AssessmentPage::reload);
    connect(m_ranking, &QTableWidget::itemSelectionChanged, this, &AssessmentPage::rankingChosen);
    connect(m_mark, &QPushButton::clicked, this, &AssessmentPage::markChosen);
    connect(m_unmark, &QPushButton::clicked, this, &AssessmentPage::unmarkChosen);
    connect(m_sheetView, &AssessmentSheetView::failed, this, &AssessmentPage::failed);
    connect(m_scoreForm, &AssessmentScoreForm::failed, this, &AssessmentPage::failed);
    connect(m_sheetView, &AssessmentSheetView::changed, this, &AssessmentPage::saved);
    connect(m_scoreForm, &AssessmentScoreForm::changed, this, &AssessmentPage::saved);

    auto *top = new QFormLayout;
    top->addRow(tr("Year:"), m_year);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_notice);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);
    m_notice->hide();
    reload();
}

void AssessmentPage::reload()
{
    const int year = m_year->value();
    LiaisonAssessmentService service(m_db);
    auto sheet = service.sheet(year, m_actor);
    auto ranking = sheet ? service.ranking(year, m_actor) : Result<QList<AssessmentRank>>(sheet.error());
    auto points = ranking ? LiaisonPointService(m_db).list({}, m_actor) : Result<QList<LiaisonPoint>>(ranking.error());
    if (!points) {
        m_rows.clear();
        m_ranking->setRowCount(0);
        m_tabs->setEnabled(false);
        m_notice->showError(tr("The assessment of %1 could not be loaded: %2").arg(year).arg(points.error().message));
        return;
    }
    m_tabs->setEnabled(true);
    m_notice->hide();
    QList<LiaisonPoint> candidates;
    for (const LiaisonPoint &p : points.value()) {
        if (p.status != LiaisonPointStatus::Closed)
            candidates.append(p);
    }
    m_sheetView->setSheet(sheet.value());
    m_scoreForm->setSheet(sheet.value(), candidates);
    showRanking(ranking.value());
    if (sheet->version == 0)
        m_notice->showMessage(m_editable ? tr("%1 has no scoring sheet yet: copy last year's on the Scoring Sheet tab.").arg(year)
                                         : tr("%1 has no scoring sheet yet.").arg(year),
                              NoticeBar::Kind::Information);
}

void AssessmentPage::showRanking(const QList<AssessmentRank> &ranking)
{
    m_rows = ranking;
    m_ranking->setRowCount(int(ranking.size()));
    for (int row = 0; row < ranking.size(); ++row) {
        const AssessmentRank &r = ranking.at(row);
        const QStringList cells = {QString::number(r.rank), r.pointName,         labelOf(r.type),
                                   r.street,                QString::number(r.total), r.modelTitle};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column == RankColumn || column == TotalColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_ranking->setItem(row, column, item);
        }
    }
    m_ranking->resizeColumnsToContents();
    m_ranking->horizontalHeader()->setSectionResizeMode(PointColumn, QHeaderView::Stretch);
    rankingChosen();
}

qint64 AssessmentPage::chosenPoint() const
{
    const int row = m_ranking->currentRow();
    return row >= 0 && row < m_rows.size() && m_ranking->selectionModel()->hasSelection() ? m_rows.at(row).pointId : 0;
}

void AssessmentPage::rankingChosen()
{
    const int row = m_ranking->currentRow();
    const bool chosen = chosenPoint() > 0;
    m_mark->setEnabled(chosen && !m_rows.at(row).model);
    m_unmark->setEnabled(chosen && m_rows.at(row).model);
    if (chosen)
        m_scoreForm->choosePoint(m_rows.at(row).pointId);
}

bool AssessmentPage::markChosen()
{
    const qint64 point = chosenPoint();
    if (!point)
        return false;
    auto marked = LiaisonAssessmentService(m_db).markModel(point, m_year->value(), {}, m_actor);
    if (!marked) {
        failed(tr("The point was not marked: %1").arg(marked.error().message));
        return false;
    }
    saved(tr("%1 is a %2 of %3.").arg(marked->name, marked->modelTitle).arg(m_year->value()));
    return true;
}

bool AssessmentPage::unmarkChosen()
{
    const qint64 point = chosenPoint();
    if (!point)
        return false;
    auto unmarked = LiaisonAssessmentService(m_db).unmarkModel(point, m_year->value(), m_actor);
    if (!unmarked) {
        failed(tr("The title was not removed: %1").arg(unmarked.error().message));
        return false;
    }
    saved(tr("%1 no longer holds the model-point title of %2.").arg(unmarked->name).arg(m_year->value()));
    return true;
}

void AssessmentPage::saved(const QString &message)
{
    const qint64 point = chosenPoint();
    reload();
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).pointId == point)
            m_ranking->selectRow(row);
    }
    m_notice->showMessage(message, NoticeBar::Kind::Information);
    emit changed(message);
}

void AssessmentPage::failed(const QString &message) { m_notice->showError(message); }

} // namespace casedesk
