#include "catch_qt.h"
#include "test_support.h"

#include "auth/sign_in_service.h"
#include "storage/backups.h"
#include "storage/complaint_repository.h"
#include "storage/database.h"
#include "storage/search_index_builder.h"
#include "storage/sql_helpers.h"
#include "storage/user_repository.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

// The trust defects a hostile probe found (issue 16), each as the behaviour it must have.

using namespace casedesk;
using namespace casedesk::test;

namespace {

// SQLite's own way of saying "the disk is full" without filling a disk: the file may not
// grow past the pages it has.
void fillTheDisk(const QSqlDatabase &db)
{
    auto pages = queryScalar(db, QStringLiteral("PRAGMA page_count"));
    REQUIRE(pages.ok());
    REQUIRE(runQuery(db, QStringLiteral("PRAGMA max_page_count = %1").arg(pages->toLongLong())).ok());
}

QStringList sideFiles(const QString &file)
{
    QStringList found;
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        if (QFile::exists(file + suffix))
            found.append(file + suffix);
    }
    return found;
}

} // namespace

TEST_CASE("a full disk says so, counts as the user's problem, and does not stop reading", "[trust][disk-full][sqlite-only]")
{
    TestDatabase db;
    addTestUser(db.connection(), QStringLiteral("李敏"));
    const QSqlDatabase c = db.connection();
    fillTheDisk(c);
    ComplaintRepository complaints(c);
    QList<Complaint> many;
    for (int i = 0; i < 200; ++i)
        many.append(sampleComplaint(c));
    auto added = complaints.addAll(many, QStringLiteral("李敏"), fixedNow());
    REQUIRE_FALSE(added.ok());
    CHECK(added.error().code == ErrorCode::Io); // the CLI's exit code 1
    INFO(added.error().message.toStdString());
    CHECK(added.error().message.contains(QStringLiteral("The disk is full; nothing was saved.")));
    CHECK(rowCount(c, QStringLiteral("complaints")) == 0);
    // Signing in to read still works: its record is left out rather than refusing the user.
    auto signedIn = SignInService(c).signIn(QStringLiteral("李敏"), kTestPassword, fixedNow());
    CHECK(signedIn.ok());
}

TEST_CASE("an empty file given to a command that reads is refused and left as it was", "[trust][hostile]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.db"));
    {
        QFile empty(path);
        REQUIRE(empty.open(QIODevice::WriteOnly));
    }
    auto opened = Database::open(path, Database::OpenMode::OpenExisting);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().code == ErrorCode::NotADatabase);
    CHECK(opened.error().message.contains(QStringLiteral("empty")));
    CHECK(QFileInfo(path).size() == 0);
    CHECK(sideFiles(path).isEmpty());
}

TEST_CASE("a file nobody can sign in to says so instead of blaming the password", "[trust][auth]")
{
    TestDatabase db;
    auto refused = SignInService(db.connection()).signIn(QStringLiteral("管理员"), QStringLiteral("whatever-1"), fixedNow());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("Nobody can sign in")));
    CHECK_FALSE(refused.error().message.contains(QStringLiteral("wrong")));
}

TEST_CASE("the search index's scratch file is owner-only and removed", "[trust][privacy][sqlite-only]")
{
    TestDatabase db;
    const QString scratch = db.path() + QStringLiteral(".search-build");
    {
        SearchIndexBuilder builder(db.connection());
        REQUIRE(builder.start());
        REQUIRE(QFile::exists(scratch));
        const auto permissions = QFile::permissions(scratch);
        CHECK((permissions & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup |
                              QFileDevice::WriteOther)) == 0);
        builder.finish();
    }
    CHECK_FALSE(QFile::exists(scratch));
}

TEST_CASE("backups, their checks and restores leave no -wal or -shm side files", "[trust][backup][sqlite-only]")
{
    TestDatabase db;
    addTestUser(db.connection(), QStringLiteral("李敏"));
    REQUIRE(ComplaintRepository(db.connection()).add(sampleComplaint(db.connection()), QStringLiteral("李敏"), fixedNow()).ok());
    const QString backup = db.folder() + QStringLiteral("/saved.casedesk-backup");
    REQUIRE(backupDatabase(db.database(), backup).ok());
    CHECK(sideFiles(backup).isEmpty());
    REQUIRE(checkBackupFile(backup).ok());
    CHECK(sideFiles(backup).isEmpty());
    const QString other = db.folder() + QStringLiteral("/restored.db");
    REQUIRE(restoreDatabase(backup, other).ok());
    CHECK(sideFiles(backup).isEmpty());
    CHECK(sideFiles(other).isEmpty());
    CHECK_FALSE(QFile::exists(other + QStringLiteral(".restoring")));
}

TEST_CASE("signing in to read does not wait out another desk's long write", "[trust][busy][sqlite-only]")
{
    TestDatabase db;
    addTestUser(db.connection(), QStringLiteral("李敏"));
    auto other = db.openAgain();
    REQUIRE(runQuery(other->connection(), QStringLiteral("BEGIN IMMEDIATE")).ok());
    QElapsedTimer timer;
    timer.start();
    auto signedIn = SignInService(db.connection()).signIn(QStringLiteral("李敏"), kTestPassword, fixedNow());
    CHECK(signedIn.ok());
    CHECK(timer.elapsed() < 4000); // a second's wait for the record, not SQLite's five
    CHECK(rowCount(db.connection(), QStringLiteral("complaints")) == 0); // and reading goes on
    REQUIRE(runQuery(other->connection(), QStringLiteral("ROLLBACK")).ok());
    // The write lock is back to SQLite's usual patience for everything else.
    CHECK(queryScalar(db.connection(), QStringLiteral("PRAGMA busy_timeout")).value().toInt() > 1000);
}

TEST_CASE("a scratch search index left by a killed bulk write is removed when the file is next opened",
          "[trust][privacy][sqlite-only]")
{
    TestDatabase db;
    const QString scratch = db.path() + QStringLiteral(".search-build");
    {
        QFile left(scratch);
        REQUIRE(left.open(QIODevice::WriteOnly));
        left.write("names and phones");
    }
    // While a writer holds the file (as a bulk writer does while its scratch file is in use), it stays.
    REQUIRE(runQuery(db.connection(), QStringLiteral("BEGIN IMMEDIATE")).ok());
    {
        auto other = db.openAgain();
        CHECK(QFile::exists(scratch));
    }
    REQUIRE(runQuery(db.connection(), QStringLiteral("ROLLBACK")).ok());
    auto other = db.openAgain();
    CHECK_FALSE(QFile::exists(scratch));
}
