#include "storage/sqlite_setup.h"

#include "storage/engine.h"
#include "storage/sql_helpers.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace casedesk {
namespace {

// The translation context of this file's messages.
struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

// The page cache of a bulk write: most of what it writes is written out once, at the commit
// (sqliteIndexBuildMode() narrows it while the indexes are built).
const QString kBulkCache = QStringLiteral("PRAGMA cache_size = -262144"); // 256 MB

// "CSKD": written into the SQLite header so other tools and CaseDesk can tell the file apart.
constexpr qint64 kApplicationId = 0x43534B44;
constexpr int kBusyTimeoutMs = 5000;

Error notOurs()
{
    return Error{ErrorCode::NotADatabase,
                 Msg::tr("This file is not a CaseDesk database, or it is damaged. It was not changed."),
                 {}};
}

} // namespace

Status sqliteCheckIdentity(const QSqlDatabase &db, int latestVersion)
{
    // The first read of the header is where a file that is not SQLite shows itself.
    auto appId = queryScalar(db, QStringLiteral("PRAGMA application_id"));
    if (!appId)
        return appId.error().code == ErrorCode::NotADatabase ? notOurs() : appId.error();
    auto version = queryScalar(db, QStringLiteral("PRAGMA user_version"));
    if (!version)
        return version.error();
    auto tables = queryScalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master"));
    if (!tables)
        return tables.error().code == ErrorCode::NotADatabase ? notOurs() : tables.error();

    const bool empty = tables->toInt() == 0 && version->toInt() == 0;
    if (!empty && appId->toLongLong() != kApplicationId)
        return notOurs();
    if (version->toInt() > latestVersion) {
        return Error{ErrorCode::NewerSchema,
                     Msg::tr("This database was written by a newer version of CaseDesk (schema %1; this version "
                             "reads up to %2). Please install the newer version. The file was not changed.")
                         .arg(version->toInt())
                         .arg(latestVersion),
                     {}};
    }
    return {};
}

Status sqliteBulkWriteMode(const QSqlDatabase &db, bool on)
{
    // journal_mode MEMORY writes the new pages once into the file instead of into the WAL and
    // then again at the checkpoint (gigabytes for a million cases), and still rolls back a
    // cancel. SQLite refuses to leave WAL while another connection has the file open (the
    // window's count thread, say): then the file simply stays in WAL, so a refusal is no error.
    (void)runQuery(db,
                   on ? QStringLiteral("PRAGMA journal_mode = MEMORY") : QStringLiteral("PRAGMA journal_mode = WAL"));
    const QString pragmas[] = {
        on ? QStringLiteral("PRAGMA synchronous = OFF") : QStringLiteral("PRAGMA synchronous = FULL"),
        on ? kBulkCache : QStringLiteral("PRAGMA cache_size = -2000"),
        // The index builds at the end read the whole complaints table once per index: mapped,
        // its pages are read from the system's file cache without a copy each.
        on ? QStringLiteral("PRAGMA mmap_size = 17179869184") : QStringLiteral("PRAGMA mmap_size = 0"),
        // CREATE INDEX may sort its runs on up to two helper threads (the other core). SQLite's
        // sorter gives none to a connection that keeps its temporary files in memory: its runs
        // go to temporary files (SQLITE_TMPDIR, else /var/tmp or /tmp; about 100 MB for a
        // million demo cases, mostly in the system's file cache; see sqliteIndexBuildMode()).
        QStringLiteral("PRAGMA temp_store = DEFAULT"),
        on ? QStringLiteral("PRAGMA threads = 2") : QStringLiteral("PRAGMA threads = 0"),
        // Debian's SQLite zeroes every freed page (SECURE_DELETE). A file with no cases yet has
        // nothing to erase, while the search index's merges free hundreds of megabytes.
        on ? QStringLiteral("PRAGMA secure_delete = OFF") : QStringLiteral("PRAGMA secure_delete = ON"),
        // The rows of a bulk write are trusted (bulk_case_writer.h): checking each one's
        // references cost about a tenth of the demo's case writing in one profile. Set outside the write
        // transaction (SQLite ignores it inside one); the demo's test checks the references of
        // what it wrote (PRAGMA foreign_key_check).
        on ? QStringLiteral("PRAGMA foreign_keys = OFF") : QStringLiteral("PRAGMA foreign_keys = ON"),
    };
    for (const QString &pragma : pragmas) {
        if (auto done = runQuery(db, pragma); !done)
            return done.error();
    }
    return {};
}

Status sqliteIndexBuildMode(const QSqlDatabase &db, bool on)
{
    // SQLite's sorter sorts runs as large as the page cache; only when there is more than one
    // run does it sort them on its worker threads while the table is still being read. With
    // the bulk write's 256 MB cache the 3.4 million timeline rows of a million demo cases were
    // one run, sorted on the writing thread alone (4 s; 2.7 s in 32 MB runs on both cores,
    // 2.3 s in 8 MB runs, which also split the indexes of a million cases or complainants).
    auto set = runQuery(db, on ? QStringLiteral("PRAGMA cache_size = -8192") : kBulkCache);
    if (!set)
        return set.error();
    return {};
}

