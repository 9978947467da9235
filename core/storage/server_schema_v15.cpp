#include "storage/server_schema_steps.h"

namespace casedesk {

// Server step 15 (no SQLite counterpart: a file has no database users): a complainant's full
// phone and ID number are read only by the roles that may reveal them (Permission::
// RevealPersonalData: supervisors) and the maintenance account. The other groups are not granted
// the columns that hold them (server_rights.cpp, refusedColumns()) and read the views below,
// which mask them as core/privacy/masking.cpp does; they find a complainant or a case by phone
// through definer functions that answer with ids only. The search documents hold the phone
// masked, so case_search can be read by all; a term of digits is also looked for in the full
// phones (core/storage/case_search.cpp), so a search finds what it found before.
QStringList serverSchemaVersion15()
{
    const QString definer = QStringLiteral("SECURITY DEFINER SET search_path = public, pg_temp");
    return {
        QStringLiteral("CREATE FUNCTION casedesk_may_reveal() RETURNS BOOLEAN LANGUAGE sql STABLE %1 AS $$"
                       " SELECT casedesk_is_maintenance()"
                       " OR pg_has_role(session_user, casedesk_group('supervisor'), 'MEMBER') $$")
            .arg(definer),
        // keepEnds() of masking.cpp: the first `head` and last `tail` characters kept, the rest
        // starred; a value no longer than both all starred.
        QStringLiteral("CREATE FUNCTION casedesk_masked(value TEXT, head INTEGER, tail INTEGER) RETURNS TEXT"
                       " LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$"
                       " SELECT CASE WHEN char_length(btrim(value)) <= head + tail"
                       " THEN repeat('*', char_length(btrim(value)))"
                       " ELSE left(btrim(value), head) || repeat('*', char_length(btrim(value)) - head - tail)"
                       " || right(btrim(value), tail) END $$"),
        // Owned by the schema's owner, the view reads every column; who asks decides what it shows
        // (the sub-select is worked out once per query).
        QStringLiteral("CREATE VIEW consumers_shown AS SELECT id, name,"
                       " CASE WHEN (SELECT casedesk_may_reveal()) THEN phone"
                       " ELSE casedesk_masked(phone, 3, 4) END AS phone,"
                       " CASE WHEN (SELECT casedesk_may_reveal()) THEN id_number"
                       " ELSE casedesk_masked(id_number, 6, 4) END AS id_number,"
                       " address, created_at, anonymised_at FROM consumers"),
        // The audit trail's record hash as core/storage/audit_chain.cpp works it out: each field
        // as "<byte length>:<UTF-8 bytes>;" (':' and ';' are one byte in UTF-8), a NULL as "".
        QStringLiteral("CREATE FUNCTION casedesk_audit_field(value TEXT) RETURNS BYTEA LANGUAGE sql IMMUTABLE"
                       " PARALLEL SAFE AS $$ SELECT convert_to(octet_length(convert_to(coalesce(value, ''), 'UTF8'))"
                       " || ':' || coalesce(value, '') || ';', 'UTF8') $$"),
        QStringLiteral("CREATE FUNCTION casedesk_audit_row_hash(id BIGINT, complaint_id BIGINT, at TEXT, actor TEXT,"
                       " action TEXT, field TEXT, old_value TEXT, new_value TEXT, prev_hash TEXT) RETURNS TEXT"
                       " LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT encode(sha256("
                       "casedesk_audit_field('casedesk-audit-v1') || casedesk_audit_field(id::text)"
                       " || casedesk_audit_field(coalesce(complaint_id, 0)::text) || casedesk_audit_field(at)"
                       " || casedesk_audit_field(actor) || casedesk_audit_field(action) || casedesk_audit_field(field)"
                       " || casedesk_audit_field(old_value) || casedesk_audit_field(new_value)"
                       " || casedesk_audit_field(prev_hash)), 'hex') $$"),
        // The trail as the groups that may not read its values read it: a phone or ID number in a
        // record masked (records written before this step may hold them in full; since, they are
        // written masked), and whether each record still matches its hash, which only a reader of
        // the full values can tell (audit_verifier.cpp reads it on a server).
        QStringLiteral("CREATE VIEW audit_log_shown AS SELECT id, complaint_id, at, actor, action, field,"
                       " CASE WHEN field = 'consumer.phone' AND NOT (SELECT casedesk_may_reveal())"
                       " THEN casedesk_masked(old_value, 3, 4)"
                       " WHEN field = 'consumer.idNumber' AND NOT (SELECT casedesk_may_reveal())"
                       " THEN casedesk_masked(old_value, 6, 4) ELSE old_value END AS old_value,"
                       " CASE WHEN field = 'consumer.phone' AND NOT (SELECT casedesk_may_reveal())"
                       " THEN casedesk_masked(new_value, 3, 4)"
                       " WHEN field = 'consumer.idNumber' AND NOT (SELECT casedesk_may_reveal())"
                       " THEN casedesk_masked(new_value, 6, 4) ELSE new_value END AS new_value,"
                       " prev_hash, hash,"
                       " casedesk_audit_row_hash(id, complaint_id, at, actor, action, field, old_value, new_value,"
                       " prev_hash) = hash AS intact"
                       " FROM audit_log"),
        // A liaison point's contact as the desk shows it (liaison/liaison_access.h): the phone in
        // full to supervisors, masked to caseworkers and administrators; neither to auditors.
        QStringLiteral("CREATE FUNCTION casedesk_reads_contacts() RETURNS BOOLEAN LANGUAGE sql STABLE %1 AS $$"
                       " SELECT casedesk_is_maintenance()"
                       " OR NOT pg_has_role(session_user, casedesk_group('auditor'), 'MEMBER') $$")
            .arg(definer),
        QStringLiteral("CREATE VIEW liaison_points_shown AS SELECT id, name, kind, host, address, district, street,"
                       " CASE WHEN (SELECT casedesk_reads_contacts()) THEN contact_person ELSE '' END AS contact_person,"
                       " CASE WHEN (SELECT casedesk_may_reveal()) THEN contact_phone"
                       " WHEN (SELECT casedesk_reads_contacts()) THEN casedesk_masked(contact_phone, 3, 4)"
                       " ELSE '' END AS contact_phone,"
                       " official, set_up_on, status, model_title, model_year, version, updated_by, updated_at"
                       " FROM liaison_points"),
        // The intake recognises a returning complainant by the phone typed in.
        QStringLiteral("CREATE FUNCTION casedesk_consumers_with_phone(wanted TEXT) RETURNS SETOF BIGINT"
                       " LANGUAGE sql STABLE %1 AS $$ SELECT id FROM consumers WHERE phone = wanted $$")
            .arg(definer),
        // The list's search for digits: the cases whose complainant's phone contains `term` (digits
        // and '-' only, which mean nothing special to LIKE; anything else finds nothing). pg_trgm
        // narrows from three characters on; the phones' 1- and 2-character pieces below that, as
        // the documents' pieces do (server_schema_v1_search.cpp).
        QStringLiteral("CREATE FUNCTION casedesk_cases_with_phone_containing(term TEXT) RETURNS SETOF BIGINT"
                       " LANGUAGE plpgsql STABLE %1 AS $$ BEGIN"
                       " IF term !~ '^[0-9-]+$' THEN RETURN; END IF;"
                       " IF char_length(term) >= 3 THEN"
                       " RETURN QUERY SELECT c.id FROM consumers p JOIN complaints c ON c.consumer_id = p.id"
                       " WHERE p.phone LIKE '%' || term || '%';"
                       " ELSE"
                       " RETURN QUERY SELECT c.id FROM consumers p JOIN complaints c ON c.consumer_id = p.id"
                       " WHERE case_search_grams(p.phone) @> ARRAY[term] AND p.phone LIKE '%' || term || '%';"
                       " END IF;"
                       " END $$")
            .arg(definer),
        // Retention (privacy/retention_service.h, an administrator's): the complainant's name,
        // phone, ID number and address taken from the letters on their cases.
        QStringLiteral("CREATE FUNCTION casedesk_erase_from_letters(consumer BIGINT, replacement TEXT) RETURNS VOID"
                       " LANGUAGE plpgsql %1 AS $$ DECLARE p consumers%ROWTYPE; BEGIN"
                       " IF NOT casedesk_is_maintenance()"
                       " AND NOT pg_has_role(session_user, casedesk_group('administrator'), 'MEMBER') THEN"
                       " RAISE EXCEPTION 'casedesk: only an administrator erases a complainant''s data'"
                       " USING ERRCODE = 'insufficient_privilege'; END IF;"
                       " SELECT * INTO p FROM consumers WHERE id = consumer;"
                       " IF NOT FOUND THEN RETURN; END IF;"
                       " UPDATE letters SET addressee = CASE WHEN addressee = p.name THEN replacement ELSE addressee END,"
                       " body = replace(replace(replace(replace(body, p.name, replacement), p.phone, ''),"
                       " p.id_number, ''), p.address, ''),"
                       " page = replace(replace(replace(replace(page, p.name, replacement), p.phone, ''),"
                       " p.id_number, ''), p.address, '')"
                       " WHERE complaint_id IN (SELECT id FROM complaints WHERE consumer_id = consumer);"
                       " END $$")
            .arg(definer),
        QStringLiteral("CREATE INDEX consumers_phone_trigrams ON consumers USING gin (phone gin_trgm_ops)"),
        QStringLiteral("CREATE INDEX consumers_phone_pieces ON consumers USING gin (case_search_grams(phone))"),
        // The documents: the phone masked. The triggers that build them read this view, whose
        // owner reads consumers whoever registers the case.
        QStringLiteral("CREATE OR REPLACE VIEW case_search_source AS"
                       " SELECT c.id AS id,"
                       " c.case_number || chr(31) || p.name || chr(31) || casedesk_masked(p.phone, 3, 4)"
                       " || chr(31) || b.name || chr(31) || c.demand || chr(31) || c.facts || chr(31) || chr(31) AS doc"
                       " FROM complaints c JOIN consumers p ON p.id = c.consumer_id"
                       " JOIN businesses b ON b.id = c.business_id"),
        QStringLiteral("UPDATE case_search s SET doc = v.doc FROM case_search_source v"
                       " WHERE v.id = s.rowid AND s.doc IS DISTINCT FROM v.doc"),
        // A noted document keeps the business's old name: only its third field changes.
        QStringLiteral("UPDATE case_search_stale SET doc = array_to_string((string_to_array(doc, chr(31)))[1:2]"
                       " || casedesk_masked(split_part(doc, chr(31), 3), 3, 4)"
                       " || (string_to_array(doc, chr(31)))[4:], chr(31))"),
    };
}

} // namespace casedesk
