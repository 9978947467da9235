#include "catch_qt.h"

#include "auth/sign_in_service.h"
#include "storage/letter_repository.h"
#include "storage/user_repository.h"
#include "test_support.h"

#include "storage/complaint_repository.h"
#include "storage/migrations.h"
#include "storage/sql_helpers.h"
#include "storage/sqlite_setup.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace casedesk;
using namespace casedesk::test;

namespace {

QVariant pragma(const QSqlDatabase &db, const QString &name)
{
    auto value = queryScalar(db, QStringLiteral("PRAGMA ") + name);
    REQUIRE(value.ok());
    return value.value();
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

// Makes a SQLite file by hand, outside CaseDesk.
void makeForeignSqlite(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        for (const QString &sql : statements)
            execOrFail(db, sql);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
}

} // namespace

TEST_CASE("a new database is configured for safe shared use", "[storage][sqlite-only]")
{
    TestDatabase db;
    const QSqlDatabase c = db.connection();
    CHECK(pragma(c, QStringLiteral("journal_mode")).toString() == QStringLiteral("wal"));
    CHECK(pragma(c, QStringLiteral("foreign_keys")).toInt() == 1);
    CHECK(pragma(c, QStringLiteral("busy_timeout")).toInt() >= 1000);
    CHECK(pragma(c, QStringLiteral("user_version")).toInt() == latestSchemaVersion());
    CHECK(db.database().schemaVersion() == latestSchemaVersion());
    CHECK(db.database().checkIntegrity().ok());
    CHECK((QFile::permissions(db.path()) & (QFileDevice::ReadOther | QFileDevice::ReadGroup)) == 0);
    // The seeded taxonomy: 10 goods, 13 services and "other".
    CHECK(rowCount(c, QStringLiteral("categories")) == 24);
}

TEST_CASE("opening refuses what is not a usable CaseDesk file and changes nothing", "[storage][sqlite-only]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("case.db"));

    SECTION("a missing file when one must exist")
    {
        auto opened = Database::open(path, Database::OpenMode::OpenExisting);
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().code == ErrorCode::Io);
        CHECK_FALSE(QFile::exists(path));
    }
    SECTION("a file that is not a database")
    {
        const QByteArray garbage = QByteArray("This is a Word document, not a database.\n").repeated(200);
        writeFile(path, garbage);
        auto opened = Database::open(path, Database::OpenMode::OpenExisting);
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().code == ErrorCode::NotADatabase);
        CHECK_FALSE(opened.error().message.isEmpty());
        CHECK(fileBytes(path) == garbage);
    }
    SECTION("another application's SQLite file")
    {
        makeForeignSqlite(path, {QStringLiteral("CREATE TABLE orders(id INTEGER PRIMARY KEY, item TEXT)")});
        const QByteArray before = fileBytes(path);
        auto opened = Database::open(path, Database::OpenMode::OpenExisting);
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().code == ErrorCode::NotADatabase);
        CHECK(fileBytes(path) == before);
    }
    SECTION("a file from a newer CaseDesk")
    {
        {
            TestDatabase current; // build a real CaseDesk file, then pretend a newer version wrote it
            execOrFail(current.connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            QFile::copy(current.path(), path);
        }
        makeForeignSqlite(path, {QStringLiteral("PRAGMA user_version = %1").arg(latestSchemaVersion() + 1)});
        const QByteArray before = fileBytes(path);
        auto opened = Database::open(path, Database::OpenMode::OpenExisting);
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().code == ErrorCode::NewerSchema);
        CHECK(opened.error().message.contains(QString::number(latestSchemaVersion() + 1)));
        CHECK(fileBytes(path) == before);
    }
    SECTION("a truncated database file")
    {
        {
            TestDatabase full;
            execOrFail(full.connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            QFile::copy(full.path(), path);
        }
        const QByteArray truncated = fileBytes(path).left(4096 + 100);
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        writeFile(path, truncated);
        auto opened = Database::open(path, Database::OpenMode::OpenExisting);
        if (opened.ok()) // SQLite may read the header fine; the integrity check must then object
            CHECK_FALSE(opened.value()->checkIntegrity().ok());
        else
            CHECK(opened.error().code == ErrorCode::NotADatabase);
    }
}

