#include "storage/sqlite_native.h"

#include "storage/sql_helpers.h"
#include "storage/sqlite_setup.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <sqlite3.h>

#include <mutex>

namespace casedesk {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

Error noHandle()
{
    return Error{ErrorCode::Storage, Msg::tr("The database connection does not give access to SQLite."), {}};
}

// A sqlite3* that closes itself.
class Connection {
public:
    Connection() = default;
    ~Connection()
    {
        if (m_handle)
            sqlite3_close_v2(m_handle);
    }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    int open(const QString &path, int flags)
    {
        // SQLite takes file names in UTF-8 on every system (not the Windows code page).
        return sqlite3_open_v2(path.toUtf8().constData(), &m_handle, flags, nullptr);
    }
    sqlite3 *get() const { return m_handle; }
    sqlite3 **handle() { return &m_handle; }

private:
    sqlite3 *m_handle = nullptr;
};

// Removes the -wal and -shm files SQLite made next to `path` while a connection to it was
// open, once that connection is closed (declare it before the connection); side files that
// were there before belong to someone else and stay.
class SideFiles {
public:
    explicit SideFiles(QString path) : m_path(std::move(path))
    {
        for (const QString &suffix : kSuffixes)
            m_existed.append(QFile::exists(m_path + suffix));
    }
    ~SideFiles()
    {
        for (int i = 0; i < kSuffixes.size(); ++i) {
            if (!m_existed.at(i))
                QFile::remove(m_path + kSuffixes.at(i));
        }
    }
    SideFiles(const SideFiles &) = delete;
    SideFiles &operator=(const SideFiles &) = delete;

private:
    inline static const QStringList kSuffixes{QStringLiteral("-wal"), QStringLiteral("-shm")};
    QString m_path;
    QList<bool> m_existed;
};

// A new, empty file readable by its owner only, before SQLite writes anything into it.
Status createPrivateFile(const QString &path)
{
    QFile::remove(path);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        return Error{ErrorCode::Io,
                     Msg::tr("The file \"%1\" cannot be created: %2").arg(path, file.errorString()), {}};
    }
    restrictToOwner(path);
    file.close();
    return {};
}

// Copies all pages from `source` into `destination`, retrying while the source is busy.
Status copyPages(sqlite3 *source, sqlite3 *destination)
{
    sqlite3_backup *backup = sqlite3_backup_init(destination, "main", source, "main");
    if (!backup)
        return sqliteError(sqlite3_errcode(destination), destination);
    int rc = SQLITE_OK;
    do {
        // Chunks of 1024 pages: writers on other connections get their turn in between.
        rc = sqlite3_backup_step(backup, 1024);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            sqlite3_sleep(50);
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE)
        return sqliteError(rc, destination);
    return {};
}

Status copyInto(sqlite3 *source, const QString &destination)
{
    if (auto created = createPrivateFile(destination); !created)
        return created;
    const SideFiles sideFiles(destination);
    Connection target;
    if (int rc = target.open(destination, SQLITE_OPEN_READWRITE); rc != SQLITE_OK)
        return sqliteError(rc, target.get());
    if (auto copied = copyPages(source, target.get()); !copied)
        return copied;
    // A copy is one self-contained file: any write-ahead log folded into it, and kept in
    // rollback-journal mode, so reading it later (checks, anchors) needs no -wal or -shm
    // side files. The database itself goes back to WAL when CaseDesk opens it.
    if (int rc = sqlite3_exec(target.get(), "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr);
        rc != SQLITE_OK)
        return sqliteError(rc, target.get());
    return {};
}

// The driver's sqlite3*, whichever SQLite made it. Only for the two calls that read or set
// one flag of the connection (sqlite3_get_autocommit, sqlite3_interrupt): refusing them would
// make every audited change begin a transaction inside its caller's.
sqlite3 *driverHandle(const QSqlDatabase &db)
{
    if (!db.isOpen() || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

} // namespace

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    sqlite3 *handle = driverHandle(db);
    if (!handle)
        return nullptr;
    QSqlQuery version(db);
    if (!version.exec(QStringLiteral("SELECT sqlite_version()")) || !version.next() ||
        version.value(0).toString() != QLatin1String(sqlite3_libversion()))
        return nullptr;
    return handle;
}

Error sqliteError(int code, sqlite3 *handle)
{
    const QString text = handle ? QString::fromUtf8(sqlite3_errmsg(handle)) : QString::fromUtf8(sqlite3_errstr(code));
    return storageError(QSqlError(QString(), text, QSqlError::StatementError, QString::number(code)));
}

void sqliteTuneProcess()
{
    static std::once_flag once;
    std::call_once(once, [] { (void)sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); });
}

bool sqliteInTransaction(const QSqlDatabase &db)
{
    sqlite3 *handle = driverHandle(db);
    return handle && sqlite3_get_autocommit(handle) == 0;
}

std::function<void()> sqliteInterrupter(const QSqlDatabase &db)
{
    sqlite3 *handle = driverHandle(db);
    if (!handle)
        return [] {};
    return [handle] { sqlite3_interrupt(handle); };
}

