#pragma once

#include "result.h"

#include <QList>

#include <QSqlDatabase>

namespace casedesk {

// The schema version this build writes into a SQLite file (PRAGMA user_version). A server
// has its own numbered steps: server_migrations.h.
int latestSchemaVersion();
// The versions this build has steps for, oldest first.
QList<int> schemaVersions();

// Brings the schema from its current version up to `targetVersion`, one step at a time,
// each step in its own transaction. Tests pass an older target to build old files.
Status migrate(const QSqlDatabase &db, int targetVersion = latestSchemaVersion());

// The version stored in the file or on the server, whichever `db` is.
Result<int> storedSchemaVersion(const QSqlDatabase &db);

} // namespace casedesk
