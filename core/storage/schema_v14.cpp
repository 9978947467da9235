#include "storage/schema_steps.h"

namespace casedesk {

// Version 14: renaming a business no longer re-indexes all its cases inside the saving
// transaction (issue 15).
//
// Step 11's triggers re-indexed every case of a business whenever its name was written,
// inside the statement that wrote it: 2,500 cases held the file for seconds and every other
// desk got "database is busy". Now a real rename only notes, per case, the document the index
// still holds (case_search_stale), which is a plain copy; core/storage/case_search.cpp
// (reindexStaleCases) then re-indexes those cases in short transactions of their own. Until
// then the index keeps the old document, so a case is found by its business's old name for a
// moment, and every trigger that takes a document out of the index takes out the one it holds:
// the noted one if there is one. The complainant's triggers still re-index at once (a few cases
// each) but, like the business's, only when a value really changes.
QStringList schemaVersion14()
{
    // The document the index holds for the case `s.id` of case_search_source.
    const QString indexed =
        QStringLiteral("COALESCE((SELECT t.doc FROM case_search_stale t WHERE t.complaint_id = s.id), s.doc)");
    const QString consumerChanged = QStringLiteral(" WHEN old.name IS NOT new.name OR old.phone IS NOT new.phone");
    return {
        QStringLiteral("CREATE TABLE case_search_stale (complaint_id INTEGER PRIMARY KEY, doc TEXT NOT NULL)"),
        QStringLiteral("DROP TRIGGER case_search_complaint_delete"),
        QStringLiteral("DROP TRIGGER case_search_complaint_before"),
        QStringLiteral("DROP TRIGGER case_search_consumer_before"),
        QStringLiteral("DROP TRIGGER case_search_consumer_after"),
        QStringLiteral("DROP TRIGGER case_search_business_before"),
        QStringLiteral("DROP TRIGGER case_search_business_after"),
        QStringLiteral("CREATE TRIGGER case_search_complaint_delete BEFORE DELETE ON complaints BEGIN"
                       " INSERT INTO case_search(case_search, rowid, doc)"
                       " SELECT 'delete', s.id, %1 FROM case_search_source s WHERE s.id = old.id;"
                       " DELETE FROM case_search_stale WHERE complaint_id = old.id;"
                       " END")
            .arg(indexed),
        QStringLiteral("CREATE TRIGGER case_search_complaint_before BEFORE UPDATE OF case_number, consumer_id,"
                       " business_id, demand, facts ON complaints BEGIN"
                       " INSERT INTO case_search(case_search, rowid, doc)"
                       " SELECT 'delete', s.id, %1 FROM case_search_source s WHERE s.id = old.id;"
                       " DELETE FROM case_search_stale WHERE complaint_id = old.id;"
                       " END")
            .arg(indexed),
        QStringLiteral("CREATE TRIGGER case_search_consumer_before BEFORE UPDATE OF name, phone ON consumers%1 BEGIN"
                       " INSERT INTO case_search(case_search, rowid, doc) SELECT 'delete', s.id, %2"
                       " FROM complaints c JOIN case_search_source s ON s.id = c.id WHERE c.consumer_id = old.id;"
                       " DELETE FROM case_search_stale WHERE complaint_id IN"
                       " (SELECT id FROM complaints WHERE consumer_id = old.id);"
                       " END")
            .arg(consumerChanged, indexed),
        QStringLiteral("CREATE TRIGGER case_search_consumer_after AFTER UPDATE OF name, phone ON consumers%1 BEGIN"
                       " INSERT INTO case_search(rowid, doc) SELECT s.id, s.doc"
                       " FROM complaints c JOIN case_search_source s ON s.id = c.id WHERE c.consumer_id = new.id;"
                       " END")
            .arg(consumerChanged),
        // Not INSERT OR IGNORE: inside a trigger the conflict clause of the firing statement wins.
        QStringLiteral("CREATE TRIGGER case_search_business_renamed BEFORE UPDATE OF name ON businesses"
                       " WHEN old.name IS NOT new.name BEGIN"
                       " INSERT INTO case_search_stale(complaint_id, doc) SELECT s.id, s.doc"
                       " FROM complaints c JOIN case_search_source s ON s.id = c.id WHERE c.business_id = old.id"
                       " AND NOT EXISTS (SELECT 1 FROM case_search_stale t WHERE t.complaint_id = c.id);"
                       " END"),
    };
}

} // namespace casedesk
