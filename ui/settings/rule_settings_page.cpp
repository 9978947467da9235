#include "rule_settings_page.h"

#include "notice_bar.h"

#include "auth/desk_administration.h"

#include "storage/deadline_rule_repository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace casedesk {
namespace {

QString rulesSummary(const DeadlineRuleSet &set)
{
    QStringList parts;
    for (const DeadlineRule &rule : set.rules)
        parts << QStringLiteral("%1 %2").arg(labelOf(rule.kind), formatAmount(rule.amount, rule.unit));
    return parts.join(QStringLiteral("; "));
}

} // namespace

RuleSettingsPage::RuleSettingsPage(QSqlDatabase db, const QString &actor, QWidget *parent)
    : QWidget(parent), m_db(std::move(db)), m_actor(actor), m_sets(new QTableWidget(this)), m_name(new QLineEdit(this)),
      m_from(new QDateEdit(QDate::currentDate(), this)), m_note(new QLineEdit(this)), m_newRules(new QTableWidget(this)),
      m_message(new NoticeBar(this))
{
    setObjectName(QStringLiteral("ruleSettingsPage"));
    m_sets->setColumnCount(3);
    m_sets->setHorizontalHeaderLabels({tr("From"), tr("Name"), tr("Limits")});
    m_sets->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sets->verticalHeader()->hide();
    m_sets->horizontalHeader()->setStretchLastSection(true);
    m_sets->setWordWrap(true);
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_name->setPlaceholderText(tr("e.g. SAMR Order No. 121"));
    m_newRules->setColumnCount(3);
    m_newRules->setHorizontalHeaderLabels({tr("Deadline"), tr("Limit"), tr("Unit")});
    m_newRules->verticalHeader()->hide();
    m_newRules->horizontalHeader()->setStretchLastSection(true);

    auto *addBox = new QGroupBox(tr("New rule set"), this);
    auto *form = new QFormLayout(addBox);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("For cases received from"), m_from);
    form->addRow(tr("Note"), m_note);
    form->addRow(m_newRules);
    auto *addButton = new QPushButton(tr("Add Rule Set"), this);
    form->addRow(addButton);
    connect(addButton, &QPushButton::clicked, this, &RuleSettingsPage::addRuleSet);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(new QLabel(tr("A case follows the set in force on the day it was received."), this));
    layout->addWidget(m_sets, 1);
    layout->addWidget(addBox, 1);
    refresh();
}

void RuleSettingsPage::refresh()
{
    auto sets = DeadlineRuleRepository(m_db).ruleSets();
    m_sets->setRowCount(0);
    if (!sets) {
        m_message->showError(tr("The rule sets could not be loaded: %1").arg(sets.error().message));
        return;
    }
    m_sets->setRowCount(int(sets->size()));
    for (int row = 0; row < sets->size(); ++row) {
        const DeadlineRuleSet &set = sets->at(row);
        const QStringList cells = {set.effectiveFrom.toString(Qt::ISODate), set.name, rulesSummary(set)};
        for (int column = 0; column < cells.size(); ++column)
            m_sets->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_sets->resizeColumnsToContents();
    m_sets->resizeRowsToContents();

    // The new set starts as a copy of the one in force today.
    const DeadlineRuleSet *current = ruleSetInForce(sets.value(), QDate::currentDate());
    m_template = current ? current->rules : QList<DeadlineRule>{};
    m_newRules->setRowCount(int(m_template.size()));
    for (int row = 0; row < m_template.size(); ++row) {
        const DeadlineRule &rule = m_template.at(row);
        m_newRules->setItem(row, 0, new QTableWidgetItem(labelOf(rule.kind)));
        m_newRules->item(row, 0)->setFlags(Qt::ItemIsEnabled);
        auto *amount = new QSpinBox(m_newRules);
        amount->setRange(1, kMaxDeadlineAmount);
        amount->setValue(rule.amount);
        m_newRules->setCellWidget(row, 1, amount);
        auto *unit = new QComboBox(m_newRules);
        for (DeadlineUnit u : {DeadlineUnit::WorkingDays, DeadlineUnit::CalendarDays, DeadlineUnit::Hours})
            unit->addItem(labelOf(u), codeOf(u));
        unit->setCurrentIndex(unit->findData(codeOf(rule.unit)));
        m_newRules->setCellWidget(row, 2, unit);
    }
    m_newRules->resizeColumnsToContents();
}

Status RuleSettingsPage::addRuleSet()
{
    DeadlineRuleSet set;
    set.name = m_name->text().trimmed();
    set.effectiveFrom = m_from->date();
    set.note = m_note->text().trimmed();
    for (int row = 0; row < m_template.size(); ++row) {
        DeadlineRule rule = m_template.at(row);
        rule.amount = static_cast<QSpinBox *>(m_newRules->cellWidget(row, 1))->value();
        const auto *unit = static_cast<QComboBox *>(m_newRules->cellWidget(row, 2));
        rule.unit = deadlineUnitFromCode(unit->currentData().toString()).value_or(rule.unit);
        set.rules.append(rule);
    }
    auto added = DeskAdministration(m_db).addRuleSet(m_actor, set);
    if (!added) {
        m_message->showError(added.error().message);
        return added.error();
    }
    m_message->showMessage(tr("Added \"%1\" for cases received from %2.")
                               .arg(added->name, added->effectiveFrom.toString(Qt::ISODate)),
                           NoticeBar::Kind::Information);
    refresh();
    return {};
}

} // namespace casedesk
