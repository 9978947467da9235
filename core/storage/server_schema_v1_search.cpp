#include "storage/server_schema_steps.h"

namespace casedesk {

// The list's text search on the server: SQLite steps 11 and 14 with pg_trgm instead of FTS5.
//
// case_search holds one document per complaint, built by the view case_search_source exactly as
// on SQLite (case number, complainant, phone, business, demand, facts joined by char 31 and
// ending in two of them), so documents compare equal across engines. Two GIN indexes find a
// term in it; the port of core/storage/case_search.cpp uses, with the value bound to
// '%' + escapeLike(text) + '%':
//
//   3 or more characters (pg_trgm's trigrams, gin_trgm_ops):
//     c.id IN (SELECT rowid FROM case_search WHERE doc ILIKE ? ESCAPE '\')
//   1 or 2 characters (pg_trgm cannot narrow these: every 1- and 2-character piece of the
//   lower-cased document, case_search_grams):
//     c.id IN (SELECT rowid FROM case_search
//              WHERE case_search_grams(doc) @> ARRAY[lower(?::text)] AND doc ILIKE ? ESCAPE '\')
//     with the first value the term itself (unescaped)
//   a page for a term with thousands of matches, walking the list's order instead:
//     COALESCE((SELECT s.doc FROM case_search s WHERE s.rowid = c.id) ILIKE ? ESCAPE '\', false)
//   and LIKE in place of ILIKE for a term without letters that have a case (Chinese, digits).
//
// ILIKE because FTS5's trigram tokenizer folds case; doc keeps the database's default
// collation (not "C") so ILIKE and lower() fold more than ASCII where the locale knows how.
// pg_trgm extracts trigrams with the database's LC_CTYPE: the database must use a UTF-8 locale
// or CJK text is not indexed. (SQLite's case_search_vocab, its path for short terms, has no
// counterpart here.)
//
// Triggers keep case_search current, as step 11's and 14's do on SQLite, under the same
// names where one trigger here does the work of a BEFORE/AFTER pair there (TriggerPause finds
// them by the same prefixes). A business renamed notes its cases in case_search_stale and
// leaves their documents for reindexStaleCases, as on SQLite; the port of that function
// replaces each noted case's row with the view's document (INSERT … ON CONFLICT (rowid) DO
// UPDATE) and deletes the note.
QStringList serverSchemaV1Search()
{
    return {
        // pg_trgm is a trusted extension: the database's owner may create it.
        QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_trgm"),
        QStringLiteral("CREATE VIEW case_search_source AS"
                       " SELECT c.id AS id,"
                       " c.case_number || chr(31) || p.name || chr(31) || p.phone || chr(31) || b.name"
                       " || chr(31) || c.demand || chr(31) || c.facts || chr(31) || chr(31) AS doc"
                       " FROM complaints c JOIN consumers p ON p.id = c.consumer_id"
                       " JOIN businesses b ON b.id = c.business_id"),
        QStringLiteral("CREATE TABLE case_search (rowid BIGINT PRIMARY KEY, doc TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX case_search_trigrams ON case_search USING gin (doc gin_trgm_ops)"),
        // Every 1- and 2-character piece of the lower-cased document (repeats are harmless: GIN
        // keeps each key once per row). A loop over the characters: about 30 µs a document,
        // where set-returning SQL took 2 ms.
        QStringLiteral("CREATE FUNCTION case_search_grams(doc TEXT) RETURNS TEXT[] LANGUAGE plpgsql IMMUTABLE"
                       " PARALLEL SAFE AS $$"
                       " DECLARE c TEXT[] := string_to_array(lower(doc), NULL);"
                       " n INTEGER := coalesce(cardinality(c), 0);"
                       " grams TEXT[] := coalesce(c, '{}');"
                       " BEGIN"
                       " FOR i IN 1 .. n - 1 LOOP grams := grams || (c[i] || c[i + 1]); END LOOP;"
                       " RETURN grams;"
                       " END $$"),
        QStringLiteral("CREATE INDEX case_search_short_terms ON case_search USING gin (case_search_grams(doc))"),
        // Step 14: the document the index still holds for a case whose business was renamed.
        QStringLiteral("CREATE TABLE case_search_stale (complaint_id BIGINT PRIMARY KEY, doc TEXT NOT NULL)"),

        QStringLiteral("CREATE FUNCTION case_search_complaint_insert() RETURNS trigger LANGUAGE plpgsql AS $$"
                       " BEGIN"
                       " INSERT INTO case_search(rowid, doc) SELECT s.id, s.doc FROM case_search_source s"
                       " WHERE s.id = NEW.id ON CONFLICT (rowid) DO UPDATE SET doc = EXCLUDED.doc;"
                       " RETURN NULL;"
                       " END $$"),
        QStringLiteral("CREATE TRIGGER case_search_complaint_insert AFTER INSERT ON complaints"
                       " FOR EACH ROW EXECUTE FUNCTION case_search_complaint_insert()"),

        QStringLiteral("CREATE FUNCTION case_search_complaint_delete() RETURNS trigger LANGUAGE plpgsql AS $$"
                       " BEGIN"
                       " DELETE FROM case_search WHERE rowid = OLD.id;"
                       " DELETE FROM case_search_stale WHERE complaint_id = OLD.id;"
                       " RETURN NULL;"
                       " END $$"),
        QStringLiteral("CREATE TRIGGER case_search_complaint_delete AFTER DELETE ON complaints"
                       " FOR EACH ROW EXECUTE FUNCTION case_search_complaint_delete()"),

        // SQLite's case_search_complaint_before and _after: the case's current document, the
        // note of a pending re-index gone.
        QStringLiteral("CREATE FUNCTION case_search_complaint_after() RETURNS trigger LANGUAGE plpgsql AS $$"
                       " BEGIN"
                       " DELETE FROM case_search WHERE rowid = OLD.id AND OLD.id <> NEW.id;"
                       " DELETE FROM case_search_stale WHERE complaint_id = OLD.id;"
                       " INSERT INTO case_search(rowid, doc) SELECT s.id, s.doc FROM case_search_source s"
                       " WHERE s.id = NEW.id ON CONFLICT (rowid) DO UPDATE SET doc = EXCLUDED.doc;"
                       " RETURN NULL;"
                       " END $$"),
        QStringLiteral("CREATE TRIGGER case_search_complaint_after AFTER UPDATE OF case_number, consumer_id,"
                       " business_id, demand, facts ON complaints"
                       " FOR EACH ROW EXECUTE FUNCTION case_search_complaint_after()"),

        // SQLite's case_search_consumer_before and _after: only when a value really changes.
        QStringLiteral("CREATE FUNCTION case_search_consumer_after() RETURNS trigger LANGUAGE plpgsql AS $$"
                       " BEGIN"
                       " DELETE FROM case_search_stale WHERE complaint_id IN"
                       " (SELECT id FROM complaints WHERE consumer_id = OLD.id);"
                       " INSERT INTO case_search(rowid, doc) SELECT s.id, s.doc"
                       " FROM complaints c JOIN case_search_source s ON s.id = c.id WHERE c.consumer_id = NEW.id"
                       " ON CONFLICT (rowid) DO UPDATE SET doc = EXCLUDED.doc;"
                       " RETURN NULL;"
                       " END $$"),
        QStringLiteral("CREATE TRIGGER case_search_consumer_after AFTER UPDATE OF name, phone ON consumers"
                       " FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.phone IS DISTINCT FROM NEW.phone)"
                       " EXECUTE FUNCTION case_search_consumer_after()"),

        // Step 14: a real rename notes the cases' documents (read before the change, so with
        // the old name) once; reindexStaleCases re-indexes them in short transactions.
        QStringLiteral("CREATE FUNCTION case_search_business_renamed() RETURNS trigger LANGUAGE plpgsql AS $$"
                       " BEGIN"
                       " INSERT INTO case_search_stale(complaint_id, doc) SELECT s.id, s.doc"
                       " FROM complaints c JOIN case_search_source s ON s.id = c.id WHERE c.business_id = OLD.id"
                       " ON CONFLICT (complaint_id) DO NOTHING;"
                       " RETURN NEW;"
                       " END $$"),
        QStringLiteral("CREATE TRIGGER case_search_business_renamed BEFORE UPDATE OF name ON businesses"
                       " FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name)"
                       " EXECUTE FUNCTION case_search_business_renamed()"),
    };
}

} // namespace casedesk
