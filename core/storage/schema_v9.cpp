#include "storage/schema_steps.h"

namespace casedesk {

// Version 9: follow-up visits (回访), the monthly spot-check sample (抽查测评) and typical
// cases (典型案例). Steps 6–8 belong to other features; this step relies on none of their
// tables, only on complaints (v1).
QStringList schemaVersion9()
{
    return {
        // One row per attempt to reach the consumer after a case was finished. An attempt
        // that reached nobody has no result; `attitude` rates the caseworker (1–5, 0 = not
        // rated). `spot_check` marks visits made for the supervisor's monthly sample.
        QStringLiteral("CREATE TABLE follow_ups ("
                       " id INTEGER PRIMARY KEY,"
                       " complaint_id INTEGER NOT NULL REFERENCES complaints(id),"
                       " at TEXT NOT NULL,"
                       " recorded_at TEXT NOT NULL,"
                       " actor TEXT NOT NULL,"
                       " reached INTEGER NOT NULL CHECK (reached IN (0, 1)),"
                       " result TEXT NOT NULL DEFAULT ''"
                       "  CHECK (result IN ('', 'satisfied', 'basically_satisfied', 'dissatisfied')),"
                       " attitude INTEGER NOT NULL DEFAULT 0 CHECK (attitude BETWEEN 0 AND 5),"
                       " comment TEXT NOT NULL DEFAULT '',"
                       " spot_check INTEGER NOT NULL DEFAULT 0 CHECK (spot_check IN (0, 1)))"),
        QStringLiteral("CREATE INDEX follow_ups_complaint ON follow_ups(complaint_id, id)"),
        // Satisfaction is counted by the date of the visit.
        QStringLiteral("CREATE INDEX follow_ups_at ON follow_ups(at)"),

        // The cases drawn for a month's spot check, one row per case; drawing again for the
        // same month keeps the earlier sample.
        QStringLiteral("CREATE TABLE spot_checks ("
                       " month TEXT NOT NULL,"
                       " complaint_id INTEGER NOT NULL REFERENCES complaints(id),"
                       " caseworker TEXT NOT NULL,"
                       " drawn_at TEXT NOT NULL,"
                       " drawn_by TEXT NOT NULL,"
                       " PRIMARY KEY (month, complaint_id))"),

        // A case flagged for publication, with its short write-up.
        QStringLiteral("CREATE TABLE typical_cases ("
                       " complaint_id INTEGER PRIMARY KEY REFERENCES complaints(id),"
                       " title TEXT NOT NULL,"
                       " summary TEXT NOT NULL,"
                       " marked_by TEXT NOT NULL,"
                       " marked_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX typical_cases_marked ON typical_cases(marked_at)"),

        // Statistics count finished cases by closing date; the v2 index leads with closed_at.
        QStringLiteral("CREATE INDEX case_events_status ON case_events(to_status, at)"),
    };
}

} // namespace casedesk
