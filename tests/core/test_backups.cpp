#include "catch_qt.h"
#include "test_support.h"

#include "storage/backups.h"
#include "storage/complaint_repository.h"
#include "storage/instance_lock.h"
#include "storage/migrations.h"
#include "storage/sql_helpers.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace casedesk;
using namespace casedesk::test;

namespace {

const QString kActor = QStringLiteral("李敏");

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

qint64 caseCount(const QString &path)
{
    auto db = Database::open(path, Database::OpenMode::OpenExisting);
    REQUIRE(db.ok());
    return rowCount(db.value()->connection(), QStringLiteral("complaints"));
}

bool ownerOnly(const QString &path)
{
    const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther;
    return (QFile::permissions(path) & others) == 0;
}

} // namespace

TEST_CASE("a backup restores to the same cases, and the replaced file is kept", "[backup]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cases.db"));
    const QString backup = dir.filePath(QStringLiteral("saved/cases.casedesk-backup"));
    {
        auto db = Database::open(path, Database::OpenMode::CreateIfMissing);
        REQUIRE(db.ok());
        addTestUser(db.value()->connection(), kActor); // who registers the cases
        ComplaintRepository complaints(db.value()->connection());
        REQUIRE(complaints.add(sampleComplaint(db.value()->connection()), kActor, fixedNow()).ok());
        REQUIRE(complaints.add(sampleComplaint(db.value()->connection()), kActor, fixedNow()).ok());
        REQUIRE(backupDatabase(*db.value(), backup).ok());
        // Work goes on after the backup (and stays in the write-ahead log, not yet checkpointed).
        REQUIRE(complaints.add(sampleComplaint(db.value()->connection()), kActor, fixedNow()).ok());
    }
    CHECK(ownerOnly(backup));
    CHECK_FALSE(QFile::exists(backup + QStringLiteral(".partial")));
    CHECK(checkBackupFile(backup).ok());
    CHECK(caseCount(path) == 3);

    auto restored = restoreDatabase(backup, path);
    REQUIRE(restored.ok());
    CHECK(restored->keptAs == path + QStringLiteral(".before-restore"));
    CHECK(caseCount(path) == 2);
    CHECK(caseCount(restored->keptAs) == 3); // nothing lost: the replaced file is whole
    CHECK(ownerOnly(path));

    // A second restore keeps the first kept file too.
    auto again = restoreDatabase(backup, path);
    REQUIRE(again.ok());
    CHECK(again->keptAs == path + QStringLiteral(".before-restore-2"));
    CHECK(QFile::exists(path + QStringLiteral(".before-restore")));
}

TEST_CASE("a damaged or foreign backup is refused and the database is not touched", "[backup][hostile][sqlite-only]")
{
    TestDatabase db;
    addTestUser(db.connection(), kActor);
    REQUIRE(ComplaintRepository(db.connection()).add(sampleComplaint(db.connection()), kActor, fixedNow()).ok());
    execOrFail(db.connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    const QString good = db.folder() + QStringLiteral("/good.casedesk-backup");
    REQUIRE(backupDatabase(db.database(), good).ok());
    const QString bad = db.folder() + QStringLiteral("/bad.casedesk-backup");
    const QString target = db.folder() + QStringLiteral("/other.db");
    REQUIRE(QFile::copy(good, target));
    const QByteArray before = fileBytes(target);

    SECTION("truncated")
    {
        writeFile(bad, fileBytes(good).left(4096 + 512));
    }
    SECTION("pages overwritten with garbage")
    {
        QByteArray bytes = fileBytes(good);
        REQUIRE(bytes.size() > 4 * 4096);
        for (int i = 2 * 4096; i < bytes.size(); i += 7)
            bytes[i] = char(0xA5);
        writeFile(bad, bytes);
    }
    SECTION("not a database at all")
    {
        writeFile(bad, QByteArray("PK\x03\x04 this is a zip file").repeated(300));
    }
    SECTION("empty")
    {
        writeFile(bad, QByteArray());
    }
    auto checked = checkBackupFile(bad);
    REQUIRE_FALSE(checked.ok());
    CHECK(checked.error().code == ErrorCode::NotADatabase);
    CHECK_FALSE(checked.error().message.isEmpty());
    auto restored = restoreDatabase(bad, target);
    REQUIRE_FALSE(restored.ok());
    CHECK(restored.error().message == checked.error().message);
    CHECK(fileBytes(target) == before);
    CHECK_FALSE(QFile::exists(target + QStringLiteral(".before-restore")));
}

TEST_CASE("a backup from a newer CaseDesk is refused", "[backup][hostile][sqlite-only]")
{
    TestDatabase db;
    const QString file = db.folder() + QStringLiteral("/newer.casedesk-backup");
    REQUIRE(backupDatabase(db.database(), file).ok());
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
        raw.setDatabaseName(file);
        REQUIRE(raw.open());
        execOrFail(raw, QStringLiteral("PRAGMA user_version = %1").arg(latestSchemaVersion() + 1));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("newer"));
    auto checked = checkBackupFile(file);
    REQUIRE_FALSE(checked.ok());
    CHECK(checked.error().code == ErrorCode::NewerSchema);
}

