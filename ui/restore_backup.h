#pragma once

#include <QString>

class QWidget;

namespace casedesk {

// The desktop side of a restore: choose a backup file (starting in the backup folder) and
// confirm. Empty when the user cancelled.
QString chooseBackupToRestore(QWidget *parent, const QString &databasePath);

// Asks for the name and password of a user who may manage backups and checks them in core
// (authorizeRestore: in the database when it opens, else in the backup). For a restore with
// nobody signed in (a damaged database at start-up). False when cancelled or refused (said).
bool askWhoRestores(QWidget *parent, const QString &backupFile, const QString &databasePath);

// Restores `backupFile` over `databasePath` (which must be closed and its claim released)
// and says what happened. True when the database was replaced. The caller has checked who
// restores (authorizeRestoreBy for the signed-in user, else askWhoRestores).
bool restoreAndReport(QWidget *parent, const QString &backupFile, const QString &databasePath);

} // namespace casedesk
