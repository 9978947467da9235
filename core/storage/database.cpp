#include "storage/database.h"

#include "storage/calendar_repository.h"
#include "storage/case_search.h"
#include "storage/file_location.h"
#include "storage/migrations.h"
#include "storage/server_url.h"
#include "storage/sql_helpers.h"
#include "storage/sqlite_setup.h"
#include "storage/sqlite_native.h"
#include "storage/trail_anchors.h"

#include <QAtomicInteger>
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

// The scratch search index of a bulk write that was killed (search_index_builder.h) holds
// names, phones and facts: it is removed once no writer holds the file's write lock (a bulk
// writer holds it for as long as its scratch file is in use).
void removeStaleSearchScratch(const QSqlDatabase &db, const QString &databasePath)
{
    const QString scratch = databasePath + QStringLiteral(".search-build");
    if (!QFile::exists(scratch))
        return;
    auto previous = queryScalar(db, QStringLiteral("PRAGMA busy_timeout"));
    if (!previous || !runQuery(db, QStringLiteral("PRAGMA busy_timeout = 0")))
        return;
    if (runQuery(db, QStringLiteral("BEGIN IMMEDIATE"))) {
        QFile::remove(scratch);
        (void)runQuery(db, QStringLiteral("ROLLBACK"));
    }
    (void)runQuery(db, QStringLiteral("PRAGMA busy_timeout = %1").arg(previous->toInt()));
}

} // namespace

QString Database::newConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("casedesk-%1").arg(counter.fetchAndAddRelaxed(1));
}

Status Database::completeOpening()
{
    const QSqlDatabase db = connection();
    // Here rather than lazily in the calendar's reader: a database is complete once open,
    // readers on other threads never write, and a newer release's shipped year reaches old files.
    if (auto seeded = CalendarRepository(db).seedShippedYears(); !seeded)
        return seeded.error();
    // A business renamed just before a crash: its cases' re-index is finished here. Opening
    // does not depend on it (it runs again at the next save or opening).
    if (auto reindexed = reindexStaleCases(db); !reindexed)
        qWarning("Search index: renamed business's cases not re-indexed yet: %s", qPrintable(reindexed.error().message));
    return {};
}

Status Database::startAnchoring(bool isNew)
{
    if (!DeskAnchors::enabled())
        return {};
    // A new database at this location starts afresh; an existing one must still hold what
    // this desk saw in it last time.
    if (isNew)
        DeskAnchors::forget(m_path);
    else if (const auto anchored = DeskAnchors::forFile(m_path)) {
        auto contradicted = anchorContradiction(connection(), *anchored);
        if (!contradicted)
            return contradicted.error();
        m_anchorWarning = contradicted.value();
    }
    m_anchoring = true;
    m_openedAt = QDateTime::currentDateTime();
    return {};
}

