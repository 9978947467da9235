#include "storage/schema_steps.h"

namespace casedesk {

// Version 2: workflow: users, case events, acceptance and closing times on the case.
QStringList schemaVersion2()
{
    return {
        // Desk users: the caseworkers a case is assigned to and whose role decides what they
        // may do with it. Names are what the audit trail and assignee columns record.
        QStringLiteral("CREATE TABLE users ("
                       " id INTEGER PRIMARY KEY,"
                       " name TEXT NOT NULL UNIQUE,"
                       " role TEXT NOT NULL CHECK (role IN ('caseworker', 'supervisor', 'administrator')),"
                       " active INTEGER NOT NULL DEFAULT 1,"
                       " created_at TEXT NOT NULL)"),

        // The timeline: one row per status change, written with the change. `at` is when it
        // happened (may be entered afterwards), `recorded_at` when it was entered. Cases
        // stored before this version have no rows: their registration is received_at.
        QStringLiteral("CREATE TABLE case_events ("
                       " id INTEGER PRIMARY KEY,"
                       " complaint_id INTEGER NOT NULL REFERENCES complaints(id),"
                       " at TEXT NOT NULL,"
                       " recorded_at TEXT NOT NULL,"
                       " actor TEXT NOT NULL,"
                       " from_status TEXT NOT NULL,"
                       " to_status TEXT NOT NULL,"
                       " ground TEXT NOT NULL DEFAULT '',"
                       " note TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX case_events_complaint ON case_events(complaint_id, id)"),
        // "My cases": a caseworker's own list, newest first.
        QStringLiteral("CREATE INDEX complaints_assignee ON complaints(assignee, received_at)"),

        // Copies of the decisive event times, kept in step with case_events in the same
        // transaction, so deadline queries over a million cases need no join. accepted_at: the
        // first acceptance; closed_at: when the case reached a final status (closed, refused,
        // returned), cleared when it is reopened. NULL until then, and for older cases.
        QStringLiteral("ALTER TABLE complaints ADD COLUMN accepted_at TEXT"),
        QStringLiteral("ALTER TABLE complaints ADD COLUMN closed_at TEXT"),
        // The open cases (closed_at IS NULL), whose deadlines the due list checks.
        QStringLiteral("CREATE INDEX complaints_closed ON complaints(closed_at, received_at)"),
    };
}

} // namespace casedesk
