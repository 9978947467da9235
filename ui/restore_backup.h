#pragma once

#include <QString>

class QWidget;

namespace casedesk {

// The desktop side of a restore: choose a backup file (starting in the backup folder) and
// confirm. Empty when the user cancelled.
QString chooseBackupToRestore(QWidget *parent, const QString &databasePath);

// Restores `backupFile` over `databasePath` (which must be closed and its claim released)
// and says what happened. True when the database was replaced.
bool restoreAndReport(QWidget *parent, const QString &backupFile, const QString &databasePath);

} // namespace casedesk