TEST_CASE("restoring onto a database open in CaseDesk is refused", "[backup][hostile][sqlite-only]")
{
    TestDatabase db;
    const QString file = db.folder() + QStringLiteral("/b.casedesk-backup");
    REQUIRE(backupDatabase(db.database(), file).ok());
    auto held = InstanceLock::acquire(db.path());
    REQUIRE(held.ok());
    auto restored = restoreDatabase(file, db.path());
    REQUIRE_FALSE(restored.ok());
    CHECK(restored.error().code == ErrorCode::Busy);
    CHECK_FALSE(QFile::exists(db.path() + QStringLiteral(".before-restore")));
}

TEST_CASE("backups into a folder are rotated, newest kept", "[backup][sqlite-only]")
{
    TestDatabase db;
    const QString folder = db.folder() + QStringLiteral("/backups");
    QDateTime at = fixedNow();
    QStringList made;
    for (int i = 0; i < 5; ++i) {
        auto done = backupToFolder(db.database(), folder, 3, at.addSecs(i * 3600));
        REQUIRE(done.ok());
        CHECK(ownerOnly(done->file));
        made.append(done->file);
    }
    const QStringList kept = backupsInFolder(folder, db.path());
    REQUIRE(kept.size() == 3);
    CHECK(kept.at(0) == made.at(4));
    CHECK(kept.at(2) == made.at(2));
    CHECK_FALSE(QFile::exists(made.at(0)));
    // Other files in the folder are never touched by rotation.
    writeFile(folder + QStringLiteral("/notes.txt"), "keep me");
    REQUIRE(backupToFolder(db.database(), folder, 1, at.addDays(1)).ok());
    CHECK(backupsInFolder(folder, db.path()).size() == 1);
    CHECK(QFile::exists(folder + QStringLiteral("/notes.txt")));
}

TEST_CASE("a backup is never written over the database itself", "[backup]")
{
    TestDatabase db;
    auto done = backupDatabase(db.database(), db.path());
    REQUIRE_FALSE(done.ok());
    CHECK(db.database().checkIntegrity().ok());
    // On the server the path is its address: refused before a folder named after it is made.
    if (db.database().engine() == Engine::Postgres)
        CHECK_FALSE(QFileInfo::exists(QFileInfo(db.path()).absolutePath()));
}

TEST_CASE("a backup through SQL alone (VACUUM INTO) passes the same checks and restores", "[backup]")
{
    // Qt's Windows installer gives a driver with its own SQLite: then the backup API is out of
    // reach and the copy is made with SQL alone. The variable forces that path here.
    qputenv("CASEDESK_BACKUP_SQL_ONLY", "1");
    struct Unset {
        ~Unset() { qunsetenv("CASEDESK_BACKUP_SQL_ONLY"); }
    } unset;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cases.db"));
    const QString backup = dir.filePath(QStringLiteral("saved/cases.casedesk-backup"));
    {
        auto db = Database::open(path, Database::OpenMode::CreateIfMissing);
        REQUIRE(db.ok());
        const QSqlDatabase c = db.value()->connection();
        addTestUser(c, kActor);
        ComplaintRepository complaints(c);
        REQUIRE(complaints.add(sampleComplaint(c), kActor, fixedNow()).ok());
        REQUIRE(complaints.add(sampleComplaint(c), kActor, fixedNow()).ok());
        // Free pages in the file: a page-by-page copy keeps them, VACUUM INTO leaves none.
        QSqlQuery scratch(c);
        REQUIRE(scratch.exec(QStringLiteral("CREATE TABLE scratch(b BLOB)")));
        REQUIRE(scratch.exec(QStringLiteral("INSERT INTO scratch SELECT randomblob(4000) FROM "
                                            "(WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                                            "WHERE i < 200) SELECT i FROM n)")));
        REQUIRE(scratch.exec(QStringLiteral("DROP TABLE scratch")));
        REQUIRE(scratch.exec(QStringLiteral("PRAGMA freelist_count")));
        REQUIRE(scratch.next());
        REQUIRE(scratch.value(0).toInt() > 0);
        scratch.finish();
        const Status written = backupDatabase(*db.value(), backup);
        INFO((written ? QString() : written.error().message).toStdString());
        REQUIRE(written.ok());
    }
    CHECK(ownerOnly(backup));
    CHECK_FALSE(QFile::exists(backup + QStringLiteral(".partial")));
    CHECK_FALSE(QFile::exists(backup + QStringLiteral("-wal")));
    CHECK(checkBackupFile(backup).ok());
    {
        QSqlDatabase copy = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("sql-only-copy"));
        copy.setDatabaseName(backup);
        copy.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        REQUIRE(copy.open());
        QSqlQuery free(copy);
        REQUIRE(free.exec(QStringLiteral("PRAGMA freelist_count")));
        REQUIRE(free.next());
        CHECK(free.value(0).toInt() == 0); // made by VACUUM INTO, not copied page by page
    }
    QSqlDatabase::removeDatabase(QStringLiteral("sql-only-copy"));
    auto restored = restoreDatabase(backup, path);
    REQUIRE(restored.ok());
    CHECK(caseCount(path) == 2);
}
