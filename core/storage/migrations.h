#pragma once

#include "result.h"

#include <QList>

#include <QSqlDatabase>

namespace casedesk {

// The schema version this build writes (PRAGMA user_version).
int latestSchemaVersion();
// Every version a step leads to, ascending (steps may be written out of order on branches).
QList<int> schemaVersions();

// Every version a step leads to, in order (not necessarily contiguous while branches that
// each own a step are merged).
QList<int> schemaVersions();

// The versions this build has steps for, oldest first (a branch may skip numbers that
// other branches take).
QList<int> schemaVersions();

// Brings the schema from its current version up to `targetVersion`, one step at a time,
// each step in its own transaction. Tests pass an older target to build old files.
Status migrate(const QSqlDatabase &db, int targetVersion = latestSchemaVersion());

// The version stored in the file.
Result<int> storedSchemaVersion(const QSqlDatabase &db);

} // namespace casedesk
