#include "auth/sign_in_service.h"

#include "storage/desk_event_repository.h"
#include "storage/login_accounts.h"
#include "storage/sql_helpers.h"

#include <QCoreApplication>
#include <QLocale>

namespace casedesk {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(SignIn)
};

Error refused(const QString &message, const QString &field = QStringLiteral("password"))
{
    return Error{ErrorCode::Forbidden, message, {{field, message}}};
}

// Writes one desk event in its own transaction (a refused sign-in changes nothing else).
Status recordAlone(const QSqlDatabase &db, const DeskEvent &event)
{
    return inRetriedTransaction(db, [&]() -> Status {
        if (auto recorded = DeskEventRepository(db).record(event); !recorded)
            return recorded;
        return {};
    });
}

// One refusal for a wrong password, an unknown name and a locked-out name alike: a message
// that named the locked-out user would tell which names exist.
Error wrongOrLocked()
{
    return refused(Msg::tr("The name or the password is wrong. After %1 wrong passwords in a row a name is locked "
                           "out for %2 minutes; an administrator can unlock it sooner.")
                       .arg(SignInService::kMaxFailures)
                       .arg(SignInService::kLockMinutes));
}

// While it lives, a write waits at most a second for another desk's write lock (SQLite only).
class ShortBusyWait {
public:
    explicit ShortBusyWait(QSqlDatabase db) : m_db(std::move(db))
    {
        if (m_db.driverName() != QLatin1String("QSQLITE"))
            return;
        auto current = queryScalar(m_db, QStringLiteral("PRAGMA busy_timeout"));
        if (current && runQuery(m_db, QStringLiteral("PRAGMA busy_timeout = 1000")))
            m_previous = current->toInt();
    }
    ~ShortBusyWait()
    {
        if (m_previous >= 0)
            (void)runQuery(m_db, QStringLiteral("PRAGMA busy_timeout = %1").arg(m_previous));
    }
    ShortBusyWait(const ShortBusyWait &) = delete;
    ShortBusyWait &operator=(const ShortBusyWait &) = delete;

private:
    QSqlDatabase m_db;
    int m_previous = -1;
};

// A write of the sign-in record that failed only because the disk is full or another desk
// holds the write lock: reading must not depend on it.
bool mayReadWithout(const Error &error) { return error.code == ErrorCode::Io || error.code == ErrorCode::Busy; }

} // namespace

Result<User> SignInService::signIn(const QString &rawName, const QString &password, const QDateTime &now)
{
    const QString name = rawName.trimmed();
    if (name.isEmpty())
        return refused(Msg::tr("Enter your user name."), QStringLiteral("name"));
    LoginAccounts accounts(m_db);
    auto connected = accounts.connectedUser();
    if (!connected)
        return connected.error();
    // A desk connected to the server with a user's own login signs in only as that user.
    if (!connected->isEmpty() && connected.value() != name)
        return refused(Msg::tr("This desk is connected to the server as %1. To work as %2, connect to the server "
                               "again with %2's name and password.")
                           .arg(connected.value(), name),
                       QStringLiteral("name"));
    UserRepository users(m_db);
    auto user = users.findByName(name);
    if (!user) {
        if (user.error().code != ErrorCode::NotFound)
            return user.error();
        // A file nobody can sign in to yet (a new file, or one whose set-up was cut short)
        // says so instead of blaming the password.
        auto nobody = needsFirstAdministrator();
        if (!nobody)
            return nobody.error();
        if (nobody.value())
            return refused(Msg::tr("Nobody can sign in to this database yet: it has no administrator. Open it in "
                                   "CaseDesk to set one up, or run casedesk-cli init --admin NAME."),
                           QStringLiteral("name"));
        // Whatever was typed is logged, cut short: a name field is no place for a megabyte.
        const QString typed = name.left(UserRepository::kMaxNameLength * 2);
        if (auto logged = recordAlone(m_db, {0, now, typed, QStringLiteral("sign_in_failed"), typed,
                                             QStringLiteral("unknown user")});
            !logged)
            return logged.error();
        return wrongOrLocked();
    }
    if (auto usable = mayUse(user.value(), now); !usable)
        return usable.error();
    auto matches = passwordMatches(name, password, !connected->isEmpty());
    if (!matches)
        return matches.error();
    if (matches.value())
        return signedIn(user.value(), connected->isEmpty() ? password : QString(), now);
    if (auto counted = countFailure(user.value(), now); !counted)
        return counted.error();
    return wrongOrLocked();
}

