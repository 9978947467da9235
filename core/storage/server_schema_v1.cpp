#include "storage/server_schema_steps.h"

namespace casedesk {

// Server schema step 1: the model SQLite's steps 1–15 reach, built directly rather than by
// replaying their history (migrateServer runs it in one transaction). Tables first, then their
// rows (before the triggers, as on SQLite, where the seeds predate them: a new database starts
// with just the step-12 note '*'), indexes, and the triggers of each feature.
// tests/core/test_server_schema.cpp compares the result with a new SQLite file.
QStringList serverSchemaVersion1()
{
    return serverSchemaV1Tables() + serverSchemaV1Seeds() + serverSchemaV1Indexes() + serverSchemaV1Search() +
           serverSchemaV1Stats() + serverSchemaV1Ledger() + serverSchemaV1Trail();
}

} // namespace casedesk
