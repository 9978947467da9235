// The server's schema steps run once and all or nothing: two desks setting up the same empty
// database at once do it once, and a step that fails leaves the database as it was.

#include "catch_qt.h"
#include "test_server.h"

#include "storage/database.h"
#include "storage/server_migrations.h"
#include "storage/server_url.h"
#include "storage/sql_helpers.h"

#include <QDeadlineTimer>
#include <QSqlDatabase>
#include <QThread>

#include <thread>

using namespace casedesk;
using namespace casedesk::test;

namespace {

// What one desk's opening ended with.
struct Opening {
    QString error;
    int version = -1;
};

// Opens the server database on a thread of its own, as another desk would (a Database belongs
// to the thread that opened it, so it is closed there too).
std::thread openOnThread(const QString &url, Opening *result)
{
    return std::thread([url, result] {
        auto opened = Database::openServer(url, Database::OpenMode::CreateIfMissing);
        if (!opened)
            result->error = opened.error().message;
        else
            result->version = opened.value()->schemaVersion();
    });
}

} // namespace

TEST_CASE("Two desks initialising one empty server database at once do it once", "[server-only][schema]")
{
    ServerScratchDatabase scratch{ServerScratchDatabase::Content::Empty};
    RawConnection holder(scratch.url());
    // Hold the lock every initialisation takes (kSchemaLockKey in server_migrations.cpp), so
    // both desks are sure to have found the database empty and to wait for it together.
    REQUIRE(runQuery(holder.db(), QStringLiteral("BEGIN")));
    REQUIRE(runQuery(holder.db(), QStringLiteral("SELECT pg_advisory_xact_lock(?)"), {qint64(0x43534B44)}));

    Opening first, second;
    std::thread a = openOnThread(scratch.url(), &first);
    std::thread b = openOnThread(scratch.url(), &second);
    const QString waiting = QStringLiteral("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted"
                                           " AND database = (SELECT oid FROM pg_database"
                                           " WHERE datname = current_database())");
    QDeadlineTimer deadline(60 * 1000);
    while (holder.scalar(waiting).toInt() < 2 && !deadline.hasExpired())
        QThread::msleep(10);
    const int waited = holder.scalar(waiting).toInt();
    REQUIRE(runQuery(holder.db(), QStringLiteral("COMMIT")));
    a.join();
    b.join();

    CHECK(waited == 2);
    CHECK(first.error == QString());
    CHECK(second.error == QString());
    CHECK(first.version == latestServerSchemaVersion());
    CHECK(second.version == latestServerSchemaVersion());
    CHECK(holder.scalar(QStringLiteral("SELECT count(*) FROM casedesk_schema")).toInt() == 1);
    CHECK(holder.scalar(QStringLiteral("SELECT version FROM casedesk_schema")).toInt() == latestServerSchemaVersion());
    // The seed rows once, not twice.
    CHECK(holder.scalar(QStringLiteral("SELECT count(*) FROM categories")).toInt() == 24);
    CHECK(holder.scalar(QStringLiteral("SELECT count(*) FROM settings")).toInt() == 2);
}

TEST_CASE("A server schema step that fails leaves the database as it was", "[server-only][schema]")
{
    ServerScratchDatabase scratch{ServerScratchDatabase::Content::Empty};
    RawConnection admin(scratch.url());
    // pg_trgm installed by an administrator into another schema: the database itself is still
    // empty, but the step's trigram index (which needs pg_trgm's operators) fails near its end,
    // after every table was created.
    REQUIRE(runQuery(admin.db(), QStringLiteral("CREATE SCHEMA elsewhere")));
    REQUIRE(runQuery(admin.db(), QStringLiteral("CREATE EXTENSION pg_trgm SCHEMA elsewhere")));

    auto opened = Database::openServer(scratch.url(), Database::OpenMode::CreateIfMissing);
    REQUIRE_FALSE(opened);
    CHECK(opened.error().message.contains(QStringLiteral("gin_trgm_ops")));

    // Nothing was left behind: no version mark, no table, no function.
    auto state = readServerSchemaState(admin.db());
    REQUIRE(state);
    CHECK(state->empty);
    CHECK_FALSE(state->ours);
    CHECK(admin.scalar(QStringLiteral("SELECT to_regclass('complaints') IS NULL")).toBool());

    // Once the cause is gone, the same opening sets the database up.
    REQUIRE(runQuery(admin.db(), QStringLiteral("DROP SCHEMA elsewhere CASCADE")));
    auto again = Database::openServer(scratch.url(), Database::OpenMode::CreateIfMissing);
    REQUIRE(again);
    CHECK(again.value()->schemaVersion() == latestServerSchemaVersion());
}
