#include "storage/schema_steps.h"

namespace casedesk {

// Version 8: the tamper-evident audit trail. Each record keeps the hash of the one before it
// and its own; audit_chain holds the newest record's id and hash, so deleting the newest
// records is noticed too. The existing records are chained by chainExistingAuditRecords()
// (audit_chain.cpp), which migrations.cpp runs right after these statements.
QStringList schemaVersion8()
{
    return {
        QStringLiteral("ALTER TABLE audit_log ADD COLUMN prev_hash TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE audit_log ADD COLUMN hash TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("CREATE TABLE audit_chain ("
                       " id INTEGER PRIMARY KEY CHECK (id = 1),"
                       " last_id INTEGER NOT NULL,"
                       " last_hash TEXT NOT NULL)"),
    };
}

} // namespace casedesk
