#pragma once

#include "result.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace casedesk {

class Database;

// Backups of a database file and restoring one. A backup is a complete, self-contained copy
// made with SQLite's online backup API (sqlite_native.h), readable by its owner only, and
// checked before it is kept. Backups into a folder are named after the database and the
// time, "cases-20260301-183000.casedesk-backup", and rotated: the newest N are kept.

// Writes a backup of `db` to `file` (via FILE.partial, renamed once complete and checked).
Status backupDatabase(const Database &db, const QString &file);

struct FolderBackup {
    QString file;        // the new backup
    QStringList removed; // older backups removed by rotation
};

// A timestamped backup in `folder` (created if missing); keeps the newest `keep` (>= 1)
// backups of this database there and removes older ones.
Result<FolderBackup> backupToFolder(const Database &db, const QString &folder, int keep, const QDateTime &now);

// Backups of the database at `databasePath` found in `folder`, newest first.
QStringList backupsInFolder(const QString &folder, const QString &databasePath);

// Checks a file that is to become the database: readable SQLite, PRAGMA integrity_check ok,
// CaseDesk's application id, a schema this version can read. Never changes the file.
Status checkBackupFile(const QString &file);

struct RestoreOutcome {
    QString keptAs; // where the replaced database file was kept; empty if there was none
};

// Replaces the database at `databasePath` with the backup `backupFile`. The backup is
// checked first and nothing is touched unless it passes; the database must not be open in
// CaseDesk (its instance lock is taken). The old file is kept as FILE.before-restore (or
// .before-restore-2, ...), its journal with it. The restored file is checked again before
// it takes the database's place.
Result<RestoreOutcome> restoreDatabase(const QString &backupFile, const QString &databasePath);

} // namespace casedesk
