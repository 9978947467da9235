#pragma once

#include "auth/password_hash.h"
#include "result.h"
#include "storage/user_repository.h"

#include <QDateTime>
#include <QSqlDatabase>

namespace casedesk {

// Signing in to a database: a user's name and password, with lock-out after repeated
// failures, and the first administrator of a database that has no one who can sign in.
// Every refusal, lock-out and sign-in is written to desk_events.
class SignInService {
public:
    // Five wrong passwords in a row lock the user out for fifteen minutes.
    static constexpr int kMaxFailures = 5;
    static constexpr int kLockMinutes = 15;

    explicit SignInService(QSqlDatabase db) : m_db(std::move(db)) {}

    // The user, if the password is theirs and they are active and not locked out; else
    // ErrorCode::Forbidden with a translated message on field "password" (or "name").
    Result<User> signIn(const QString &name, const QString &password,
                        const QDateTime &now = QDateTime::currentDateTime());

    // True when no active user has a password: the database needs its first administrator
    // (a new file, or one from before sign-in existed).
    Result<bool> needsFirstAdministrator() const;

    // Creates the first administrator (or gives a password to an existing administrator of
    // an older file). Refused with Conflict once anyone can sign in.
    Result<User> createFirstAdministrator(const QString &name, const QString &password, HashCost cost,
                                          const QDateTime &now = QDateTime::currentDateTime());

    // A user changes their own password, proving the old one.
    Status changeOwnPassword(const QString &name, const QString &oldPassword, const QString &newPassword,
                             HashCost cost, const QDateTime &now = QDateTime::currentDateTime());

private:
    QSqlDatabase m_db;
};

} // namespace casedesk
