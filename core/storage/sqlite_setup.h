#pragma once

#include "result.h"

#include <QSqlDatabase>

// Everything specific to SQLite files lives here, so that a PostgreSQL server can later
// take the same repositories with its own set-up.

namespace casedesk {

// Refuses a file that is not SQLite, belongs to another application, or was written by a
// newer CaseDesk than `latestVersion`. An empty file is fine: it becomes a new database.
Status sqliteCheckIdentity(const QSqlDatabase &db, int latestVersion);

// Refuses a file that is shorter than its own header says (cut off by a failed copy or a
// full disk): SQLite itself would only notice when it reads a missing page. Reads 100 bytes.
Status sqliteCheckNotTruncated(const QString &path);

// WAL journal, foreign keys, busy timeout, full sync: set on every connection.
Status sqliteConfigure(const QSqlDatabase &db);

// For writing a file that holds no cases yet (demo data, a first import): on = an in-memory
// rollback journal instead of WAL, no fsync, a 256 MB page cache and no foreign key checks
// (the rows are trusted) for this connection;
// off = back to what sqliteConfigure() sets. A crash
// while on can lose the new file's contents, never an office's existing cases.
Status sqliteBulkWriteMode(const QSqlDatabase &db, bool on);

// In bulk-write mode, around building the indexes set aside (sqliteDropIndexes()): on = a
// smaller page cache, so that CREATE INDEX sorts in several runs on two threads; off = the
// bulk write's cache again.
Status sqliteIndexBuildMode(const QSqlDatabase &db, bool on);

// For one long pass over the whole file on this connection (a full recount of the
// statistics): a page cache of `megabytes` instead of the usual 2 MB, so that what the pass
// writes stays in memory until it commits; the cache is set back when the object goes (a
// larger cache already set is kept). On a server it does nothing: the server sizes its own memory.
class SqliteLargeCache {
public:
    SqliteLargeCache(QSqlDatabase db, int megabytes);
    ~SqliteLargeCache();
    SqliteLargeCache(const SqliteLargeCache &) = delete;
    SqliteLargeCache &operator=(const SqliteLargeCache &) = delete;

private:
    QSqlDatabase m_db;
    qint64 m_previous = -2000; // PRAGMA cache_size as it was
    bool m_set = false;
};

// Drops the secondary indexes of `tables` (inside the caller's transaction) and returns their
// CREATE statements, for a bulk load into empty tables: building an index once from sorted
// data at the end is much faster than updating it row by row — except for an index whose new
// entries all come at its end (`kept`, by name), which costs less kept as the rows come.
Result<QStringList> sqliteDropIndexes(const QSqlDatabase &db, const QStringList &tables,
                                      const QStringList &kept = {});

// The number CaseDesk writes into the SQLite header (PRAGMA application_id).
qint64 casedeskApplicationId();

// Marks the file as CaseDesk's (PRAGMA application_id).
Status sqliteStampIdentity(const QSqlDatabase &db);

// PRAGMA quick_check: reports damage to the file's structure.
Status sqliteQuickCheck(const QSqlDatabase &db);

// Personal data: a new database file is readable by its owner only.
void restrictToOwner(const QString &path);

} // namespace casedesk
