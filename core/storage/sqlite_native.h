#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>

// The few things that need SQLite's own C API (the raw sqlite3* handle): the online backup
// API and transaction state. With sqlite_setup.cpp this is the SQLite-only corner of core;
// a PostgreSQL backend would replace both with pg_dump and its own checks.

struct sqlite3;

namespace casedesk {

// The connection's own sqlite3*, or null when `db` is not an open SQLite connection or its
// driver runs another SQLite than the one CaseDesk links (Qt's Windows installer builds its
// driver with SQLite inside): a handle must only be given to the library that made it, as
// the backup API and PreparedInsert do.
sqlite3 *sqliteHandle(const QSqlDatabase &db);
// SQLite's result code `code` as the same translated Error the Qt driver's errors become.
Error sqliteError(int code, sqlite3 *handle);

// Turns SQLite's memory statistics off for the process (SQLITE_CONFIG_MEMSTATUS): they take a
// global mutex on every allocation, a few percent of a bulk write, and CaseDesk never reads
// them. Only possible before SQLite initialises, so it is called before the first connection
// opens; later calls do nothing.
void sqliteTuneProcess();

// True while `db` is inside an open transaction (not in autocommit mode).
bool sqliteInTransaction(const QSqlDatabase &db);

// Taken on the thread that owns `db`: a function that makes the statement `db` is running
// stop as soon as it can, with an error (its transaction then rolls back). It may be called
// from any thread while `db` stays open: this is how Cancel stops a long query on a worker's
// connection. Does nothing for a connection that is not SQLite.
std::function<void()> sqliteInterrupter(const QSqlDatabase &db);

// Copies the open database into the file `destination` through SQLite's online backup API:
// a consistent snapshot even while colleagues keep writing. The destination is created
// readable by its owner only; an existing file there is replaced. When the driver runs
// another SQLite than CaseDesk's (or CASEDESK_BACKUP_SQL_ONLY=1, for the test of that path),
// the copy is made with SQL alone (VACUUM INTO) instead.
Status sqliteBackupTo(const QSqlDatabase &db, const QString &destination);

// Copies the database file `source` (opened read-only) into the file `destination` the same way.
Status sqliteCopyFile(const QString &source, const QString &destination);

// What a read-only look into a file found, without changing it.
struct SqliteFileFacts {
    bool integrityOk = false;
    QString integrityProblem; // first lines of PRAGMA integrity_check when not ok
    qint64 applicationId = 0;
    int schemaVersion = 0;
};

// Opens `path` read-only and runs PRAGMA integrity_check; ErrorCode::NotADatabase when the
// file is not SQLite at all.
Result<SqliteFileFacts> sqliteInspectFile(const QString &path);

} // namespace casedesk

namespace casedesk {

// The stored heads (last id, last hash) of the audit_chain and desk_chain tables of the file
// at `path`, opened read-only as immutable (a backup: no lock, no -wal/-shm side files).
// A missing table gives id 0 and an empty hash.
struct SqliteChainHeads {
    qint64 auditId = 0;
    QString auditHash;
    qint64 deskId = 0;
    QString deskHash;
};
Result<SqliteChainHeads> sqliteReadChainHeads(const QString &path);

} // namespace casedesk
