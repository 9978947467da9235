#include "storage/schema_steps.h"

namespace casedesk {

// Version 15: the desk's log (desk_events) is chained like the audit trail, so a deleted or
// edited desk line (an identified export, a role change) shows. desk_chain holds the newest
// line's id and hash. chainExistingDeskEvents() (desk_chain.cpp) chains the existing lines
// and records every existing user's role and activity as the log's starting point, so the
// users table can be checked against the log from here on.
QStringList schemaVersion15()
{
    return {
        QStringLiteral("ALTER TABLE desk_events ADD COLUMN prev_hash TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE desk_events ADD COLUMN hash TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("CREATE TABLE desk_chain ("
                       " id INTEGER PRIMARY KEY CHECK (id = 1),"
                       " last_id INTEGER NOT NULL,"
                       " last_hash TEXT NOT NULL)"),
    };
}

} // namespace casedesk