Status SignInService::noteRefusedConnection(const QString &url, const QString &login, const QDateTime &now)
{
    return noteRefusedAtServer(url, login, kMaxFailures, now.addSecs(kLockMinutes * 60), now);
}

Result<QString> SignInService::connectedUser() const { return LoginAccounts(m_db).connectedUser(); }

Result<User> SignInService::signInConnected(const QDateTime &now)
{
    auto connected = connectedUser();
    if (!connected)
        return connected.error();
    if (connected->isEmpty())
        return refused(Msg::tr("This connection is not a CaseDesk user's own: sign in with your name and password."),
                       QStringLiteral("name"));
    auto user = UserRepository(m_db).findByName(connected.value());
    if (!user)
        return user.error();
    if (user->lockedUntil.isValid() && user->lockedUntil > now)
        return refused(Msg::tr("%1 is locked out after %2 wrong passwords in a row until %3; an administrator can "
                               "unlock it sooner.")
                           .arg(user->name)
                           .arg(kMaxFailures)
                           .arg(QLocale().toString(user->lockedUntil.time(), QLocale::ShortFormat)),
                       QStringLiteral("name"));
    if (auto usable = mayUse(user.value(), now); !usable)
        return usable.error();
    return signedIn(user.value(), QString(), now);
}

Status SignInService::mayUse(const User &user, const QDateTime &now) const
{
    if (user.lockedUntil.isValid() && user.lockedUntil > now)
        return wrongOrLocked();
    if (!user.active)
        return refused(Msg::tr("The user \"%1\" is no longer active.").arg(user.name), QStringLiteral("name"));
    if (!user.hasPassword)
        return refused(Msg::tr("%1 has no password yet; an administrator can set one.").arg(user.name),
                       QStringLiteral("name"));
    return {};
}

Result<bool> SignInService::passwordMatches(const QString &name, const QString &password, bool ownLogin) const
{
    // The server checks a login's password itself; its logins may not read the hashes.
    if (ownLogin)
        return LoginAccounts(m_db).connectedPasswordMatches(password);
    auto hash = UserRepository(m_db).passwordHashOf(name);
    if (!hash)
        return hash.error();
    return verifyPassword(hash.value(), password);
}

Result<User> SignInService::signedIn(const User &user, const QString &password, const QDateTime &now)
{
    // The sign-in is recorded, but a full disk or another desk's long write does not keep a
    // user from reading: the record is then left out (and the failures not yet cleared), the
    // user signed in all the same. Another desk's long write is waited for a second, not
    // SQLite's usual five.
    const ShortBusyWait shortWait(m_db);
    // Tried again on a server's deadlock or serialization failure, like any other save.
    const Status recorded = inRetriedTransaction(m_db, [&]() -> Status {
        LoginAccounts accounts(m_db);
        if (auto cleared = accounts.clearFailedSignIns(user.name); !cleared)
            return cleared;
        // A user signing in through the server's maintenance account (an administrator's
        // CLI after server import or upgrade) gives their login the same password.
        if (!password.isEmpty()) {
            if (auto kept = accounts.keepLoginPassword(user.name, password); !kept)
                return kept;
        }
        DeskEventRepository events(m_db);
        auto refusals = accounts.takeRefusals();
        if (!refusals)
            return refusals.error();
        for (const DeskEvent &refusal : refusals.value()) {
            if (auto logged = events.record(refusal); !logged)
                return logged;
        }
        if (auto logged = events.record({0, now, user.name, QStringLiteral("signed_in"), user.name, {}}); !logged)
            return logged;
        return {};
    });
    if (!recorded && !mayReadWithout(recorded.error()))
        return recorded.error();
    if (!recorded)
        return user;
    return UserRepository(m_db).findByName(user.name);
}

