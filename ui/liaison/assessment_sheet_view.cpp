#include "liaison/assessment_sheet_view.h"

#include "liaison/liaison_assessment_service.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace casedesk {
namespace {

constexpr int kIdRole = Qt::UserRole;

} // namespace

AssessmentSheetView::AssessmentSheetView(QSqlDatabase db, const QString &actor, bool editable, QWidget *parent)
    : QWidget(parent), m_db(std::move(db)), m_actor(actor), m_editable(editable), m_tree(new QTreeWidget(this)),
      m_copy(new QPushButton(tr("Copy Last Year's Sheet"), this)),
      m_addCategory(new QPushButton(tr("Add Category"), this)),
      m_addCriterion(new QPushButton(tr("Add Criterion"), this)), m_remove(new QPushButton(tr("Remove"), this)),
      m_save(new QPushButton(tr("Save Sheet"), this))
{
    m_tree->setObjectName(QStringLiteral("assessmentSheetTree"));
    m_tree->setHeaderLabels({tr("Category / criterion"), tr("Maximum points")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->setEditTriggers(editable ? QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                     : QAbstractItemView::NoEditTriggers);
    connect(m_copy, &QPushButton::clicked, this, &AssessmentSheetView::copyLastYear);
    connect(m_addCategory, &QPushButton::clicked, this, &AssessmentSheetView::addCategory);
    connect(m_addCriterion, &QPushButton::clicked, this, &AssessmentSheetView::addCriterion);
    connect(m_remove, &QPushButton::clicked, this, &AssessmentSheetView::removeChosen);
    connect(m_save, &QPushButton::clicked, this, &AssessmentSheetView::save);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &AssessmentSheetView::updateButtons);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_copy, m_addCategory, m_addCriterion, m_remove})
        buttons->addWidget(button);
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);
    for (QPushButton *button : {m_copy, m_addCategory, m_addCriterion, m_remove, m_save})
        button->setVisible(editable);
    updateButtons();
}

QTreeWidgetItem *AssessmentSheetView::criterionItem(const AssessmentCriterion &criterion)
{
    auto *item = new QTreeWidgetItem({criterion.name, QString::number(criterion.maxPoints)});
    item->setData(0, kIdRole, criterion.id);
    item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    if (m_editable)
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    return item;
}

void AssessmentSheetView::setSheet(const AssessmentSheet &sheet)
{
    m_sheet = sheet;
    m_tree->clear();
    for (const AssessmentCategory &category : sheet.categories) {
        auto *top = new QTreeWidgetItem(m_tree, {category.name, QString::number(category.maxPoints())});
        top->setData(0, kIdRole, category.id);
        top->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        if (m_editable)
            top->setFlags(top->flags() | Qt::ItemIsEditable);
        for (const AssessmentCriterion &criterion : category.criteria)
            top->addChild(criterionItem(criterion));
    }
    m_tree->expandAll();
    m_tree->resizeColumnToContents(1);
    updateButtons();
}

void AssessmentSheetView::updateButtons()
{
    const bool none = m_sheet.version == 0;
    m_copy->setEnabled(none);
    m_addCriterion->setEnabled(m_tree->currentItem() != nullptr);
    m_remove->setEnabled(m_tree->currentItem() != nullptr);
}

std::optional<AssessmentSheet> AssessmentSheetView::edited()
{
    AssessmentSheet sheet;
    sheet.year = m_sheet.year;
    sheet.version = m_sheet.version;
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *top = m_tree->topLevelItem(g);
        AssessmentCategory category;
        category.id = top->data(0, kIdRole).toLongLong();
        category.name = top->text(0);
        for (int c = 0; c < top->childCount(); ++c) {
            const QTreeWidgetItem *item = top->child(c);
            bool number = false;
            const int max = item->text(1).trimmed().toInt(&number);
            if (!number) {
                emit failed(tr("\"%1\": give its maximum as whole points.").arg(item->text(0)));
                return std::nullopt;
            }
            category.criteria.append({item->data(0, kIdRole).toLongLong(), item->text(0), max});
        }
        sheet.categories.append(category);
    }
    return sheet;
}

bool AssessmentSheetView::save()
{
    const auto sheet = edited();
    if (!sheet)
        return false;
    auto saved = LiaisonAssessmentService(m_db).saveSheet(*sheet, m_actor);
    if (!saved) {
        emit failed(tr("The sheet was not saved: %1").arg(saved.error().message));
        return false;
    }
    emit changed(tr("The %1 sheet was saved: %2 criteria, %3 points.")
                     .arg(saved->year)
                     .arg(saved->criterionCount())
                     .arg(saved->maxPoints()));
    return true;
}

bool AssessmentSheetView::copyLastYear()
{
    auto copied = LiaisonAssessmentService(m_db).copySheet(m_sheet.year, std::nullopt, m_actor);
    if (!copied) {
        emit failed(tr("The sheet was not copied: %1").arg(copied.error().message));
        return false;
    }
    emit changed(tr("The %1 sheet starts as a copy: %2 criteria, %3 points.")
                     .arg(copied->year)
                     .arg(copied->criterionCount())
                     .arg(copied->maxPoints()));
    return true;
}

void AssessmentSheetView::addCategory()
{
    auto *top = new QTreeWidgetItem(m_tree, {tr("New category"), QString()});
    top->setFlags(top->flags() | Qt::ItemIsEditable);
    m_tree->setCurrentItem(top);
    m_tree->editItem(top, 0);
}

void AssessmentSheetView::addCriterion()
{
    QTreeWidgetItem *current = m_tree->currentItem();
    if (!current)
        return;
    QTreeWidgetItem *category = current->parent() ? current->parent() : current;
    QTreeWidgetItem *item = criterionItem({0, tr("New criterion"), 1});
    category->addChild(item);
    category->setExpanded(true);
    m_tree->setCurrentItem(item);
    m_tree->editItem(item, 0);
}

void AssessmentSheetView::removeChosen()
{
    delete m_tree->currentItem(); // saved only with Save Sheet
    updateButtons();
}

} // namespace casedesk