Result<QStringList> sqliteDropIndexes(const QSqlDatabase &db, const QStringList &tables, const QStringList &kept)
{
    QStringList created;
    QStringList names;
    for (const QString &table : tables) {
        // sql IS NULL: the indexes behind UNIQUE and PRIMARY KEY constraints, which stay.
        auto indexes = runQuery(db,
                                QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                                               "AND tbl_name = ? AND sql IS NOT NULL"),
                                {table});
        if (!indexes)
            return indexes.error();
        while (indexes->next()) {
            if (kept.contains(indexes->value(0).toString()))
                continue;
            names << indexes->value(0).toString();
            created << indexes->value(1).toString();
        }
    }
    for (const QString &name : std::as_const(names)) {
        if (auto dropped = runQuery(db, QStringLiteral("DROP INDEX \"%1\"").arg(name)); !dropped)
            return dropped.error();
    }
    return created;
}

qint64 casedeskApplicationId()
{
    return kApplicationId;
}

Status sqliteCheckNotTruncated(const QString &path)
{
    // With a write-ahead log beside it the file may legitimately be short: a checkpoint cut
    // off by a crash writes page 1 before the last page, and the log completes it on open.
    if (QFileInfo(path + QStringLiteral("-wal")).size() > 0)
        return {};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {}; // opening will say why
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith("SQLite format 3"))
        return {}; // empty (a new database) or not SQLite: the identity check reports it
    auto bigEndian = [&header](int offset, int bytes) {
        quint64 value = 0;
        for (int i = 0; i < bytes; ++i)
            value = (value << 8) | quint8(header.at(offset + i));
        return value;
    };
    quint64 pageSize = bigEndian(16, 2);
    if (pageSize == 1)
        pageSize = 65536;
    const quint64 pages = bigEndian(28, 4);
    // The page count in the header is only valid when its "version-valid-for" matches the
    // change counter (every SQLite since 3.7.0 keeps them equal).
    if (bigEndian(24, 4) != bigEndian(92, 4) || pages == 0)
        return {};
    if (quint64(file.size()) < pages * pageSize) {
        return Error{ErrorCode::NotADatabase,
                     Msg::tr("The database file \"%1\" is damaged: it is shorter than it should be (cut off, "
                             "perhaps by an interrupted copy or a full disk). It was not changed; restore a backup.")
                         .arg(QDir::toNativeSeparators(path)),
                     {}};
    }
    return {};
}

Status sqliteConfigure(const QSqlDatabase &db)
{
    const QString pragmas[] = {
        QStringLiteral("PRAGMA busy_timeout = %1").arg(kBusyTimeoutMs),
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA journal_mode = WAL"),
        // FULL in WAL mode: a committed case survives a power cut.
        QStringLiteral("PRAGMA synchronous = FULL"),
    };
    for (const QString &pragma : pragmas) {
        if (auto done = runQuery(db, pragma); !done)
            return done.error();
    }
    return {};
}

Status sqliteStampIdentity(const QSqlDatabase &db)
{
    auto appId = queryScalar(db, QStringLiteral("PRAGMA application_id"));
    if (!appId)
        return appId.error();
    if (appId->toLongLong() == kApplicationId)
        return {};
    if (auto done = runQuery(db, QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId)); !done)
        return done.error();
    return {};
}

Status sqliteQuickCheck(const QSqlDatabase &db)
{
    auto result = runQuery(db, QStringLiteral("PRAGMA quick_check(5)"));
    if (!result)
        return result.error();
    QStringList problems;
    while (result->next()) {
        const QString line = result->value(0).toString();
        if (line != QLatin1String("ok"))
            problems.append(line);
    }
    if (!problems.isEmpty()) {
        return Error{ErrorCode::NotADatabase,
                     Msg::tr("The database file is damaged: %1").arg(problems.join(QStringLiteral("; "))),
                     {}};
    }
    return {};
}

void restrictToOwner(const QString &path)
{
    // On Windows Qt maps this to the read-only attribute only; the file's privacy there comes
    // from the folder's ACL (the user's profile, where the data folder is).
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

SqliteLargeCache::SqliteLargeCache(QSqlDatabase db, int megabytes) : m_db(std::move(db))
{
    if (engineOf(m_db) != Engine::Sqlite)
        return;
    // A connection in bulk-write mode already has a larger cache: it keeps it, and gets it back.
    auto current = queryScalar(m_db, QStringLiteral("PRAGMA cache_size"));
    if (current)
        m_previous = current->toLongLong();
    const qint64 wanted = -qint64(megabytes) * 1024;
    const qint64 previousKib = m_previous < 0 ? m_previous : -m_previous * 4; // pages of at most 4 KiB
    if (previousKib > wanted)
        m_set = runQuery(m_db, QStringLiteral("PRAGMA cache_size = %1").arg(wanted)).ok();
}

SqliteLargeCache::~SqliteLargeCache()
{
    if (m_set)
        (void)runQuery(m_db, QStringLiteral("PRAGMA cache_size = %1").arg(m_previous));
}

} // namespace casedesk
