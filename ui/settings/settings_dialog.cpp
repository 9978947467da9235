#include "settings_dialog.h"

#include "calendar_settings_page.h"
#include "council_settings_page.h"
#include "rule_settings_page.h"

#include <QDialogButtonBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace casedesk {

SettingsDialog::SettingsDialog(QSqlDatabase db, QWidget *parent)
    : QDialog(parent), m_calendar(new CalendarSettingsPage(db, this)), m_rules(new RuleSettingsPage(db, this)),
      m_council(new CouncilSettingsPage(db, this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    auto *tabs = new QTabWidget(this);
    tabs->addTab(m_calendar, tr("Working Days"));
    tabs->addTab(m_rules, tr("Deadline Rules"));
    tabs->addTab(m_council, tr("Council"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs, 1);
    layout->addWidget(buttons);
    resize(900, 640);
}

} // namespace casedesk
