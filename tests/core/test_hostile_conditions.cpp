#include "catch_qt.h"
#include "test_support.h"

#include "storage/audit_verifier.h"
#include "storage/backups.h"
#include "storage/complaint_repository.h"
#include "storage/file_location.h"
#include "storage/instance_lock.h"
#include "storage/sql_helpers.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace casedesk;
using namespace casedesk::test;

TEST_CASE("a full disk gives a clear message and leaves nothing half-written", "[hostile][sqlite-only]")
{
    TestDatabase db;
    const QSqlDatabase c = db.connection();
    addTestUser(c, QStringLiteral("李敏")); // before the disk is full: the one who registers
    const qint64 cases = rowCount(c, QStringLiteral("complaints"));
    const qint64 audits = rowCount(c, QStringLiteral("audit_log"));
    // The file may not grow by a single page: what SQLite reports on a full disk (SQLITE_FULL).
    const qint64 pages = queryScalar(c, QStringLiteral("PRAGMA page_count")).value().toLongLong();
    execOrFail(c, QStringLiteral("PRAGMA max_page_count = %1").arg(pages));

    Complaint big = sampleComplaint(c);
    big.facts = QString(4000, QChar(0x95ED)); // 闭 × 4000: needs new pages
    auto added = ComplaintRepository(c).add(big, QStringLiteral("李敏"), fixedNow());
    REQUIRE_FALSE(added.ok());
    CHECK(added.error().code == ErrorCode::Io);
    CHECK(added.error().message.contains(QStringLiteral("disk is full")));
    CHECK(rowCount(c, QStringLiteral("complaints")) == cases);
    CHECK(rowCount(c, QStringLiteral("audit_log")) == audits);
    CHECK(verifyAuditChain(c).value().intact());
}

TEST_CASE("a folder CaseDesk cannot write to is refused with a clear message", "[hostile]")
{
    SECTION("a new database")
    {
        // /proc/self exists but takes no new files, even for root (tests may run as root,
        // who ignores chmod).
        auto opened = Database::open(QStringLiteral("/proc/self/cases.db"), Database::OpenMode::CreateIfMissing);
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().code == ErrorCode::Io);
        CHECK(opened.error().message.contains(QStringLiteral("cannot write in the folder")));
    }
    SECTION("an existing database in a folder made read-only")
    {
        // As a user root's powers do not cover (root writes anywhere), in a child process when the
        // suite runs as root.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cases.db"));
        {
            auto created = Database::open(path, Database::OpenMode::CreateIfMissing);
            REQUIRE(created.ok());
        }
        for (const QString &file : QDir(dir.path()).entryList(QDir::Files))
            REQUIRE(giveToUnprivilegedUser(dir.filePath(file)));
        REQUIRE(giveToUnprivilegedUser(dir.path()));
        REQUIRE(QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        const QString failed = runWithoutRoot([&path]() -> QString {
            if (QFileInfo(QFileInfo(path).path()).isWritable())
                return QStringLiteral("the folder is still writable for this user");
            auto opened = Database::open(path, Database::OpenMode::OpenExisting);
            if (opened.ok())
                return QStringLiteral("a database in a read-only folder was opened");
            if (!opened.error().message.contains(QStringLiteral("cannot write in the folder")))
                return QStringLiteral("unexpected message: ") + opened.error().message;
            return {};
        });
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        CHECK(failed == QString());
    }
    CHECK(checkFolderWritable(QDir::tempPath()).ok());
}

