#include "storage/schema_steps.h"

namespace casedesk {

// Version 4: evidence attached to a case.
QStringList schemaVersion4()
{
    return {
        // The file's bytes live in the database, not beside it, so the evidence travels with
        // the case file and is inside every backup of it. `sha256` (lower-case hex) is taken
        // when the file is attached; reading the content checks it again, so a change made
        // behind CaseDesk's back is noticed.
        QStringLiteral("CREATE TABLE evidence ("
                       " id INTEGER PRIMARY KEY,"
                       " complaint_id INTEGER NOT NULL REFERENCES complaints(id),"
                       " file_name TEXT NOT NULL,"
                       " media_type TEXT NOT NULL,"
                       " size_bytes INTEGER NOT NULL CHECK (size_bytes > 0),"
                       " sha256 TEXT NOT NULL CHECK (length(sha256) = 64),"
                       " content BLOB NOT NULL,"
                       " note TEXT NOT NULL DEFAULT '',"
                       " added_at TEXT NOT NULL,"
                       " added_by TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX evidence_complaint ON evidence(complaint_id)"),
    };
}

} // namespace casedesk
