// Database::openServer: connecting to an office's PostgreSQL server (database.h).

#include "storage/database.h"
#include "storage/login_accounts.h"

#include "storage/server_migrations.h"
#include "storage/server_url.h"
#include "storage/sql_helpers.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QSqlError>

namespace casedesk {
namespace {

// The translation context of this file's messages.
struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

// Passwords given in a URL, by the URL shown without them: a worker thread or a second window
// of this process opens location() again without the user typing it twice. Only in memory.
QMutex passwordsMutex;
QHash<QString, QString> &rememberedPasswords()
{
    static QHash<QString, QString> passwords;
    return passwords;
}

// libpq's reasons, said for a caseworker; the technical text follows for support.
Error connectionError(const ServerUrl &server, const QSqlError &error)
{
    const QString detail = error.databaseText().trimmed().isEmpty() ? error.text() : error.databaseText().trimmed();
    const QString where = server.displayName();
    auto has = [&detail](const char *text) { return detail.contains(QLatin1String(text), Qt::CaseInsensitive); };
    // A refused password names the field "password": a desk asks for it again.
    if (has("password authentication failed") || has("no password supplied") || has("authentication failed")) {
        const QString message =
            Msg::tr("The server %1 refused the user name or password. Nothing was changed. (%2)").arg(where, detail);
        return {ErrorCode::Forbidden, message, {{QStringLiteral("password"), message}}};
    }
    // A CaseDesk user an administrator deactivated (server_rights.h).
    if (has("is not permitted to log in"))
        return {ErrorCode::Forbidden,
                Msg::tr("The server %1 no longer lets %2 sign in: the user was deactivated. An administrator can "
                        "make them active again. (%3)")
                    .arg(where, server.user, detail),
                {}};
    if (has("does not support SSL") || has("SSL was required") || has("SSL off"))
        return {ErrorCode::Io,
                Msg::tr("The connection to %1 must be encrypted (TLS), but the server does not offer it. Ask the "
                        "server's administrator to turn on TLS, or change the connection's TLS mode. (%2)")
                    .arg(where, detail),
                {}};
    if (has("certificate") || has("SSL"))
        return {ErrorCode::Io,
                Msg::tr("The encrypted connection to %1 could not be set up: the server's certificate was not "
                        "accepted. Check the CA file of the connection. (%2)")
                    .arg(where, detail),
                {}};
    if (has("database") && has("does not exist"))
        return {ErrorCode::NotADatabase,
                Msg::tr("The server has no database \"%1\". Ask the server's administrator to create it (createdb). "
                        "(%2)")
                    .arg(server.database, detail),
                {}};
    if (has("Connection refused") || has("could not connect") || has("timeout") || has("could not translate host")
        || has("No route") || has("Network is unreachable") || has("server closed"))
        return {ErrorCode::Io,
                Msg::tr("The server %1 cannot be reached: it is not running, the address or port is wrong, or the "
                        "network is down. Nothing was changed. (%2)")
                    .arg(where, detail),
                {}};
    return {ErrorCode::Io, Msg::tr("CaseDesk could not connect to the server %1. (%2)").arg(where, detail), {}};
}

Error notOursOnServer(const ServerUrl &server)
{
    return {ErrorCode::NotADatabase,
            Msg::tr("The server database %1 holds tables that are not CaseDesk's. It was not changed; give CaseDesk "
                    "a database of its own (an empty one for \"server init\").")
                .arg(server.displayName()),
            {}};
}

} // namespace

Status openServerConnection(const QString &connectionName, const ServerUrl &server, const QString &options)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    if (!db.isValid())
        return Error{ErrorCode::Io,
                     Msg::tr("This CaseDesk cannot connect to PostgreSQL servers: Qt's PostgreSQL driver is not "
                             "installed (on Debian: the package libqt6sql6-psql)."),
                     {}};
    db.setHostName(server.host);
    db.setPort(server.port);
    db.setDatabaseName(server.database);
    db.setUserName(server.user);
    db.setPassword(server.password);
    db.setConnectOptions(options);
    if (!db.open())
        return connectionError(server, db.lastError());
    return {};
}

bool isRefusedPassword(const Error &error)
{
    return error.code == ErrorCode::Forbidden && !error.fieldErrors.isEmpty() &&
           error.fieldErrors.first().field == QLatin1String("password");
}

ServerUrl serverOf(const QSqlDatabase &db)
{
    ServerUrl server;
    server.host = db.hostName();
    server.port = db.port();
    server.database = db.databaseName();
    server.user = db.userName();
    return server;
}

void Database::rememberServerPassword(const QSqlDatabase &db, const QString &password)
{
    const QMutexLocker locker(&passwordsMutex);
    rememberedPasswords().insert(serverOf(db).displayName(), password);
}

Result<std::unique_ptr<Database>> Database::openServer(const QString &url, OpenMode mode)
{
    auto parsed = ServerUrl::parse(url);
    if (!parsed)
        return parsed.error();
    ServerUrl server = parsed.value();
    // A user name too long for a role name connects as the login the server made for it.
    server.user = serverLoginFor(server.user);
    {
        QMutexLocker locker(&passwordsMutex);
        if (server.password.isEmpty())
            server.password = rememberedPasswords().value(server.displayName());
        else
            rememberedPasswords().insert(server.displayName(), server.password);
    }

    const QString name = newConnectionName();
    std::unique_ptr<Database> database(new Database(name, server.displayName()));
    if (auto opened = openServerConnection(name, server, server.connectOptions()); !opened)
        return opened.error();
    const QSqlDatabase db = database->connection();

    auto state = readServerSchemaState(db);
    if (!state)
        return state.error();
    const int latest = latestServerSchemaVersion();
    if (!state->ours && !state->empty)
        return notOursOnServer(server);
    if (state->ours && state->version > latest)
        return Error{ErrorCode::NewerSchema,
                     Msg::tr("The server database %1 was set up by a newer version of CaseDesk (server schema %2; "
                             "this version reads up to %3). Please install the newer version. Nothing was changed.")
                         .arg(server.displayName())
                         .arg(state->version)
                         .arg(latest),
                     {}};
    if (mode == OpenMode::CreateNew && !state->empty)
        return Error{ErrorCode::Conflict,
                     Msg::tr("The server database %1 is not empty; \"server init\" sets up only an empty database. "
                             "Nothing was changed.")
                         .arg(server.displayName()),
                     {}};
    if (state->empty && mode != OpenMode::CreateIfMissing && mode != OpenMode::CreateNew)
        return Error{ErrorCode::NotADatabase,
                     Msg::tr("The server database %1 is empty: an administrator sets it up first with "
                             "\"casedesk-cli server init\". Nothing was changed.")
                         .arg(server.displayName()),
                     {}};
    if (state->ours && state->version < latest && mode != OpenMode::Upgrade)
        return Error{ErrorCode::NewerSchema,
                     Msg::tr("The server database %1 has an older schema (%2) than this version of CaseDesk needs "
                             "(%3). An administrator upgrades it with \"casedesk-cli server upgrade\" once every "
                             "desk has the new version. Nothing was changed.")
                         .arg(server.displayName())
                         .arg(state->version)
                         .arg(latest),
                     {}};
    if (state->empty || state->version < latest) {
        if (auto migrated = migrateServer(db); !migrated)
            return migrated.error();
    }
    if (auto completed = database->completeOpening(); !completed)
        return completed.error();
    if (auto anchoring = database->startAnchoring(state->empty); !anchoring)
        return anchoring.error();
    return database;
}

} // namespace casedesk