TEST_CASE("a database on a network share is recognised and warned about", "[hostile]")
{
    CHECK(networkFileSystemName(0x6969) == QStringLiteral("NFS"));
    CHECK(networkFileSystemName(0xFF534D42) == QStringLiteral("SMB/CIFS"));
    CHECK(networkFileSystemName(0xFE534D42) == QStringLiteral("SMB/CIFS"));
    CHECK(networkFileSystemName(0x517B) == QStringLiteral("SMB/CIFS"));
    CHECK(networkFileSystemName(0xEF53).isEmpty());     // ext4
    CHECK(networkFileSystemName(0x01021994).isEmpty()); // tmpfs
    CHECK(networkFileSystemName(0x794C7630).isEmpty()); // overlayfs
    QTemporaryDir dir;
    CHECK(networkFileSystemOf(dir.filePath(QStringLiteral("cases.db"))).isEmpty());
    CHECK(networkShareWarning(dir.filePath(QStringLiteral("cases.db"))).isEmpty());
}

TEST_CASE("a second CaseDesk on the same database is told who has it open", "[hostile]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cases.db"));
    auto first = InstanceLock::acquire(path);
    REQUIRE(first.ok());
    auto second = InstanceLock::acquire(path);
    REQUIRE_FALSE(second.ok());
    CHECK(second.error().code == ErrorCode::Busy);
    CHECK(second.error().message.contains(QStringLiteral("already open")));
    CHECK(second.error().message.contains(QString::number(QCoreApplication::applicationPid())));
    // Readers (the CLI) are not locked out.
    CHECK(Database::open(path, Database::OpenMode::CreateIfMissing).ok());
    first.value().reset();
    CHECK(InstanceLock::acquire(path).ok());

    // A first start claims a file in a data folder that does not exist yet.
    const QString fresh = dir.filePath(QStringLiteral("data/CaseDesk/casedesk.db"));
    auto claimed = InstanceLock::acquire(fresh);
    REQUIRE(claimed.ok());
    CHECK(QFileInfo::exists(InstanceLock::lockPathFor(fresh)));
}

TEST_CASE("a truncated database file is refused at once and left as it was", "[hostile][sqlite-only]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cases.db"));
    {
        TestDatabase full;
        execOrFail(full.connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        REQUIRE(QFile::copy(full.path(), path));
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QByteArray cut;
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        cut = file.read(file.size() / 2);
    }
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(cut);
    }
    auto opened = Database::open(path, Database::OpenMode::OpenExisting);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().code == ErrorCode::NotADatabase);
    CHECK(opened.error().message.contains(QStringLiteral("shorter than it should be")));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == cut);
}

TEST_CASE("a damaged database file is refused and left as it was", "[hostile][sqlite-only]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cases.db"));
    {
        TestDatabase full;
        addTestUser(full.connection(), QStringLiteral("李敏"));
        REQUIRE(ComplaintRepository(full.connection()).add(sampleComplaint(full.connection()), QStringLiteral("李敏"), fixedNow()).ok());
        execOrFail(full.connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        REQUIRE(QFile::copy(full.path(), path));
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QByteArray bytes;
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        bytes = file.readAll();
    }
    for (int i = 4096; i < bytes.size(); i += 5)
        bytes[i] = char(0x5A);
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
    }
    auto opened = Database::open(path, Database::OpenMode::OpenExisting);
    if (opened.ok()) {
        CHECK_FALSE(opened.value()->checkIntegrity().ok());
        opened.value().reset();
    } else {
        CHECK(opened.error().code == ErrorCode::NotADatabase);
        CHECK(opened.error().message.contains(QStringLiteral("damaged")));
    }
    // And it cannot be passed off as a backup either.
    CHECK_FALSE(checkBackupFile(path).ok());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == bytes);
}

TEST_CASE("a new database and its journal files are readable by their owner only", "[hostile][privacy][sqlite-only]")
{
    TestDatabase db;
    addTestUser(db.connection(), QStringLiteral("李敏"));
    REQUIRE(ComplaintRepository(db.connection()).add(sampleComplaint(db.connection()), QStringLiteral("李敏"), fixedNow()).ok());
    const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        CAPTURE(suffix);
        REQUIRE(QFile::exists(db.path() + suffix));
        CHECK((QFile::permissions(db.path() + suffix) & others) == 0);
    }
}