TEST_CASE("every older schema version migrates to the latest", "[storage][migrations]")
{
    QList<int> olderVersions = {0};
    olderVersions += schemaVersions();
    olderVersions.removeLast();
    for (int version : olderVersions) {
        CAPTURE(version);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.db"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
            db.setDatabaseName(path);
            REQUIRE(db.open());
            REQUIRE(migrate(db, version).ok());
            // Step numbers may have gaps (steps written in parallel branches): test the real ones.
            if (storedSchemaVersion(db).value() != version) {
                db.close();
                db = QSqlDatabase();
                QSqlDatabase::removeDatabase(QStringLiteral("old"));
                continue;
            }
            if (version >= 1) {
                REQUIRE(sqliteStampIdentity(db).ok()); // as CaseDesk stamped every file it wrote
                // A case as version 1 stored it must survive every later step.
                execOrFail(db, QStringLiteral("INSERT INTO consumers(name, phone, created_at) "
                                              "VALUES ('张伟', '13812345678', '2024-01-02T09:00:00+08:00')"));
                execOrFail(db, QStringLiteral("INSERT INTO businesses(name, created_at) "
                                              "VALUES ('悦动健身', '2024-01-02T09:00:00+08:00')"));
                execOrFail(db, QStringLiteral(
                                   "INSERT INTO complaints(case_number, consumer_id, business_id, channel, category_id, "
                                   "nature, amount_fen, demand, facts, received_at, status, created_at, updated_at) "
                                   "VALUES ('长宁-2024-000001', 1, 1, '12315', 1, 'contract', 240000, '退卡', '闭店', "
                                   "'2024-01-02T09:00:00+08:00', 'accepted', '2024-01-02T09:00:00+08:00', "
                                   "'2024-01-02T09:00:00+08:00')"));
            }
            if (version >= 2) // a desk user from before sign-in existed
                execOrFail(db, QStringLiteral("INSERT INTO users(name, role, created_at) "
                                              "VALUES ('李敏', 'supervisor', '2024-01-02T09:00:00+08:00')"));
            if (version >= 20) { // a letter sent and a council's wording (step 22 copies both tables)
                execOrFail(db, QStringLiteral("INSERT INTO letter_templates VALUES ('acceptance', 1, '受理通知书', "
                                              "'已受理。', '李敏', '2024-01-03T09:00:00+08:00')"));
                execOrFail(db, QStringLiteral("INSERT INTO letters(complaint_id, kind, council_name, title, addressee, "
                                              "body, letter_date, method, sent_on, recorded_by, recorded_at) VALUES "
                                              "(1, 'acceptance', '长宁区消保委', '受理通知书', '张伟', '已受理。', "
                                              "'2024-01-03', 'post', '2024-01-03', '李敏', '2024-01-03T09:00:00+08:00')"));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));

        // Version 0 is an empty file: only a command that creates a database makes one of it
        // (a command that reads leaves an empty file alone).
        auto opened = Database::open(path, version == 0 ? Database::OpenMode::CreateIfMissing
                                                        : Database::OpenMode::OpenExisting);
        REQUIRE(opened.ok());
        CHECK(opened.value()->schemaVersion() == latestSchemaVersion());
        CHECK(opened.value()->checkIntegrity().ok());
        if (version >= 1) {
            auto kept = ComplaintRepository(opened.value()->connection()).findByCaseNumber(QStringLiteral("长宁-2024-000001"));
            REQUIRE(kept.ok());
            CHECK(kept->consumer.name == QStringLiteral("张伟"));
            CHECK(kept->amountFen == 240000);
            CHECK(kept->status == CaseStatus::Accepted);
        }
        if (version >= 2) {
            // Version 7 rebuilt the users table: the user is kept, with no password yet, so
            // the file needs its first administrator; the role CHECK now allows auditors.
            auto user = UserRepository(opened.value()->connection()).findByName(QStringLiteral("李敏"));
            REQUIRE(user.ok());
            CHECK(user->role == Role::Supervisor);
            CHECK_FALSE(user->hasPassword);
            CHECK(SignInService(opened.value()->connection()).needsFirstAdministrator().value());
        }
        if (version >= 20) {
            const QSqlDatabase c = opened.value()->connection();
            auto letter = LetterRepository(c).ofCase(1);
            REQUIRE(letter.ok());
            REQUIRE(letter->size() == 1);
            CHECK(letter->first().letter.body == QStringLiteral("已受理。"));
            CHECK(letter->first().letter.page.isEmpty());
            CHECK(queryScalar(c, QStringLiteral("SELECT count(*) FROM letter_templates WHERE kind = 'acceptance'"))
                      ->toInt() == 1);
            // The new kinds are taken.
            execOrFail(c, QStringLiteral("INSERT INTO letter_templates VALUES ('referral', 1, '移送函', '移送。', "
                                         "'李敏', '2024-01-03T09:00:00+08:00')"));
        }
        CHECK(UserRepository(opened.value()->connection()).add(QStringLiteral("审计"), Role::Auditor).ok());
        QSqlQuery bad(opened.value()->connection());
        CHECK_FALSE(bad.exec(QStringLiteral("INSERT INTO users(name, role, created_at) VALUES ('x', 'boss', 'now')")));
    }
}

TEST_CASE("a migration step that fails leaves the file at its old version", "[storage][migrations]")
{
    // A table the first step would create already exists in a version-0 file: the step fails.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("clash.db"));
    makeForeignSqlite(path, {QStringLiteral("CREATE TABLE settings(key TEXT)")});
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("clash"));
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        CHECK_FALSE(migrate(raw).ok());
        CHECK(storedSchemaVersion(raw).value() == 0);
        CHECK_FALSE(raw.tables().contains(QStringLiteral("complaints")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("clash"));
}