Database::Database(QString connectionName, QString path)
    : m_connectionName(std::move(connectionName)), m_path(std::move(path))
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        // This desk's anchor follows the file at every close, unless the file contradicts it
        // (then the anchor stays as evidence until a restore or a new file takes its place).
        if (m_anchoring && m_anchorWarning.isEmpty() && db.isOpen()) {
            const auto anchored = DeskAnchors::forFile(m_path);
            // A connection from before a restore sees the file that was replaced.
            const bool restoredSince = anchored && anchored->restoredAt.isValid() && anchored->restoredAt >= m_openedAt;
            auto contradicted = anchored ? anchorContradiction(db, *anchored) : Result<QString>(QString());
            auto heads = currentHeads(db);
            if (!restoredSince && contradicted && contradicted->isEmpty() && heads)
                DeskAnchors::remember(m_path, heads.value());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const { return QSqlDatabase::database(m_connectionName, false); }

int Database::schemaVersion() const
{
    auto version = storedSchemaVersion(connection());
    return version ? version.value() : -1;
}

Status Database::checkIntegrity() const
{
    if (engine() == Engine::Postgres)
        return {};
    return sqliteQuickCheck(connection());
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, OpenMode mode)
{
    if (ServerUrl::isServerUrl(path))
        return openServer(path, mode);
    const QFileInfo info(path);
    if (path.isEmpty())
        return Error{ErrorCode::Io, Msg::tr("No database file was given."), {}};
    if (info.isDir())
        return Error{ErrorCode::Io, Msg::tr("\"%1\" is a folder, not a database file.").arg(path), {}};
    const bool exists = info.exists();
    if (exists && mode == OpenMode::CreateNew)
        return Error{ErrorCode::Conflict, Msg::tr("The file \"%1\" already exists; it was not changed.").arg(path), {}};
    if (!exists && (mode == OpenMode::OpenExisting || mode == OpenMode::Upgrade))
        return Error{ErrorCode::Io, Msg::tr("The database file \"%1\" does not exist.").arg(path), {}};
    if (!exists && !QDir().mkpath(info.absolutePath()))
        return Error{ErrorCode::Io, Msg::tr("The folder \"%1\" cannot be created.").arg(info.absolutePath()), {}};
    // SQLite keeps its write-ahead log next to the file: a read-only folder or file would
    // otherwise fail later with a vaguer message, or half-way through the first change.
    if (auto writable = checkFolderWritable(info.absolutePath()); !writable)
        return writable.error();
    if (exists && !info.isWritable()) {
        return Error{ErrorCode::Io,
                     Msg::tr("The database file \"%1\" is read-only. CaseDesk needs to write to it; change the "
                             "file's permissions or copy it to a folder you can write to. Nothing was changed.")
                         .arg(QDir::toNativeSeparators(info.absoluteFilePath())),
                     {}};
    }

    // An empty file given to a command that opens an existing database is not turned into
    // one: it may be something else that was cut short, and reading must not change it.
    if (exists && (mode == OpenMode::OpenExisting || mode == OpenMode::Upgrade) && info.size() == 0) {
        return Error{ErrorCode::NotADatabase,
                     Msg::tr("\"%1\" is an empty file, not a CaseDesk database. Nothing was changed; create a "
                             "database with \"casedesk-cli init\" or in CaseDesk.")
                         .arg(QDir::toNativeSeparators(info.absoluteFilePath())),
                     {}};
    }
    if (exists) {
        if (auto whole = sqliteCheckNotTruncated(info.absoluteFilePath()); !whole)
            return whole.error();
    } else {
        // Created empty and private before SQLite writes a byte: its journal files take the
        // database file's permissions, so they are private from the start too.
        QFile created(info.absoluteFilePath());
        if (!created.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return Error{ErrorCode::Io,
                         Msg::tr("The database file \"%1\" cannot be created: %2")
                             .arg(QDir::toNativeSeparators(info.absoluteFilePath()), created.errorString()),
                         {}};
        created.close();
        restrictToOwner(info.absoluteFilePath());
    }

    const QString name = newConnectionName();
    std::unique_ptr<Database> database(new Database(name, info.absoluteFilePath()));
    sqliteTuneProcess();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(info.absoluteFilePath());
        if (!db.open())
            return storageError(db.lastError());
    }
    const QSqlDatabase db = database->connection();

    if (auto checked = sqliteCheckIdentity(db, latestSchemaVersion()); !checked)
        return checked.error();
    if (auto configured = sqliteConfigure(db); !configured)
        return configured.error();
    if (auto migrated = migrate(db); !migrated)
        return migrated.error();
    if (auto stamped = sqliteStampIdentity(db); !stamped)
        return stamped.error();
    if (auto completed = database->completeOpening(); !completed)
        return completed.error();
    if (!exists)
        restrictToOwner(info.absoluteFilePath());
    removeStaleSearchScratch(db, info.absoluteFilePath());
    if (auto anchoring = database->startAnchoring(!exists); !anchoring)
        return anchoring.error();
    return database;
}

} // namespace casedesk
