#include "storage/login_accounts.h"

#include "storage/scram_verifier.h"
#include "storage/database.h"
#include "storage/engine.h"
#include "storage/server_rights.h"
#include "storage/server_url.h"
#include "storage/sql_helpers.h"
#include "storage/stored_values.h"
#include "storage/user_repository.h"

#include <QCryptographicHash>
#include <QUuid>

namespace casedesk {
namespace {

bool onServer(const QSqlDatabase &db) { return engineOf(db) == Engine::Postgres; }

// A short-lived connection to the server as another account.
class SideConnection {
public:
    SideConnection(const ServerUrl &server, const QString &options)
        : m_name(QStringLiteral("casedesk-side-") + QUuid::createUuid().toString(QUuid::WithoutBraces)),
          m_opened(openServerConnection(m_name, server, options))
    {
    }
    ~SideConnection() { QSqlDatabase::removeDatabase(m_name); }
    SideConnection(const SideConnection &) = delete;
    SideConnection &operator=(const SideConnection &) = delete;

    const Status &opened() const { return m_opened; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    Status m_opened;
};

} // namespace

Result<QString> LoginAccounts::connectedUser() const
{
    if (!onServer(m_db))
        return QString();
    auto user = queryScalar(m_db, QStringLiteral("SELECT casedesk_connected_user()"));
    if (!user)
        return user.error();
    return user->isNull() ? QString() : user->toString();
}

Status LoginAccounts::setPassword(const QString &name, const QString &hash, const QString &password)
{
    if (!onServer(m_db))
        return UserRepository(m_db).setPasswordHash(name, hash);
    auto set = runQuery(m_db, QStringLiteral("SELECT casedesk_set_password(?, ?, ?)"),
                        {name.trimmed(), hash, scramSha256Verifier(password)});
    if (!set)
        return set.error();
    auto connected = connectedUser();
    if (!connected)
        return connected.error();
    // This desk's own next connections (a worker, a second window) need the new password.
    if (connected.value() == name.trimmed())
        Database::rememberServerPassword(m_db, password);
    return {};
}

Status LoginAccounts::keepLoginPassword(const QString &name, const QString &password)
{
    if (!onServer(m_db))
        return {};
    auto hash = UserRepository(m_db).passwordHashOf(name);
    if (!hash)
        return hash.error();
    return setPassword(name, hash.value(), password);
}

Result<int> LoginAccounts::noteFailedSignIn(const QString &name, int maxFailures, const QDateTime &lockUntil)
{
    if (onServer(m_db)) {
        auto failures = queryScalar(m_db, QStringLiteral("SELECT casedesk_note_failed_sign_in(?, ?, ?)"),
                                    {name.trimmed(), maxFailures, storedDateTime(lockUntil)});
        if (!failures)
            return failures.error();
        return failures->toInt();
    }
    UserRepository users(m_db);
    auto user = users.findByName(name);
    if (!user)
        return user.error().code == ErrorCode::NotFound ? Result<int>(-1) : Result<int>(user.error());
    const int failures = user->failedSignIns + 1;
    const bool lockOut = failures >= maxFailures;
    if (auto counted = users.recordFailedSignIn(name, lockOut ? lockUntil : QDateTime()); !counted)
        return counted.error();
    return lockOut ? 0 : failures;
}

Status LoginAccounts::clearFailedSignIns(const QString &name)
{
    if (!onServer(m_db))
        return UserRepository(m_db).clearFailedSignIns(name);
    auto cleared = runQuery(m_db, QStringLiteral("SELECT casedesk_clear_failed_sign_ins(?)"), {name.trimmed()});
    if (!cleared)
        return cleared.error();
    return {};
}

Result<bool> LoginAccounts::connectedPasswordMatches(const QString &password) const
{
    ServerUrl server = serverOf(m_db);
    server.password = password;
    const SideConnection side(server, m_db.connectOptions());
    if (side.opened())
        return true;
    if (isRefusedPassword(side.opened().error()))
        return false;
    return side.opened().error();
}

Result<QList<DeskEvent>> LoginAccounts::takeRefusals()
{
    QList<DeskEvent> events;
    if (!onServer(m_db))
        return events;
    auto rows = runQuery(m_db, QStringLiteral("SELECT at, name, action, detail FROM casedesk_take_sign_in_refusals()"));
    if (!rows)
        return rows.error();
    while (rows->next()) {
        const QString name = rows->value(1).toString();
        events.append({0, dateTimeFromStored(rows->value(0)), name, rows->value(2).toString(), name,
                       rows->value(3).toString()});
    }
    return events;
}

QString serverLoginFor(const QString &wanted)
{
    constexpr int kRoleNameBytes = 63;
    constexpr int kCutBytes = 54; // and "~" and 8 hex digits
    if (wanted.toUtf8().size() <= kRoleNameBytes)
        return wanted;
    QString cut = wanted;
    while (cut.toUtf8().size() > kCutBytes)
        cut.chop(cut.size() >= 2 && cut.back().isLowSurrogate() ? 2 : 1); // one character, as the server counts
    return cut + QLatin1Char('~') +
           QString::fromLatin1(QCryptographicHash::hash(wanted.toUtf8(), QCryptographicHash::Md5).toHex().left(8));
}

Status noteRefusedAtServer(const QString &url, const QString &login, int maxFailures, const QDateTime &lockUntil,
                           const QDateTime &at)
{
    auto server = ServerUrl::parse(url);
    if (!server)
        return server.error();
    ServerUrl asGate = server.value();
    asGate.user = QString::fromLatin1(kServerGateRole);
    asGate.password = QString::fromLatin1(kServerGatePassword);
    const SideConnection gate(asGate, asGate.connectOptions());
    if (!gate.opened())
        return gate.opened();
    auto noted = runQuery(gate.db(), QStringLiteral("SELECT casedesk_gate_refused(?, ?, ?, ?)"),
                          {serverLoginFor(login), storedDateTime(at), maxFailures, storedDateTime(lockUntil)});
    if (!noted)
        return noted.error();
    return {};
}

} // namespace casedesk
