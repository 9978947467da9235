#include "storage/migrations.h"

#include "deadlines/stored_deadlines.h"
#include "storage/audit_chain.h"
#include "storage/desk_chain.h"
#include "storage/engine.h"
#include "storage/server_migrations.h"
#include "storage/schema_steps.h"
#include "storage/sql_helpers.h"


namespace casedesk {
namespace {

// One schema step: the statements that take a file from version (n - 1) to n.
// Steps are append-only: once released, a step is never edited; a change is a new step.
struct MigrationStep {
    int version;
    QStringList statements;
    // Data work that SQL alone cannot do (e.g. hashing), run after the statements in the
    // same transaction.
    Status (*finish)(const QSqlDatabase &db) = nullptr;
};

const QList<MigrationStep> &steps()
{
    static const QList<MigrationStep> all = {
        {1, schemaVersion1()},
        {2, schemaVersion2()},
        {3, schemaVersion3()},
        {4, schemaVersion4()},
        {5, schemaVersion5()},
        {6, schemaVersion6()},
        {7, schemaVersion7()},
        {8, schemaVersion8(), chainExistingAuditRecords},
        {9, schemaVersion9()},
        {10, schemaVersion10()},
        {11, schemaVersion11()},
        {12, schemaVersion12()},
        {13, schemaVersion13(), moveRecoveredIntoEntries},
        {14, schemaVersion14()},
        {15, schemaVersion15(), chainExistingDeskEvents},
        // Step 16's stored deadlines are filled by step 25's finish: the reading of a case's
        // deadlines now needs step 23's first_contact_at and step 24's order times, which a
        // file at step 16 lacks, and step 25's liaison_reply rule changes what is due.
        {16, schemaVersion16()},
        {17, schemaVersion17()},
        {18, schemaVersion18()},
        {19, schemaVersion19()},
        {20, schemaVersion20()},
        {21, schemaVersion21()},
        {22, schemaVersion22()},
        {23, schemaVersion23()},
        {24, schemaVersion24()},
        {25, schemaVersion25(), fillStoredDeadlines},
        {26, schemaVersion26()},
    };
    return all;
}

} // namespace

int latestSchemaVersion() { return steps().last().version; }

QList<int> schemaVersions()
{
    QList<int> versions;
    for (const MigrationStep &step : steps())
        versions.append(step.version);
    return versions;
}

Result<int> storedSchemaVersion(const QSqlDatabase &db)
{
    if (engineOf(db) == Engine::Postgres)
        return storedServerSchemaVersion(db);
    auto version = queryScalar(db, QStringLiteral("PRAGMA user_version"));
    if (!version)
        return version.error();
    return version->toInt();
}

Status migrate(const QSqlDatabase &db, int targetVersion)
{
    auto current = storedSchemaVersion(db);
    if (!current)
        return current.error();
    for (const MigrationStep &step : steps()) {
        if (step.version <= current.value() || step.version > targetVersion)
            continue;
        Transaction transaction(db);
        if (auto started = transaction.begin(); !started)
            return started;
        for (const QString &statement : step.statements) {
            if (auto done = runQuery(db, statement); !done)
                return done.error();
        }
        if (step.finish) {
            if (auto finished = step.finish(db); !finished)
                return finished;
        }
        // user_version lives in the file header and is written inside the transaction.
        if (auto done = runQuery(db, QStringLiteral("PRAGMA user_version = %1").arg(step.version)); !done)
            return done.error();
        if (auto committed = transaction.commit(); !committed)
            return committed;
    }
    return {};
}

} // namespace casedesk
