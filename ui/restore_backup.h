#pragma once

#include "result.h"

#include <QString>

class QWidget;

namespace casedesk {

// The desktop side of a restore: choose a backup file (starting in the backup folder) and
// confirm. Empty when the user cancelled; an error (for the caller's message line) when the
// chosen file is not a backup that can be restored.
Result<QString> chooseBackupToRestore(QWidget *parent, const QString &databasePath);

// Asks for the name and password of a user who may manage backups and checks them in core
// (authorizeRestore: in the database when it opens, else in the backup). For a restore with
// nobody signed in (a damaged database at start-up). A refusal is said in the dialog, which
// stays open for another try. False when cancelled.
bool askWhoRestores(QWidget *parent, const QString &backupFile, const QString &databasePath);

// Restores `backupFile` over `databasePath` (which must be closed and its claim released).
// The sentence saying what was done when the database was replaced, else why nothing was
// restored: the caller shows either in its message line. The caller has checked who
// restores (authorizeRestoreBy for the signed-in user, else askWhoRestores).
Result<QString> restoreAndReport(QWidget *parent, const QString &backupFile, const QString &databasePath);

} // namespace casedesk
