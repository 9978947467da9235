#pragma once

#include "auth/password_hash.h"
#include "result.h"
#include "storage/user_repository.h"

#include <QDateTime>
#include <QSqlDatabase>

namespace casedesk {

// Managing the desk's users: each call checks that `actor` may manage users
// (Permission::ManageUsers), changes the user and writes a desk event in one transaction.
// The last active administrator who can sign in cannot be demoted or deactivated, so a
// desk never locks itself out of its own user management.
class UserAdministration {
public:
    explicit UserAdministration(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<User> addUser(const QString &actor, const QString &name, Role role, const QString &password, HashCost cost,
                         const QDateTime &now = QDateTime::currentDateTime());
    Result<User> setRole(const QString &actor, const QString &name, Role role,
                         const QDateTime &now = QDateTime::currentDateTime());
    Result<User> setActive(const QString &actor, const QString &name, bool active,
                           const QDateTime &now = QDateTime::currentDateTime());
    // A new password chosen by an administrator; also lifts a lock-out.
    Result<User> resetPassword(const QString &actor, const QString &name, const QString &password, HashCost cost,
                               const QDateTime &now = QDateTime::currentDateTime());
    // Lifts a lock-out before its time.
    Result<User> unlock(const QString &actor, const QString &name, const QDateTime &now = QDateTime::currentDateTime());

private:
    QSqlDatabase m_db;
};

} // namespace casedesk
