#include "settings_dialog.h"

#include "backup_settings_page.h"
#include "calendar_settings_page.h"
#include "privacy_settings_page.h"
#include "council_settings_page.h"
#include "letter_settings_page.h"
#include "rule_settings_page.h"
#include "user_settings_page.h"

#include "auth/permissions.h"
#include "storage/user_repository.h"

#include <QDialogButtonBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace casedesk {

SettingsDialog::SettingsDialog(QSqlDatabase db, const QString &actor, QWidget *parent)
    : QDialog(parent), m_calendar(new CalendarSettingsPage(db, actor, this)),
      m_rules(new RuleSettingsPage(db, actor, this)), m_privacy(new PrivacySettingsPage(db, actor, this)),
      m_council(new CouncilSettingsPage(db, actor, this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    auto *tabs = new QTabWidget(this);
    tabs->addTab(m_calendar, tr("Working Days"));
    tabs->addTab(m_rules, tr("Deadline Rules"));
    tabs->addTab(m_council, tr("Council"));
    // What the signed-in user may change here follows their role.
    const auto signedIn = UserRepository(db).findByName(actor);
    const auto may = [&signedIn](Permission permission) {
        return signedIn && signedIn->active && roleAllows(signedIn->role, permission);
    };
    m_letters = new LetterSettingsPage(db, actor, may(Permission::ManageDirectories), this);
    tabs->addTab(m_letters, tr("Letters"));
    tabs->addTab(m_privacy, tr("Privacy and Security"));
    tabs->addTab(new BackupSettingsPage(db.databaseName(), this), tr("Backups"));
    // Users: for those who may manage them (administrators).
    if (may(Permission::ManageUsers))
        tabs->addTab(new UserSettingsPage(db, actor, HashCost::Interactive, this), tr("Users"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs, 1);
    layout->addWidget(buttons);
    resize(900, 640);
}

} // namespace casedesk
