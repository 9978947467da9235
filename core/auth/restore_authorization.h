#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QString>

namespace casedesk {

// Who may put a backup in the place of a database: a user whose role allows ManageBackups.
// One rule for the window and the CLI.

// With a name and password: checked in the database being replaced when it can be opened
// (a normal sign-in, which counts failed attempts), otherwise (it is damaged or missing) in
// the backup that will take its place, opened read-only. A database busy in another
// program is that error. Nobody signed in is never enough.
Status authorizeRestore(const QString &databasePath, const QString &backupFile, const QString &name,
                        const QString &password);

// The window's user, already signed in to the open database `db`.
Status authorizeRestoreBy(const QSqlDatabase &db, const QString &signedInUser);

} // namespace casedesk
