#include "storage/schema_steps.h"

namespace casedesk {

// Version 11: text search that stays fast with a million cases.
//
// case_search is an FTS5 index with the trigram tokenizer over one document per complaint:
// case number, complainant, phone, business, demand and facts, joined with a unit separator
// (char 31) so that a match cannot run from one field into the next, and ending in two of them
// so that every character of the text starts a trigram: a one- or two-character term is then
// found through the trigrams that begin with it (see core/storage/case_search.cpp). It is an
// external-content index over the view case_search_source, so the text is not stored twice.
// Triggers keep it current when a case, its complainant (including anonymisation) or its
// business changes. All of this is SQLite-only and lives with the rest of it in core/storage.
QStringList schemaVersion11()
{
    return {
        QStringLiteral("CREATE VIEW case_search_source AS"
                       " SELECT c.id AS id,"
                       " c.case_number || char(31) || p.name || char(31) || p.phone || char(31) || b.name"
                       " || char(31) || c.demand || char(31) || c.facts || char(31) || char(31) AS doc"
                       " FROM complaints c JOIN consumers p ON p.id = c.consumer_id"
                       " JOIN businesses b ON b.id = c.business_id"),
        QStringLiteral("CREATE VIRTUAL TABLE case_search USING fts5(doc, content='case_search_source',"
                       " content_rowid='id', tokenize='trigram')"),
        QStringLiteral("INSERT INTO case_search(case_search) VALUES ('rebuild')"),
        // The index's terms with the number of cases holding each: short terms are looked up
        // here by prefix, and every term's frequency decides how a page is fetched.
        QStringLiteral("CREATE VIRTUAL TABLE case_search_vocab USING fts5vocab(case_search, 'row')"),

        // Sorting the list by amount or by complainant reads these in order and stops after a
        // page, instead of sorting a million rows (sorting by business uses businesses_name).
        QStringLiteral("CREATE INDEX complaints_amount ON complaints(amount_fen, id)"),
        QStringLiteral("CREATE INDEX consumers_name ON consumers(name)"),

        // External content: an entry is removed by giving FTS5 the text it was indexed with,
        // so the old document is read from the view BEFORE the change and the new one after it.
        QStringLiteral("CREATE TRIGGER case_search_complaint_insert AFTER INSERT ON complaints BEGIN"
                       " INSERT INTO case_search(rowid, doc) SELECT id, doc FROM case_search_source WHERE id = new.id;"
                       " END"),
        QStringLiteral("CREATE TRIGGER case_search_complaint_delete BEFORE DELETE ON complaints BEGIN"
                       " INSERT INTO case_search(case_search, rowid, doc)"
                       " SELECT 'delete', id, doc FROM case_search_source WHERE id = old.id;"
                       " END"),
        QStringLiteral("CREATE TRIGGER case_search_complaint_before BEFORE UPDATE OF case_number, consumer_id,"
                       " business_id, demand, facts ON complaints BEGIN"
                       " INSERT INTO case_search(case_search, rowid, doc)"
                       " SELECT 'delete', id, doc FROM case_search_source WHERE id = old.id;"
                       " END"),
        QStringLiteral("CREATE TRIGGER case_search_complaint_after AFTER UPDATE OF case_number, consumer_id,"
                       " business_id, demand, facts ON complaints BEGIN"
                       " INSERT INTO case_search(rowid, doc) SELECT id, doc FROM case_search_source WHERE id = new.id;"
                       " END"),
        QStringLiteral("CREATE TRIGGER case_search_consumer_before BEFORE UPDATE OF name, phone ON consumers BEGIN"
                       " INSERT INTO case_search(case_search, rowid, doc) SELECT 'delete', s.id, s.doc"
                       " FROM complaints c JOIN case_search_source s ON s.id = c.id WHERE c.consumer_id = old.id;"
                       " END"),
        QStringLiteral("CREATE TRIGGER case_search_consumer_after AFTER UPDATE OF name, phone ON consumers BEGIN"
                       " INSERT INTO case_search(rowid, doc) SELECT s.id, s.doc"
                       " FROM complaints c JOIN case_search_source s ON s.id = c.id WHERE c.consumer_id = new.id;"
                       " END"),
        QStringLiteral("CREATE TRIGGER case_search_business_before BEFORE UPDATE OF name ON businesses BEGIN"
                       " INSERT INTO case_search(case_search, rowid, doc) SELECT 'delete', s.id, s.doc"
                       " FROM complaints c JOIN case_search_source s ON s.id = c.id WHERE c.business_id = old.id;"
                       " END"),
        QStringLiteral("CREATE TRIGGER case_search_business_after AFTER UPDATE OF name ON businesses BEGIN"
                       " INSERT INTO case_search(rowid, doc) SELECT s.id, s.doc"
                       " FROM complaints c JOIN case_search_source s ON s.id = c.id WHERE c.business_id = new.id;"
                       " END"),
    };
}

} // namespace casedesk
