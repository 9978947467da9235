#include "storage/server_schema_steps.h"

namespace casedesk {

// Server step 2, the model of SQLite step 16 (schema_v16.cpp): the stored due list and the
// daily complaint counts of early warning.
// - case_deadlines has the same columns as on SQLite (dates and times as ISO text, as the
//   repository binds them), so CaseDeadlineRepository runs one SQL on both engines. Its rows
//   need the working-day calendar: fillStoredDeadlines() (C++) fills them after the
//   statements, in the same transaction (the step's finish in server_migrations.cpp).
// - business_day_counts is kept by PL/pgSQL triggers equivalent to SQLite's daycount_
//   triggers. The day is the first ten characters of received_at as text: the local day of
//   an ISO text with offset, and of a timestamptz in the session's time zone.
QStringList serverSchemaVersion2()
{
    return {
        QStringLiteral("CREATE TABLE case_deadlines ("
                       " case_id BIGINT NOT NULL REFERENCES complaints(id) ON DELETE CASCADE,"
                       " kind TEXT NOT NULL,"
                       " rule_channel TEXT NOT NULL DEFAULT '',"
                       " amount INTEGER NOT NULL,"
                       " unit TEXT NOT NULL,"
                       " started_at TEXT NOT NULL,"
                       " due_date TEXT NOT NULL,"
                       " due_at TEXT,"
                       " paused_days INTEGER NOT NULL DEFAULT 0,"
                       " pause_from TEXT,"
                       " PRIMARY KEY (case_id, kind))"),
        QStringLiteral("CREATE INDEX case_deadlines_due ON case_deadlines(due_date)"),
        QStringLiteral("CREATE INDEX case_deadlines_paused ON case_deadlines(pause_from) WHERE pause_from IS NOT NULL"),

        QStringLiteral("CREATE TABLE business_day_counts ("
                       " business_id BIGINT NOT NULL,"
                       " day TEXT NOT NULL,"
                       " complaints INTEGER NOT NULL,"
                       " prepaid INTEGER NOT NULL,"
                       " PRIMARY KEY (business_id, day))"),
        QStringLiteral("CREATE INDEX business_day_counts_day ON business_day_counts(day)"),
        QStringLiteral("INSERT INTO business_day_counts(business_id, day, complaints, prepaid) "
                       "SELECT c.business_id, left(c.received_at::text, 10), count(*), count(p.complaint_id) "
                       "FROM complaints c LEFT JOIN prepaid_cards p ON p.complaint_id = c.id "
                       "GROUP BY c.business_id, left(c.received_at::text, 10)"),

        // One cell moved by `sign` complaints, `cards` of them with card details; an emptied
        // cell goes, as on SQLite.
        QStringLiteral("CREATE FUNCTION daycount_move(b BIGINT, d TEXT, sign INTEGER, cards INTEGER) RETURNS void "
                       "LANGUAGE plpgsql AS $$ BEGIN "
                       "INSERT INTO business_day_counts AS t (business_id, day, complaints, prepaid) "
                       "VALUES (b, d, sign, sign * cards) ON CONFLICT (business_id, day) DO UPDATE SET "
                       "complaints = t.complaints + excluded.complaints, prepaid = t.prepaid + excluded.prepaid; "
                       "DELETE FROM business_day_counts WHERE business_id = b AND day = d AND complaints <= 0; "
                       "END $$"),
        QStringLiteral(
            "CREATE FUNCTION daycount_complaint() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            "IF TG_OP IN ('DELETE', 'UPDATE') THEN "
            "  IF TG_OP = 'UPDATE' AND OLD.business_id IS NOT DISTINCT FROM NEW.business_id "
            "     AND left(OLD.received_at::text, 10) IS NOT DISTINCT FROM left(NEW.received_at::text, 10) THEN "
            "    RETURN NULL; "
            "  END IF; "
            "  PERFORM daycount_move(OLD.business_id, left(OLD.received_at::text, 10), -1, "
            "    (SELECT count(*) FROM prepaid_cards WHERE complaint_id = OLD.id)::integer); "
            "END IF; "
            "IF TG_OP IN ('INSERT', 'UPDATE') THEN "
            "  PERFORM daycount_move(NEW.business_id, left(NEW.received_at::text, 10), 1, "
            "    (SELECT count(*) FROM prepaid_cards WHERE complaint_id = NEW.id)::integer); "
            "END IF; "
            "RETURN NULL; END $$"),
        // One function for each table; the triggers keep SQLite's names (one per event), so the
        // two schemas list the same triggers.
        QStringLiteral("CREATE TRIGGER daycount_complaint_added AFTER INSERT ON complaints "
                       "FOR EACH ROW EXECUTE FUNCTION daycount_complaint()"),
        QStringLiteral("CREATE TRIGGER daycount_complaint_removed AFTER DELETE ON complaints "
                       "FOR EACH ROW EXECUTE FUNCTION daycount_complaint()"),
        QStringLiteral("CREATE TRIGGER daycount_complaint_moved AFTER UPDATE OF business_id, received_at ON complaints "
                       "FOR EACH ROW EXECUTE FUNCTION daycount_complaint()"),
        // A card moves the prepaid count of its case's cell only.
        QStringLiteral(
            "CREATE FUNCTION daycount_card() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            "IF TG_OP = 'UPDATE' AND OLD.complaint_id IS NOT DISTINCT FROM NEW.complaint_id THEN RETURN NULL; END IF; "
            "IF TG_OP IN ('DELETE', 'UPDATE') THEN "
            "  UPDATE business_day_counts t SET prepaid = t.prepaid - 1 FROM complaints c "
            "  WHERE c.id = OLD.complaint_id AND t.business_id = c.business_id "
            "  AND t.day = left(c.received_at::text, 10); "
            "END IF; "
            "IF TG_OP IN ('INSERT', 'UPDATE') THEN "
            "  UPDATE business_day_counts t SET prepaid = t.prepaid + 1 FROM complaints c "
            "  WHERE c.id = NEW.complaint_id AND t.business_id = c.business_id "
            "  AND t.day = left(c.received_at::text, 10); "
            "END IF; "
            "RETURN NULL; END $$"),
        QStringLiteral("CREATE TRIGGER daycount_card_added AFTER INSERT ON prepaid_cards "
                       "FOR EACH ROW EXECUTE FUNCTION daycount_card()"),
        QStringLiteral("CREATE TRIGGER daycount_card_removed AFTER DELETE ON prepaid_cards "
                       "FOR EACH ROW EXECUTE FUNCTION daycount_card()"),
        QStringLiteral("CREATE TRIGGER daycount_card_moved AFTER UPDATE OF complaint_id ON prepaid_cards "
                       "FOR EACH ROW EXECUTE FUNCTION daycount_card()"),
    };
}

} // namespace casedesk
