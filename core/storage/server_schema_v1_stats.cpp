#include "storage/server_schema_steps.h"

namespace casedesk {

// SQLite step 12's triggers on the server: they count nothing, they note which cases changed
// (stats_dirty_cases) and which months' mediation and follow-up counts did
// (stats_dirty_months; '*' asks for a full recount), for core/stats to bring the summaries up
// to date before the next read. Same names, same tables, same columns as on SQLite, and FOR
// EACH ROW like SQLite's, so a statement that changes no row notes nothing.
QStringList serverSchemaV1Stats()
{
    QStringList sql = {
        // Helpers: a case, a month (NULL: nothing), and the months of a case's mediation
        // results and follow-up visits (which count in the district of the case's business).
        QStringLiteral("CREATE FUNCTION stats_note_case(case_id BIGINT) RETURNS void LANGUAGE sql AS $$"
                       " INSERT INTO stats_dirty_cases(complaint_id) VALUES (case_id) ON CONFLICT DO NOTHING $$"),
        QStringLiteral("CREATE FUNCTION stats_note_month(noted TEXT) RETURNS void LANGUAGE sql AS $$"
                       " INSERT INTO stats_dirty_months(month) SELECT noted WHERE noted IS NOT NULL"
                       " ON CONFLICT DO NOTHING $$"),
        QStringLiteral("CREATE FUNCTION stats_note_event_months(case_ids BIGINT[]) RETURNS void LANGUAGE sql AS $$"
                       " INSERT INTO stats_dirty_months(month) SELECT DISTINCT month FROM ("
                       " SELECT substr(at, 1, 7) AS month FROM case_events WHERE complaint_id = ANY (case_ids)"
                       " AND to_status IN ('agreement_reached', 'mediation_terminated')"
                       " UNION SELECT substr(at, 1, 7) FROM follow_ups WHERE complaint_id = ANY (case_ids)) m"
                       " WHERE month IS NOT NULL ON CONFLICT DO NOTHING $$"),
        // The month of a case event when it is a mediation result, else NULL.
        QStringLiteral("CREATE FUNCTION stats_mediation_month(status TEXT, happened TEXT) RETURNS TEXT"
                       " LANGUAGE sql IMMUTABLE AS $$"
                       " SELECT CASE WHEN status IN ('agreement_reached', 'mediation_terminated')"
                       " THEN substr(happened, 1, 7) END $$"),

        // Complaints.
        QStringLiteral("CREATE FUNCTION stats_note_complaint() RETURNS trigger LANGUAGE plpgsql AS $$"
                       " BEGIN"
                       " IF TG_OP = 'DELETE' THEN"
                       " PERFORM stats_note_case(OLD.id);"
                       " PERFORM stats_note_event_months(ARRAY[OLD.id]);"
                       " RETURN OLD;"
                       " END IF;"
                       " PERFORM stats_note_case(NEW.id);"
                       " RETURN NULL;"
                       " END $$"),
        QStringLiteral("CREATE TRIGGER stats_note_complaint_insert AFTER INSERT ON complaints"
                       " FOR EACH ROW EXECUTE FUNCTION stats_note_complaint()"),
        QStringLiteral("CREATE TRIGGER stats_note_complaint_update AFTER UPDATE OF business_id, received_at,"
                       " closed_at, accepted_at, status, amount_fen, recovered_fen, category_id, channel, nature,"
                       " assignee ON complaints FOR EACH ROW EXECUTE FUNCTION stats_note_complaint()"),
        // Before the delete, as on SQLite: the case's events are still there to be read.
        QStringLiteral("CREATE TRIGGER stats_note_complaint_delete BEFORE DELETE ON complaints"
                       " FOR EACH ROW EXECUTE FUNCTION stats_note_complaint()"),
        // A case moved to another business (a merge): its mediations and visits count in the
        // new business's district.
        QStringLiteral("CREATE FUNCTION stats_note_complaint_move() RETURNS trigger LANGUAGE plpgsql AS $$"
                       " BEGIN PERFORM stats_note_event_months(ARRAY[NEW.id]); RETURN NULL; END $$"),
        QStringLiteral("CREATE TRIGGER stats_note_complaint_move AFTER UPDATE OF business_id ON complaints"
                       " FOR EACH ROW EXECUTE FUNCTION stats_note_complaint_move()"),

        // Case events: one can decide whether a closed case counts as resolved.
        QStringLiteral("CREATE FUNCTION stats_note_event() RETURNS trigger LANGUAGE plpgsql AS $$"
                       " BEGIN"
                       " IF TG_OP IN ('UPDATE', 'DELETE') THEN"
                       " PERFORM stats_note_case(OLD.complaint_id);"
                       " PERFORM stats_note_month(stats_mediation_month(OLD.to_status, OLD.at));"
                       " END IF;"
                       " IF TG_OP IN ('INSERT', 'UPDATE') THEN"
                       " PERFORM stats_note_case(NEW.complaint_id);"
                       " PERFORM stats_note_month(stats_mediation_month(NEW.to_status, NEW.at));"
                       " END IF;"
                       " IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;"
                       " RETURN NULL;"
                       " END $$"),
        QStringLiteral("CREATE TRIGGER stats_note_event_insert AFTER INSERT ON case_events"
                       " FOR EACH ROW EXECUTE FUNCTION stats_note_event()"),
        QStringLiteral("CREATE TRIGGER stats_note_event_update AFTER UPDATE ON case_events"
                       " FOR EACH ROW EXECUTE FUNCTION stats_note_event()"),
        QStringLiteral("CREATE TRIGGER stats_note_event_delete BEFORE DELETE ON case_events"
                       " FOR EACH ROW EXECUTE FUNCTION stats_note_event()"),

        // Follow-up visits: satisfaction is counted by the month of the visit.
        QStringLiteral("CREATE FUNCTION stats_note_follow_up() RETURNS trigger LANGUAGE plpgsql AS $$"
                       " BEGIN"
                       " IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM stats_note_month(substr(OLD.at, 1, 7)); END IF;"
                       " IF TG_OP IN ('INSERT', 'UPDATE') THEN PERFORM stats_note_month(substr(NEW.at, 1, 7)); END IF;"
                       " IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;"
                       " RETURN NULL;"
                       " END $$"),
        QStringLiteral("CREATE TRIGGER stats_note_follow_up_insert AFTER INSERT ON follow_ups"
                       " FOR EACH ROW EXECUTE FUNCTION stats_note_follow_up()"),
        QStringLiteral("CREATE TRIGGER stats_note_follow_up_update AFTER UPDATE ON follow_ups"
                       " FOR EACH ROW EXECUTE FUNCTION stats_note_follow_up()"),
        QStringLiteral("CREATE TRIGGER stats_note_follow_up_delete BEFORE DELETE ON follow_ups"
                       " FOR EACH ROW EXECUTE FUNCTION stats_note_follow_up()"),

        // A business moved to another district or street: its cases count there now.
        QStringLiteral("CREATE FUNCTION stats_note_business_update() RETURNS trigger LANGUAGE plpgsql AS $$"
                       " BEGIN"
                       " INSERT INTO stats_dirty_cases(complaint_id) SELECT id FROM complaints"
                       " WHERE business_id = NEW.id ON CONFLICT DO NOTHING;"
                       " PERFORM stats_note_event_months(ARRAY(SELECT id FROM complaints WHERE business_id = NEW.id));"
                       " RETURN NULL;"
                       " END $$"),
        QStringLiteral("CREATE TRIGGER stats_note_business_update AFTER UPDATE OF district, street ON businesses"
                       " FOR EACH ROW EXECUTE FUNCTION stats_note_business_update()"),

        // The on-time check reads the calendar and the rule sets in force: any change of them
        // asks for a full recount.
        QStringLiteral("CREATE FUNCTION stats_note_everything() RETURNS trigger LANGUAGE plpgsql AS $$"
                       " BEGIN PERFORM stats_note_month('*');"
                       " IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END $$"),
    };
    for (const char *table : {"calendar_days", "deadline_rule_sets", "deadline_rules"}) {
        for (const char *event : {"INSERT", "UPDATE", "DELETE"}) {
            sql << QStringLiteral("CREATE TRIGGER stats_note_%1_%2 AFTER %3 ON %1"
                                  " FOR EACH ROW EXECUTE FUNCTION stats_note_everything()")
                       .arg(QLatin1String(table), QString::fromLatin1(event).toLower(), QLatin1String(event));
        }
    }
    return sql;
}

} // namespace casedesk
