#include "storage/schema_steps.h"

namespace casedesk {

// Version 23, the 24-hour first response (issue 20):
// - complaints.first_contact_at / first_contact_method: the first contact with the complainant
//   (phone, SMS, in person), recorded once;
// - every rule set gains the first_contact rule, 24 hours from receipt (a council changes it
//   with a new set); the stored due list is worked out again (the migration's finish function);
// - the statistics count the first responses in time (stats_summary.contact_checked and
//   contact_in_time, stats_case_facts.contact_in_time): a full recount is asked for, and a change
//   of a first contact notes the case like any other change that moves a figure.
QStringList schemaVersion23()
{
    return {
        QStringLiteral("ALTER TABLE complaints ADD COLUMN first_contact_at TEXT"),
        QStringLiteral("ALTER TABLE complaints ADD COLUMN first_contact_method TEXT"
                       " CHECK (first_contact_method IN ('phone', 'sms', 'in_person'))"),
        QStringLiteral("INSERT INTO deadline_rules(rule_set_id, kind, channel, amount, unit)"
                       " SELECT id, 'first_contact', '', 24, 'hours' FROM deadline_rule_sets"),
        QStringLiteral("ALTER TABLE stats_summary ADD COLUMN contact_checked INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE stats_summary ADD COLUMN contact_in_time INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE stats_case_facts ADD COLUMN contact_in_time INTEGER"), // NULL: not judged
        QStringLiteral("DROP TRIGGER stats_note_complaint_update"),
        QStringLiteral("CREATE TRIGGER stats_note_complaint_update AFTER UPDATE OF business_id, received_at,"
                       " closed_at, accepted_at, status, amount_fen, recovered_fen, category_id, channel, nature,"
                       " assignee, first_contact_at ON complaints BEGIN"
                       " INSERT INTO stats_dirty_cases(complaint_id) SELECT new.id"
                       " WHERE NOT EXISTS (SELECT 1 FROM stats_dirty_cases WHERE complaint_id = new.id); END"),
        QStringLiteral("INSERT INTO stats_dirty_months(month) VALUES ('*') ON CONFLICT DO NOTHING"),
        // Work orders already registered are found by their number (the import, issue 21).
        QStringLiteral("CREATE INDEX complaints_platform_ref ON complaints(platform_ref) WHERE platform_ref <> ''"),
    };
}

} // namespace casedesk
