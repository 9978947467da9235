#pragma once

#include "result.h"
#include "storage/desk_event_repository.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace casedesk {

// What a user's password and sign-ins touch besides their row, per engine. On a SQLite file
// the users table is all there is. On a server each user also has a login role with the same
// password (server_rights.h), and what a login may not write itself (its password, its failed
// sign-ins) goes through server step 7's functions, which check who calls.
class LoginAccounts {
public:
    explicit LoginAccounts(QSqlDatabase db) : m_db(std::move(db)) {}

    // The CaseDesk user this connection is signed in to the server as (it connected with their
    // login and password). Empty on a file and for the server's maintenance account.
    Result<QString> connectedUser() const;

    // A new password: the Argon2id `hash` in the users table and, on a server, the login's
    // SCRAM verifier made from `password` here (the server never sees the password). Clears
    // failures and any lock-out. On a server only the user, an administrator or the maintenance
    // account may.
    Status setPassword(const QString &name, const QString &hash, const QString &password);

    // After `name` proved `password` through the server's maintenance account: their login gets
    // the same password (the way users copied by server import reach their logins). Nothing to
    // do on a file.
    Status keepLoginPassword(const QString &name, const QString &password);

    // Counts a wrong password for `name`; the `maxFailures`-th in a row locks the name until
    // `lockUntil`. The failures in a row so far; 0 when this one locked the name; -1 when no
    // user has that name.
    Result<int> noteFailedSignIn(const QString &name, int maxFailures, const QDateTime &lockUntil);
    Status clearFailedSignIns(const QString &name);

    // Whether `password` is the password of this connection's login (a second connection tries
    // it; the server counts nothing). Only for a connection connectedUser() names.
    Result<bool> connectedPasswordMatches(const QString &password) const;

    // Sign-ins the server refused at desks since a desk last took them (noteRefusedAtServer),
    // taken off the server's list: they belong in the desk log. Always empty on a file.
    Result<QList<DeskEvent>> takeRefusals();

private:
    QSqlDatabase m_db;
};

// The server's name for the login `wanted` (login prefix and user name, as typed to connect):
// itself when it fits a role name (63 bytes), else cut short and told apart as server step 7
// does (casedesk_login_of).
QString serverLoginFor(const QString &wanted);

// A desk whose connection the server refused for `login`'s password notes it with the server's
// gate role: it counts towards a lock-out like a wrong password typed at a signed-in desk, and
// reaches the desk log with the next sign-in. `url` is the server's URL.
Status noteRefusedAtServer(const QString &url, const QString &login, int maxFailures, const QDateTime &lockUntil,
                           const QDateTime &at);

} // namespace casedesk
