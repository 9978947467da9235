#include "storage/server_schema_steps.h"

namespace casedesk {

// What the server adds to SQLite's model: the audit trail and the desk log protect themselves.
// Anyone holding a SQLite file can rewrite it, so there the hash chains and the desks' anchors
// show a change after the fact; on a server any caseworker with psql could otherwise UPDATE or
// DELETE a line. So: audit_log and desk_events take INSERTs only, and their chain heads
// (audit_chain, desk_chain) may move forward but not back and cannot be deleted. Only the
// tables' owner can get round it (ALTER TABLE … DISABLE TRIGGER), which the office's CaseDesk
// roles are not; the chains still show what an owner did. The refusal is SQLSTATE 42501, which
// the core reports as "the database server refused this for your account".
QStringList serverSchemaV1Trail()
{
    return {
        QStringLiteral("CREATE FUNCTION trail_insert_only() RETURNS trigger LANGUAGE plpgsql AS $$"
                       " BEGIN"
                       " RAISE EXCEPTION '% is kept insert-only on the server: % refused', TG_TABLE_NAME, TG_OP"
                       " USING ERRCODE = 'insufficient_privilege';"
                       " END $$"),
        QStringLiteral(
            "CREATE FUNCTION trail_head_forward() RETURNS trigger LANGUAGE plpgsql AS $$"
            " BEGIN"
            " IF TG_OP = 'UPDATE' AND NEW.id = OLD.id AND NEW.last_id >= OLD.last_id THEN RETURN NEW; END IF;"
            " RAISE EXCEPTION '% (the chain''s newest line) only moves forward: % refused',"
            " TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';"
            " END $$"),
        QStringLiteral("CREATE TRIGGER audit_log_insert_only BEFORE UPDATE OR DELETE ON audit_log"
                       " FOR EACH ROW EXECUTE FUNCTION trail_insert_only()"),
        QStringLiteral("CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log"
                       " FOR EACH STATEMENT EXECUTE FUNCTION trail_insert_only()"),
        QStringLiteral("CREATE TRIGGER desk_events_insert_only BEFORE UPDATE OR DELETE ON desk_events"
                       " FOR EACH ROW EXECUTE FUNCTION trail_insert_only()"),
        QStringLiteral("CREATE TRIGGER desk_events_no_truncate BEFORE TRUNCATE ON desk_events"
                       " FOR EACH STATEMENT EXECUTE FUNCTION trail_insert_only()"),
        QStringLiteral("CREATE TRIGGER audit_chain_forward BEFORE UPDATE OR DELETE ON audit_chain"
                       " FOR EACH ROW EXECUTE FUNCTION trail_head_forward()"),
        QStringLiteral("CREATE TRIGGER audit_chain_no_truncate BEFORE TRUNCATE ON audit_chain"
                       " FOR EACH STATEMENT EXECUTE FUNCTION trail_insert_only()"),
        QStringLiteral("CREATE TRIGGER desk_chain_forward BEFORE UPDATE OR DELETE ON desk_chain"
                       " FOR EACH ROW EXECUTE FUNCTION trail_head_forward()"),
        QStringLiteral("CREATE TRIGGER desk_chain_no_truncate BEFORE TRUNCATE ON desk_chain"
                       " FOR EACH STATEMENT EXECUTE FUNCTION trail_insert_only()"),
    };
}

} // namespace casedesk
