#pragma once

#include "result.h"

#include <QSqlDatabase>

namespace casedesk {

// The server's own schema steps (server_schema_steps.h). They reach the same model as the
// SQLite steps (migrations.h) without replaying SQLite's history; the version is kept in the
// table casedesk_schema, which also marks a database as CaseDesk's.
int latestServerSchemaVersion();

// What a server database holds, read before anything is changed.
struct ServerSchemaState {
    bool empty = false;    // no tables at all: may be initialised
    bool ours = false;     // holds casedesk_schema
    int version = 0;       // when ours
};
Result<ServerSchemaState> readServerSchemaState(const QSqlDatabase &db);

// The version recorded on the server (casedesk_schema).
Result<int> storedServerSchemaVersion(const QSqlDatabase &db);

// Runs every step after the server's current version up to the latest in ONE transaction,
// under a lock, so two desks upgrading at once do it once and a failure changes nothing.
// An empty database is initialised the same way (from version 0).
Status migrateServer(const QSqlDatabase &db);

} // namespace casedesk
