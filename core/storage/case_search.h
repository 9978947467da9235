#pragma once

#include "result.h"
#include "storage/trigger_pause.h"

#include <QSqlDatabase>
#include <QStringList>
#include <QVariantList>

// Text search over cases, the engine-specific half: an FTS5 trigram index on SQLite (schema
// v11), pg_trgm and the documents' short pieces on a server (server_schema_v1_search.cpp).
// core/query builds the case list around the condition made here.

namespace casedesk {

// An SQL condition over the complaint alias `c` (and, when needsPartyJoin, consumer `p` and
// business `b`), with its bound values.
struct TextCondition {
    QString sql;
    QVariantList values;
    bool needsPartyJoin = false;
};

// What the condition is for: a page stops after a few hundred rows, a count reads them all.
enum class TextUse { Page, Count };

// Any substring of case number, complainant, phone, business, demand or facts (case-insensitive).
//
// Every character of an indexed case starts one of its trigrams (the document ends in two
// separators), so a term of three or more characters is a phrase of trigrams, and a term of one
// or two characters (退, 健身, a 2-digit fragment) is found through the indexed trigrams that
// begin with it (looked up by prefix in case_search_vocab). Both are exact.
//
// For a page, a term held by many cases is matched while the list walks its sort order (LIKE
// on SQLite, each case's document looked up on a server): that stops as soon as the page is
// full, where the index would first collect every match. A capped count on the index tells
// which way is cheaper.
//
// The numbers of matches where a page changes way (case_search.cpp says how they were chosen);
// tests lower them to try every way on a small file.
struct TextSearchPlan {
    // SQLite: from this many matches on, LIKE along the list's order.
    qint64 sqliteScanFrom = 5000;
    // Server: below this many, the matches collected; from it on, the list's order walked.
    qint64 serverWalkFrom = 3000;
};
Result<TextCondition> caseTextCondition(const QSqlDatabase &db, const QString &text, TextUse use,
                                        const TextSearchPlan &plan = {});


// Re-indexes the cases of renamed businesses (noted in case_search_stale, schema v14) in
// transactions of at most `chunk` cases each, so that a desk renaming a business with
// thousands of cases holds the file for a moment at a time, not for the whole re-index, and
// other desks' reads and writes go on in between. Returns how many cases were re-indexed.
// Called after a correction commits and when a file is opened (a rename whose re-index was
// cut short by a crash is finished there).
Result<qint64> reindexStaleCases(const QSqlDatabase &db, int chunk = 200);

// For bulk writers on a file with no cases yet: drops the index's triggers inside the
// writer's transaction so that each inserted case does not go through them (a join per
// case). The writer then either has each case's document indexed beside it
// (SearchIndexBuilder) and calls resume(false), or leaves the index alone and calls
// resume(true), which rebuilds it in one pass. Either way resume() recreates the triggers; a
// rollback brings them back with everything else.
class SearchIndexPause {
public:
    explicit SearchIndexPause(QSqlDatabase db) : m_db(db), m_triggers(db, QStringLiteral("case_search_")) {}
    Status pause() { return m_triggers.pause(); }
    Status resume(bool rebuild = true);

private:
    QSqlDatabase m_db;
    TriggerPause m_triggers;
};

} // namespace casedesk
