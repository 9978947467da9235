#pragma once

#include "result.h"

#include <QString>

namespace casedesk {

// The desktop application works on one database at a time and holds that file's instance
// lock (storage/instance_lock.h) for as long as it is open, so a second CaseDesk window on
// the same file is told so. Process-wide, because the main window is rebuilt (new language)
// while the same database stays open.

// Takes the lock of `databasePath`, releasing the one held before; ok if already held.
Status claimDatabase(const QString &databasePath);

// Lets go of the lock (before a restore replaces the file, or on exit).
void releaseDatabaseClaim();

} // namespace casedesk
