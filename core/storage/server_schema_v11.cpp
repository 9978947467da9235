#include "storage/server_schema_steps.h"

namespace casedesk {

// Server step 11, the model of SQLite step 23 (schema_v23.cpp): the first contact with the
// complainant, the first_contact rule in every rule set, the statistics' first-response counts.
QStringList serverSchemaVersion11()
{
    return {
        QStringLiteral("ALTER TABLE complaints ADD COLUMN first_contact_at TEXT COLLATE \"C\""),
        QStringLiteral("ALTER TABLE complaints ADD COLUMN first_contact_method TEXT COLLATE \"C\""
                       " CHECK (first_contact_method IN ('phone', 'sms', 'in_person'))"),
        QStringLiteral("INSERT INTO deadline_rules(rule_set_id, kind, channel, amount, unit)"
                       " SELECT id, 'first_contact', '', 24, 'hours' FROM deadline_rule_sets"),
        QStringLiteral("ALTER TABLE stats_summary ADD COLUMN contact_checked INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE stats_summary ADD COLUMN contact_in_time INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE stats_case_facts ADD COLUMN contact_in_time INTEGER"),
        QStringLiteral("DROP TRIGGER stats_note_complaint_update ON complaints"),
        QStringLiteral("CREATE TRIGGER stats_note_complaint_update AFTER UPDATE OF business_id, received_at,"
                       " closed_at, accepted_at, status, amount_fen, recovered_fen, category_id, channel, nature,"
                       " assignee, first_contact_at ON complaints FOR EACH ROW EXECUTE FUNCTION stats_note_complaint()"),
        QStringLiteral("INSERT INTO stats_dirty_months(month) VALUES ('*') ON CONFLICT DO NOTHING"),
        QStringLiteral("CREATE INDEX complaints_platform_ref ON complaints(platform_ref) WHERE platform_ref <> ''"),
    };
}

} // namespace casedesk
