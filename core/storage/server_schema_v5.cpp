#include "storage/server_schema_steps.h"

namespace casedesk {

// Server step 5, the model of SQLite step 19 (schema_v19.cpp): early warning keeps the runs
// it has found and the businesses whose daily counts changed since.
QStringList serverSchemaVersion5()
{
    return {
        QStringLiteral("CREATE TABLE warning_runs ("
                       " rule_id BIGINT NOT NULL,"
                       " business_id BIGINT NOT NULL,"
                       " first_day TEXT NOT NULL,"
                       " last_day TEXT NOT NULL,"
                       " complaints INTEGER NOT NULL,"
                       " prepaid INTEGER NOT NULL,"
                       " score_percent INTEGER NOT NULL,"
                       " baseline_percent INTEGER NOT NULL,"
                       " PRIMARY KEY (rule_id, business_id, first_day))"),
        QStringLiteral("CREATE INDEX warning_runs_business ON warning_runs(business_id)"),
        QStringLiteral("CREATE TABLE warning_dirty (business_id BIGINT PRIMARY KEY)"),
        QStringLiteral("CREATE TABLE warning_runs_basis (observed_from TEXT NOT NULL)"),
        QStringLiteral("INSERT INTO warning_dirty(business_id) VALUES (0)"),
        QStringLiteral("CREATE FUNCTION warning_note_day() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                       "INSERT INTO warning_dirty(business_id) VALUES "
                       "(CASE WHEN TG_OP = 'DELETE' THEN OLD.business_id ELSE NEW.business_id END) "
                       "ON CONFLICT DO NOTHING; "
                       "RETURN NULL; END $$"),
        // SQLite's trigger names, one per event, so that both engines list the same triggers.
        QStringLiteral("CREATE TRIGGER warning_note_day_added AFTER INSERT ON business_day_counts "
                       "FOR EACH ROW EXECUTE FUNCTION warning_note_day()"),
        QStringLiteral("CREATE TRIGGER warning_note_day_changed AFTER UPDATE ON business_day_counts "
                       "FOR EACH ROW EXECUTE FUNCTION warning_note_day()"),
        QStringLiteral("CREATE TRIGGER warning_note_day_removed AFTER DELETE ON business_day_counts "
                       "FOR EACH ROW EXECUTE FUNCTION warning_note_day()"),
        QStringLiteral("CREATE FUNCTION warning_note_rule() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                       "INSERT INTO warning_dirty(business_id) VALUES (0) ON CONFLICT DO NOTHING; "
                       "RETURN NULL; END $$"),
        QStringLiteral("CREATE TRIGGER warning_note_rule_added AFTER INSERT ON warning_rules "
                       "FOR EACH STATEMENT EXECUTE FUNCTION warning_note_rule()"),
        QStringLiteral("CREATE TRIGGER warning_note_rule_changed AFTER UPDATE ON warning_rules "
                       "FOR EACH STATEMENT EXECUTE FUNCTION warning_note_rule()"),
        QStringLiteral("CREATE TRIGGER warning_note_rule_removed AFTER DELETE ON warning_rules "
                       "FOR EACH STATEMENT EXECUTE FUNCTION warning_note_rule()"),
    };
}

} // namespace casedesk