bool sqlOnlyBackupForced()
{
    return qEnvironmentVariableIntValue("CASEDESK_BACKUP_SQL_ONLY") == 1;
}

Status sqliteBackupTo(const QSqlDatabase &db, const QString &destination)
{
    sqlite3 *handle = sqlOnlyBackupForced() ? nullptr : sqliteHandle(db);
    if (handle)
        return copyInto(handle, destination);
    if (!db.isOpen() || db.driverName() != QLatin1String("QSQLITE"))
        return noHandle();
    // The driver runs its own SQLite (Qt's Windows installer builds one into the plugin): its
    // handle must not reach the library CaseDesk links, so the copy goes through SQL alone.
    // VACUUM INTO writes a consistent, compacted snapshot in one read transaction; it takes an
    // empty file, so the owner-only file made first keeps its permissions.
    if (auto created = createPrivateFile(destination); !created)
        return created;
    {
        QSqlQuery vacuum(db);
        vacuum.prepare(QStringLiteral("VACUUM INTO ?"));
        vacuum.addBindValue(destination);
        if (!vacuum.exec())
            return storageError(vacuum.lastError());
    }
    // The copy is read later without side files, as the backup API's copies are.
    const SideFiles sideFiles(destination);
    Connection target;
    if (int rc = target.open(destination, SQLITE_OPEN_READWRITE); rc != SQLITE_OK)
        return sqliteError(rc, target.get());
    if (int rc = sqlite3_exec(target.get(), "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr);
        rc != SQLITE_OK)
        return sqliteError(rc, target.get());
    return {};
}

Status sqliteCopyFile(const QString &source, const QString &destination)
{
    const SideFiles sideFiles(source);
    Connection from;
    if (int rc = from.open(source, SQLITE_OPEN_READONLY); rc != SQLITE_OK)
        return sqliteError(rc, from.get());
    return copyInto(from.get(), destination);
}

Result<SqliteFileFacts> sqliteInspectFile(const QString &path)
{
    const SideFiles sideFiles(path);
    Connection file;
    if (int rc = file.open(path, SQLITE_OPEN_READONLY); rc != SQLITE_OK)
        return sqliteError(rc, file.get());
    SqliteFileFacts facts;
    auto scalar = [&](const char *sql, qint64 &out) -> Status {
        sqlite3_stmt *statement = nullptr;
        int rc = sqlite3_prepare_v2(file.get(), sql, -1, &statement, nullptr);
        if (rc == SQLITE_OK) {
            rc = sqlite3_step(statement);
            if (rc == SQLITE_ROW) {
                out = sqlite3_column_int64(statement, 0);
                rc = SQLITE_OK;
            }
        }
        sqlite3_finalize(statement);
        if (rc != SQLITE_OK && rc != SQLITE_DONE)
            return sqliteError(rc, file.get());
        return {};
    };
    qint64 version = 0;
    if (auto read = scalar("PRAGMA application_id", facts.applicationId); !read)
        return read.error();
    if (auto read = scalar("PRAGMA user_version", version); !read)
        return read.error();
    facts.schemaVersion = int(version);

    sqlite3_stmt *check = nullptr;
    int rc = sqlite3_prepare_v2(file.get(), "PRAGMA integrity_check(5)", -1, &check, nullptr);
    QStringList problems;
    while (rc == SQLITE_OK && (rc = sqlite3_step(check)) == SQLITE_ROW) {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(check, 0));
        const QString line = QString::fromUtf8(text ? text : "");
        if (line != QLatin1String("ok"))
            problems.append(line);
        rc = SQLITE_OK;
    }
    sqlite3_finalize(check);
    if (rc != SQLITE_DONE && rc != SQLITE_OK) {
        // The check itself could not run through: the file is too damaged to read.
        problems.append(QString::fromUtf8(sqlite3_errstr(rc)));
    }
    facts.integrityOk = problems.isEmpty();
    facts.integrityProblem = problems.join(QStringLiteral("; "));
    return facts;
}

Result<SqliteChainHeads> sqliteReadChainHeads(const QString &path)
{
    Connection file;
    const QByteArray uri = QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded).toUtf8() + "?immutable=1";
    if (int rc = sqlite3_open_v2(uri.constData(), file.handle(), SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr);
        rc != SQLITE_OK)
        return sqliteError(rc, file.get());
    SqliteChainHeads heads;
    auto read = [&](const char *sql, qint64 &id, QString &hash) {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(file.get(), sql, -1, &statement, nullptr) == SQLITE_OK &&
            sqlite3_step(statement) == SQLITE_ROW) {
            id = sqlite3_column_int64(statement, 0);
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, 1));
            hash = QString::fromUtf8(text ? text : "");
        }
        sqlite3_finalize(statement);
    };
    read("SELECT last_id, last_hash FROM audit_chain WHERE id = 1", heads.auditId, heads.auditHash);
    read("SELECT last_id, last_hash FROM desk_chain WHERE id = 1", heads.deskId, heads.deskHash);
    return heads;
}

} // namespace casedesk