Status SignInService::countFailure(const User &user, const QDateTime &now)
{
    return inRetriedTransaction(m_db, [&]() -> Status {
        const QDateTime until = now.addSecs(kLockMinutes * 60);
        auto failures = LoginAccounts(m_db).noteFailedSignIn(user.name, kMaxFailures, until);
        if (!failures)
            return failures.error();
        DeskEventRepository events(m_db);
        if (auto logged = events.record(
                {0, now, user.name, QStringLiteral("sign_in_failed"), user.name,
                 QStringLiteral("wrong password %1").arg(failures.value() > 0 ? failures.value() : kMaxFailures)});
            !logged)
            return logged;
        if (failures.value() == 0) {
            if (auto logged = events.record({0, now, user.name, QStringLiteral("locked_out"), user.name,
                                             QStringLiteral("until %1").arg(until.toString(Qt::ISODate))});
                !logged)
                return logged;
        }
        return {};
    });
}

Result<bool> SignInService::needsFirstAdministrator() const
{
    auto count = UserRepository(m_db).countActiveWithPassword();
    if (!count)
        return count.error();
    return count.value() == 0;
}

Result<User> SignInService::createFirstAdministrator(const QString &rawName, const QString &password, HashCost cost,
                                                     const QDateTime &now)
{
    const QString name = rawName.trimmed();
    auto hash = hashPassword(password, cost); // slow: before the write lock is taken
    if (!hash)
        return hash.error();
    return inRetriedTransaction(m_db, [&]() -> Result<User> {
        auto needed = needsFirstAdministrator();
        if (!needed)
            return needed.error();
        if (!needed.value())
            return Error{ErrorCode::Conflict,
                         Msg::tr("This database already has users who can sign in; ask its administrator."),
                         {}};
        UserRepository users(m_db);
        auto existing = users.findByName(name);
        if (existing) {
            if (existing->role != Role::Administrator) {
                const QString message =
                    Msg::tr("\"%1\" is already a user who is not an administrator; choose another name.")
                        .arg(existing->name);
                return Error{ErrorCode::InvalidInput, message, {{QStringLiteral("name"), message}}};
            }
            if (auto active = users.setActive(name, true); !active)
                return active.error();
            if (auto set = LoginAccounts(m_db).setPassword(name, hash.value(), password); !set)
                return set.error();
        } else if (existing.error().code != ErrorCode::NotFound) {
            return existing.error();
        } else if (auto added = users.add(name, Role::Administrator, now, hash.value()); !added) {
            return added.error();
        } else if (auto set = LoginAccounts(m_db).setPassword(name, hash.value(), password); !set) {
            return set.error();
        }
        if (auto logged =
                DeskEventRepository(m_db).record({0, now, name, QStringLiteral("first_administrator"), name, {}});
            !logged)
            return logged.error();
        return users.findByName(name);
    });
}

Status SignInService::changeOwnPassword(const QString &name, const QString &oldPassword, const QString &newPassword,
                                        HashCost cost, const QDateTime &now)
{
    if (auto proved = signIn(name, oldPassword, now); !proved)
        return proved.error();
    auto hash = hashPassword(newPassword, cost);
    if (!hash)
        return hash.error();
    return inRetriedTransaction(m_db, [&]() -> Status {
        if (auto set = LoginAccounts(m_db).setPassword(name.trimmed(), hash.value(), newPassword); !set)
            return set;
        if (auto logged = DeskEventRepository(m_db).record(
                {0, now, name.trimmed(), QStringLiteral("password_changed"), name.trimmed(), {}});
            !logged)
            return logged;
        return {};
    });
}

} // namespace casedesk
