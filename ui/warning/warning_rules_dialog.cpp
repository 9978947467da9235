#include "warning_rules_dialog.h"

#include "notice_bar.h"

#include "warning/warning_service.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace casedesk {
namespace {

enum Column { Name, Window, MinCount, Baseline, Ratio, Weight, Active, ColumnCount };

QTableWidgetItem *number(double value)
{
    auto *item = new QTableWidgetItem;
    item->setData(Qt::EditRole, value);
    return item;
}

} // namespace

WarningRulesDialog::WarningRulesDialog(const QSqlDatabase &db, const QString &actor, QWidget *parent)
    : QDialog(parent), m_db(db), m_actor(actor), m_table(new QTableWidget(this)), m_problem(new NoticeBar(this))
{
    setWindowTitle(tr("Early Warning Rules"));
    resize(900, 300);
    auto *intro = new QLabel(tr("A rule alerts when, within the window, a business gets at least the least number of "
                                "complaints AND at least the ratio times its usual level (measured over the days "
                                "before the window; ratio 0: not used). A prepaid-card complaint counts as the weight."),
                             this);
    intro->setWordWrap(true);
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Window (days)"), tr("At least"), tr("Usual level over (days)"),
                                        tr("Ratio (times)"), tr("Prepaid weight"), tr("Active")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    auto *add = buttons->addButton(tr("Add Rule"), QDialogButtonBox::ActionRole);
    connect(add, &QPushButton::clicked, this, &WarningRulesDialog::addRow);
    connect(buttons, &QDialogButtonBox::accepted, this, &WarningRulesDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_problem);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    reload();
}

void WarningRulesDialog::reload()
{
    auto rules = WarningService(m_db).rules();
    m_table->setRowCount(0);
    if (!rules) {
        m_problem->showError(tr("The rules could not be loaded: %1").arg(rules.error().message));
        return;
    }
    for (const WarningRule &rule : rules.value()) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *name = new QTableWidgetItem(rule.name);
        name->setData(Qt::UserRole, rule.id);
        m_table->setItem(row, Name, name);
        m_table->setItem(row, Window, number(rule.windowDays));
        m_table->setItem(row, MinCount, number(rule.minCount));
        m_table->setItem(row, Baseline, number(rule.baselineDays));
        m_table->setItem(row, Ratio, number(rule.ratioPercent / 100.0));
        m_table->setItem(row, Weight, number(rule.prepaidWeightPercent / 100.0));
        auto *active = new QTableWidgetItem;
        active->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        active->setCheckState(rule.active ? Qt::Checked : Qt::Unchecked);
        m_table->setItem(row, Active, active);
    }
    m_table->resizeColumnsToContents();
}

void WarningRulesDialog::addRow()
{
    const WarningRule fresh;
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *name = new QTableWidgetItem(tr("New rule"));
    name->setData(Qt::UserRole, 0);
    m_table->setItem(row, Name, name);
    m_table->setItem(row, Window, number(fresh.windowDays));
    m_table->setItem(row, MinCount, number(fresh.minCount));
    m_table->setItem(row, Baseline, number(fresh.baselineDays));
    m_table->setItem(row, Ratio, number(fresh.ratioPercent / 100.0));
    m_table->setItem(row, Weight, number(fresh.prepaidWeightPercent / 100.0));
    auto *active = new QTableWidgetItem;
    active->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    active->setCheckState(Qt::Checked);
    m_table->setItem(row, Active, active);
}

void WarningRulesDialog::save()
{
    WarningService service(m_db);
    for (int row = 0; row < m_table->rowCount(); ++row) {
        WarningRule rule;
        rule.id = m_table->item(row, Name)->data(Qt::UserRole).toLongLong();
        rule.name = m_table->item(row, Name)->text();
        rule.windowDays = m_table->item(row, Window)->data(Qt::EditRole).toInt();
        rule.minCount = m_table->item(row, MinCount)->data(Qt::EditRole).toInt();
        rule.baselineDays = m_table->item(row, Baseline)->data(Qt::EditRole).toInt();
        rule.ratioPercent = qRound(m_table->item(row, Ratio)->data(Qt::EditRole).toDouble() * 100);
        rule.prepaidWeightPercent = qRound(m_table->item(row, Weight)->data(Qt::EditRole).toDouble() * 100);
        rule.active = m_table->item(row, Active)->checkState() == Qt::Checked;
        auto saved = service.saveRule(rule, m_actor);
        if (!saved) {
            m_problem->showError(tr("Rule %1: %2").arg(row + 1).arg(saved.error().message));
            return;
        }
    }
    accept();
}

} // namespace casedesk
