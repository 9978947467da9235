#include "storage/server_migrations.h"

#include "deadlines/stored_deadlines.h"
#include "storage/server_rights.h"
#include "storage/server_schema_steps.h"
#include "storage/sql_helpers.h"

namespace casedesk {
namespace {

struct ServerStep {
    int version;
    QStringList statements;
    // Data work SQL alone cannot do, run after the statements in the same transaction.
    Status (*finish)(const QSqlDatabase &db) = nullptr;
};

// Step 13 makes new tables (their GRANTs) and adds a deadline rule (the stored due list again).
Status grantRightsAndFillDeadlines(const QSqlDatabase &db)
{
    if (auto granted = grantServerRights(db); !granted)
        return granted;
    return fillStoredDeadlines(db);
}

const QList<ServerStep> &serverSteps()
{
    static const QList<ServerStep> all = {
        {1, serverSchemaVersion1()},
        // Filled by step 13's finish (as SQLite's step 16 by step 25: the reading needs steps 11 and 12's
        // columns, and step 13's liaison_reply rule changes what is due).
        {2, serverSchemaVersion2()},
        {3, serverSchemaVersion3()},
        {4, serverSchemaVersion4()},
        {5, serverSchemaVersion5()},
        {6, serverSchemaVersion6()},
        {7, serverSchemaVersion7(), setUpServerRights},
        {8, serverSchemaVersion8(), grantServerRights},
        {9, serverSchemaVersion9(), grantServerRights},
        {10, serverSchemaVersion10()},
        {11, serverSchemaVersion11()},
        {12, serverSchemaVersion12()},
        {13, serverSchemaVersion13(), grantRightsAndFillDeadlines},
        {14, serverSchemaVersion14(), grantServerRights},
        {15, serverSchemaVersion15(), grantServerRights},
    };
    return all;
}

// Any fixed number: every desk that initialises or upgrades takes the same lock first.
constexpr qint64 kSchemaLockKey = 0x43534B44;

} // namespace

int latestServerSchemaVersion() { return serverSteps().last().version; }

Result<ServerSchemaState> readServerSchemaState(const QSqlDatabase &db)
{
    ServerSchemaState state;
    auto marker = queryScalar(db, QStringLiteral("SELECT to_regclass('casedesk_schema') IS NOT NULL"));
    if (!marker)
        return marker.error();
    state.ours = marker->toBool();
    if (state.ours) {
        auto version = storedServerSchemaVersion(db);
        if (!version)
            return version.error();
        state.version = version.value();
        return state;
    }
    // Tables, views, sequences or functions of someone else's: not ours to write into.
    auto things = queryScalar(db, QStringLiteral("SELECT (SELECT count(*) FROM pg_class c JOIN pg_namespace n "
                                                 "ON n.oid = c.relnamespace WHERE n.nspname = current_schema()) "
                                                 "+ (SELECT count(*) FROM pg_proc p JOIN pg_namespace n "
                                                 "ON n.oid = p.pronamespace WHERE n.nspname = current_schema())"));
    if (!things)
        return things.error();
    state.empty = things->toLongLong() == 0;
    return state;
}

Result<int> storedServerSchemaVersion(const QSqlDatabase &db)
{
    auto version = queryScalar(db, QStringLiteral("SELECT version FROM casedesk_schema"));
    if (!version)
        return version.error();
    return version->toInt();
}

Status migrateServer(const QSqlDatabase &db)
{
    Transaction transaction(db);
    if (auto started = transaction.begin(); !started)
        return started;
    if (auto locked = runQuery(db, QStringLiteral("SELECT pg_advisory_xact_lock(?)"), {kSchemaLockKey}); !locked)
        return locked.error();
    // Read again under the lock: another desk may have done the work meanwhile.
    auto state = readServerSchemaState(db);
    if (!state)
        return state.error();
    int current = state->version;
    if (!state->ours) {
        if (auto created = runQuery(db, QStringLiteral("CREATE TABLE casedesk_schema (application TEXT NOT NULL, "
                                                       "version BIGINT NOT NULL)"));
            !created)
            return created.error();
        if (auto marked = runQuery(db, QStringLiteral("INSERT INTO casedesk_schema (application, version) "
                                                      "VALUES ('CaseDesk', 0)"));
            !marked)
            return marked.error();
    }
    for (const ServerStep &step : serverSteps()) {
        if (step.version <= current)
            continue;
        for (const QString &statement : step.statements) {
            if (auto done = runQuery(db, statement); !done)
                return done.error();
        }
        if (step.finish) {
            if (auto finished = step.finish(db); !finished)
                return finished;
        }
        current = step.version;
    }
    if (auto recorded = runQuery(db, QStringLiteral("UPDATE casedesk_schema SET version = ?"), {current}); !recorded)
        return recorded.error();
    return transaction.commit();
}

} // namespace casedesk
