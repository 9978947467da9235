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

    // The server at `url` refused `login`'s password when a desk connected: counted towards
    // that user's lock-out like a wrong password typed at a desk, and put in the desk log at
    // the next sign-in (through the server's gate role; server_rights.h).
    static Status noteRefusedConnection(const QString &url, const QString &login,
                                        const QDateTime &now = QDateTime::currentDateTime());

    // The CaseDesk user whose own login this connection to the server is; empty on a file and
    // for the server's maintenance account.
    Result<QString> connectedUser() const;

    // On a server connection made with a user's own login (its password already proved by the
    // server): signs in as that user, if they are active and not locked out. Refused on a file
    // and for the server's maintenance account.
    Result<User> signInConnected(const QDateTime &now = QDateTime::currentDateTime());

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
    Status mayUse(const User &user, const QDateTime &now) const;
    Result<bool> passwordMatches(const QString &name, const QString &password, bool ownLogin) const;
    // Records a good sign-in (and the refusals the server noted meanwhile). `password`, when
    // given, is the one just proved.
    Result<User> signedIn(const User &user, const QString &password, const QDateTime &now);
    Status countFailure(const User &user, const QDateTime &now);

    QSqlDatabase m_db;
};

} // namespace casedesk
