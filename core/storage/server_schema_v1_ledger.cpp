#include "storage/server_schema_steps.h"

namespace casedesk {

// SQLite step 13's triggers on the server: complaints.recovered_fen is the counted total of the
// case's recovered_entries, kept by the entries' triggers and never set by hand. The total
// counts each sum once: an entry recorded as the same money as another (same_as) belongs to
// that entry's group, and a group counts its largest amount.
QStringList serverSchemaV1Ledger()
{
    return {
        QStringLiteral("CREATE FUNCTION recovered_total(case_id BIGINT) RETURNS BIGINT LANGUAGE sql STABLE AS $$"
                       " SELECT coalesce(sum(m), 0)::BIGINT FROM (SELECT max(amount_fen) AS m FROM recovered_entries"
                       " WHERE complaint_id = case_id GROUP BY coalesce(same_as, id)) g $$"),
        QStringLiteral("CREATE FUNCTION recovered_entry_changed() RETURNS trigger LANGUAGE plpgsql AS $$"
                       " BEGIN"
                       " IF TG_OP IN ('UPDATE', 'DELETE') THEN"
                       " UPDATE complaints SET recovered_fen = recovered_total(OLD.complaint_id)"
                       " WHERE id = OLD.complaint_id;"
                       " END IF;"
                       " IF TG_OP IN ('INSERT', 'UPDATE') THEN"
                       " UPDATE complaints SET recovered_fen = recovered_total(NEW.complaint_id)"
                       " WHERE id = NEW.complaint_id;"
                       " END IF;"
                       " RETURN NULL;"
                       " END $$"),
        QStringLiteral("CREATE TRIGGER recovered_entry_insert AFTER INSERT ON recovered_entries"
                       " FOR EACH ROW EXECUTE FUNCTION recovered_entry_changed()"),
        QStringLiteral("CREATE TRIGGER recovered_entry_update AFTER UPDATE ON recovered_entries"
                       " FOR EACH ROW EXECUTE FUNCTION recovered_entry_changed()"),
        QStringLiteral("CREATE TRIGGER recovered_entry_delete AFTER DELETE ON recovered_entries"
                       " FOR EACH ROW EXECUTE FUNCTION recovered_entry_changed()"),
        // An UPDATE that sets any other total fails, with SQLite's message. (A trigger's WHEN
        // cannot hold a subquery here, so the function checks.)
        QStringLiteral("CREATE FUNCTION recovered_fen_derived() RETURNS trigger LANGUAGE plpgsql AS $$"
                       " BEGIN"
                       " IF NEW.recovered_fen <> recovered_total(NEW.id) THEN"
                       " RAISE EXCEPTION 'complaints.recovered_fen is the total of recovered_entries'"
                       " USING ERRCODE = 'check_violation';"
                       " END IF;"
                       " RETURN NEW;"
                       " END $$"),
        QStringLiteral("CREATE TRIGGER recovered_fen_derived BEFORE UPDATE OF recovered_fen ON complaints"
                       " FOR EACH ROW EXECUTE FUNCTION recovered_fen_derived()"),
    };
}

} // namespace casedesk
