#pragma once

#include "domain/roles.h"
#include "result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

namespace casedesk {

// A person who works at this desk. The name is what assignee and audit columns record,
// so it is unique and never reused for someone else.
struct User {
    qint64 id = 0;
    QString name;
    Role role = Role::Caseworker;
    bool active = true; // people who left stay on their old cases but cannot act
    QDateTime createdAt;
    bool hasPassword = false; // users from before version 7 have none until one is set
    int failedSignIns = 0;    // wrong passwords in a row since the last good one
    QDateTime lockedUntil;    // invalid unless locked out after too many failures
};

class UserRepository {
public:
    explicit UserRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // Refused with a field error on "name" if it is empty, too long, unreadable or taken.
    // Storage only: who may add users is checked by UserAdministration (auth/), which the
    // windows and the CLI use. `passwordHash` is an Argon2id string (auth/password_hash.h).
    Result<User> add(const QString &name, Role role, const QDateTime &now = QDateTime::currentDateTime(),
                     const QString &passwordHash = {});
    Result<QList<User>> list(bool includeInactive = true) const;
    // ErrorCode::NotFound if there is no such user.
    Result<User> findByName(const QString &name) const;
    Status setRole(const QString &name, Role role);
    Status setActive(const QString &name, bool active);

    // The stored Argon2id string, empty if the user has no password (NotFound: no user).
    Result<QString> passwordHashOf(const QString &name) const;
    // Stores a new hash and clears failures and any lock-out.
    Status setPasswordHash(const QString &name, const QString &hash);
    // Counts a wrong password; `lockedUntil` (valid) locks the user out until then.
    Status recordFailedSignIn(const QString &name, const QDateTime &lockedUntil);
    Status clearFailedSignIns(const QString &name);
    // Active users who can sign in (have a password): none means first-run set-up.
    Result<int> countActiveWithPassword() const;
    // Active administrators who can sign in, other than the user `exceptId`.
    Result<int> countAdministratorsWhoCanSignIn(qint64 exceptId) const;

    // The longest name accepted.
    static constexpr int kMaxNameLength = 40;

private:
    Status change(const QString &name, const QString &assignment, const QVariant &value);

    QSqlDatabase m_db;
};

} // namespace casedesk
