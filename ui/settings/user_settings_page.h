#pragma once

#include "auth/password_hash.h"
#include "domain/roles.h"
#include "result.h"

#include <QSqlDatabase>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QTableWidget;

namespace casedesk {

class NoticeBar;

// The desk's users, for an administrator: add a user with a password, change a role, let
// someone who left stop acting, set a new password, lift a lock-out. Every change goes
// through UserAdministration, which checks the administrator and records it.
class UserSettingsPage : public QWidget {
    Q_OBJECT
public:
    // `cost`: how new passwords are hashed; the application always passes Interactive.
    UserSettingsPage(QSqlDatabase db, const QString &actor, HashCost cost = HashCost::Interactive,
                     QWidget *parent = nullptr);

    QTableWidget *userTable() const { return m_users; }
    NoticeBar *notice() const { return m_message; } // what the last change did, or why the list is missing

    Status addUser(const QString &name, Role role, const QString &password);
    Status setRole(const QString &name, Role role);
    Status setActive(const QString &name, bool active);
    Status resetPassword(const QString &name, const QString &password);
    Status unlock(const QString &name);

private:
    void refresh();
    QString selectedName() const;
    Status report(const Status &done, const QString &success);

    QSqlDatabase m_db;
    QString m_actor;
    HashCost m_cost;
    QTableWidget *m_users;
    QLineEdit *m_name;
    QComboBox *m_role;
    QLineEdit *m_password;
    NoticeBar *m_message;
};

} // namespace casedesk
