#include "storage/case_search.h"

#include "storage/engine.h"
#include "storage/sql_helpers.h"

#include <QRegularExpression>

#include <utility>

namespace casedesk {

namespace {

// TextSearchPlan::sqliteScanFrom: from this many matching cases on, a page is found faster by
// walking the list's sort order with LIKE (one case in 200 of a million matching: a page after
// about 40,000 cases) than by collecting every match from the index and sorting them.
// A count over more prefix terms than this reads every case with LIKE instead.
constexpr int kMaxPrefixTerms = 3000;

// FTS5 query syntax: a double-quoted string is one phrase, taken literally (quotes doubled),
// so operators, parentheses or asterisks in what the caseworker typed mean nothing special.
QString ftsPhrase(const QString &text)
{
    QString inner = text;
    inner.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + inner + QLatin1Char('"');
}

TextCondition likeCondition(const QString &text)
{
    const QString columns[] = {QStringLiteral("c.case_number"), QStringLiteral("p.name"), QStringLiteral("p.phone"),
                               QStringLiteral("b.name"),        QStringLiteral("c.demand"), QStringLiteral("c.facts")};
    TextCondition condition;
    QStringList any;
    for (const QString &column : columns) {
        any << column + QStringLiteral(" LIKE ? ESCAPE '\\'");
        condition.values << QLatin1Char('%') + escapeLike(text) + QLatin1Char('%');
    }
    condition.sql = QLatin1Char('(') + any.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    condition.needsPartyJoin = true;
    return condition;
}

TextCondition indexCondition(const QString &match)
{
    return {QStringLiteral("c.id IN (SELECT rowid FROM case_search WHERE case_search MATCH ?)"), {match}, false};
}

TextCondition nothing() { return {QStringLiteral("1 = 0"), {}, false}; }

// On a server (server_schema_v1_search.cpp): LIKE over the documents, narrowed by pg_trgm's
// trigrams from three characters on and by the documents' 1- and 2-character pieces below.
//
// ILIKE (FTS5 folds case) only for a term with letters that have a case: it lower-cases the
// whole document at every comparison, and for a Chinese term that doubled a page's time.
QString likeOperator(const QString &text)
{
    return text.toLower() == text.toUpper() ? QStringLiteral("LIKE") : QStringLiteral("ILIKE");
}

// The documents hold a complainant's phone masked (server step 15: who may not reveal it reads
// the documents too): a term that could be part of a phone is also looked for in the full phones,
// through a function that answers with case ids only. UNION ALL, as IN and ANY take each case
// once: the matches stream, so the count up to serverWalkFrom below stops early.
bool mayBeInPhone(const QString &text)
{
    static const QRegularExpression phonePiece(QStringLiteral("^[0-9-]+$"));
    return phonePiece.match(text).hasMatch();
}

QString serverMatches(const QString &text)
{
    const QString documents =
        (text.toUcs4().size() >= 3
             ? QStringLiteral("SELECT rowid FROM case_search WHERE doc %1 ? ESCAPE '\\'")
             : QStringLiteral("SELECT rowid FROM case_search WHERE case_search_grams(doc) @> ARRAY[lower(?::text)] "
                              "AND doc %1 ? ESCAPE '\\'"))
            .arg(likeOperator(text));
    return mayBeInPhone(text)
               ? documents + QStringLiteral(" UNION ALL SELECT casedesk_cases_with_phone_containing(?)")
               : documents;
}

QVariantList serverValues(const QString &text, const QString &pattern)
{
    QVariantList values = text.toUcs4().size() >= 3 ? QVariantList{pattern} : QVariantList{text, pattern};
    if (mayBeInPhone(text))
        values << text;
    return values;
}

// TextSearchPlan::serverWalkFrom: how a page of a server search for two or more characters is
// found, from the number of matches counted up to there through the indexes first (20-35 ms
// at most on a million cases: the count stops there).
//
// Fewer: the page comes from the matches collected and sorted. PostgreSQL's planner guesses a
// term's matches (pg_trgm has no statistics of its own) and, guessing one case in a hundred for
// a rare term, walked the list's order looking at each document: half a million documents for
// «跑步机» on a million cases (6.5 s; collected, 16 ms).
//
// More: the list walks its sort order and looks each case's document up by its key, stopping
// when the page is full, as SQLite's LIKE does (sortedWalk). Collecting every match instead
// fetched 16,000-21,000 documents and cases for «健身», «跑步» or «会员卡» on a million cases
// (300-450 ms) to show a page; the walk reads about page / share of the cases (20 ms). Here the
// two cost about the same: 3,000 matches collected or a walk of 17,000 cases on a million.
//
// A single character keeps the planner's choice: the pieces index has statistics of its own
// (ANALYZE samples its keys), so the guess is as good as a count, where counting a common
// character's first 3,000 matches through that index cost 75 ms («退», 740,000 matches).
//
// The walk's condition is one the planner can neither turn into a join nor estimate: a
// correlated lookup of the case's document. Bare, the planner took it to hold for one case in
// ten thousand and, for «会员卡», sorted the whole table to show a page (4.5 s). Inside
// COALESCE its estimate is one case in two (PostgreSQL's default for an expression it cannot
// see into), so a LIMIT makes the walk along the list's order its plan.
TextCondition sortedWalk(const QString &text, const QString &pattern)
{
    TextCondition walk{QStringLiteral("COALESCE((SELECT s.doc FROM case_search s WHERE s.rowid = c.id) %1 ? ESCAPE "
                                      "'\\', false)")
                           .arg(likeOperator(text)),
                       {pattern},
                       false};
    if (mayBeInPhone(text)) {
        walk.sql = QStringLiteral("(%1 OR c.id IN (SELECT casedesk_cases_with_phone_containing(?)))").arg(walk.sql);
        walk.values << text;
    }
    return walk;
}

Result<TextCondition> serverCondition(const QSqlDatabase &db, const QString &text, TextUse use, qint64 walkFrom)
{
    const QString pattern = QLatin1Char('%') + escapeLike(text) + QLatin1Char('%');
    const QString matches = serverMatches(text);
    const QVariantList values = serverValues(text, pattern);
    const TextCondition planned{QStringLiteral("c.id IN (%1)").arg(matches), values, false};
    if (use == TextUse::Count || text.toUcs4().size() < 2)
        return planned;
    auto probe = queryScalar(
        db, QStringLiteral("SELECT count(*) FROM (%1 LIMIT %2) probe").arg(matches).arg(walkFrom), values);
    if (!probe)
        return probe.error();
    if (probe->toLongLong() == 0)
        return nothing();
    if (probe->toLongLong() < walkFrom)
        return TextCondition{QStringLiteral("c.id = ANY(ARRAY(%1))").arg(matches), values, false};
    return sortedWalk(text, pattern);
}

} // namespace

Result<TextCondition> caseTextCondition(const QSqlDatabase &db, const QString &text, TextUse use,
                                        const TextSearchPlan &plan)
{
    if (engineOf(db) == Engine::Postgres)
        return serverCondition(db, text, use, plan.serverWalkFrom);
    // The trigram tokenizer folds case the same way for ASCII and most alphabets.
    const QString folded = text.toLower();
    QString match;
    if (folded.toUcs4().size() >= 3) {
        match = ftsPhrase(text);
    } else {
        // One or two characters: the trigrams that begin with them.
        auto terms = runQuery(db, QStringLiteral("SELECT term FROM case_search_vocab WHERE term >= ? AND term < ? || char(1114111)"),
                              {folded, folded});
        if (!terms)
            return terms.error();
        QStringList phrases;
        while (terms->next())
            phrases << ftsPhrase(terms->value(0).toString());
        if (phrases.isEmpty())
            return nothing();
        if (phrases.size() > kMaxPrefixTerms)
            return likeCondition(text); // a very common character: LIKE finds a page at once
        match = phrases.join(QStringLiteral(" OR "));
    }
    if (use == TextUse::Page) {
        // How many cases match, counted only up to the point where walking the list with LIKE
        // is sure to be cheaper (FTS5 stops reading the index there).
        auto probe = queryScalar(db, QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM case_search WHERE "
                                                    "case_search MATCH ? LIMIT %1)").arg(plan.sqliteScanFrom),
                                 {match});
        if (!probe)
            return probe.error();
        if (probe->toLongLong() == 0)
            return nothing();
        if (probe->toLongLong() >= plan.sqliteScanFrom)
            return likeCondition(text);
    }
    return indexCondition(match);
}

namespace {

// FTS5's merge settings (its defaults are automerge 4, crisismerge 16); `crisismerge` still
// bounds the number of segments, far below FTS5's limit of 2000.
Status setIndexMerging(const QSqlDatabase &db, int automerge, int crisismerge)
{
    for (const auto &[option, value] : {std::pair{"automerge", automerge}, std::pair{"crisismerge", crisismerge}}) {
        auto set = runQuery(db, QStringLiteral("INSERT INTO case_search(case_search, rank) VALUES (?, ?)"),
                            {QString::fromLatin1(option), value});
        if (!set)
            return set.error();
    }
    return {};
}

} // namespace

Result<qint64> reindexStaleCases(const QSqlDatabase &db, int chunk)
{
    qint64 done = 0;
    for (;;) {
        // Looked at before taking the write lock: with nothing noted (nearly always), opening
        // a file or saving a case never waits here for another desk's write.
        auto any = queryScalar(db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM case_search_stale)"));
        if (!any)
            return any.error();
        if (!any->toBool())
            return done;
        Transaction transaction(db);
        if (auto started = transaction.begin(); !started)
            return started.error();
        // The chunk: the noted cases up to this id.
        auto last = queryScalar(db,
                                QStringLiteral("SELECT max(complaint_id) FROM (SELECT complaint_id FROM "
                                               "case_search_stale ORDER BY complaint_id LIMIT ?) AS chunk"),
                                {chunk});
        if (!last)
            return last.error();
        if (last->isNull())
            return done;
        // FTS5 is told which document it drops; a server's table row is simply replaced.
        const QList<QString> statements =
            engineOf(db) == Engine::Postgres
                ? QList<QString>{QStringLiteral("INSERT INTO case_search(rowid, doc) SELECT s.id, s.doc FROM "
                                                "case_search_stale t JOIN case_search_source s ON s.id = "
                                                "t.complaint_id WHERE t.complaint_id <= ? "
                                                "ON CONFLICT (rowid) DO UPDATE SET doc = excluded.doc"),
                                 QStringLiteral("DELETE FROM case_search_stale WHERE complaint_id <= ?")}
                : QList<QString>{
                      QStringLiteral("INSERT INTO case_search(case_search, rowid, doc) SELECT 'delete', "
                                     "complaint_id, doc FROM case_search_stale WHERE complaint_id <= ?"),
                      QStringLiteral("INSERT INTO case_search(rowid, doc) SELECT s.id, s.doc FROM "
                                     "case_search_stale t JOIN case_search_source s ON s.id = t.complaint_id "
                                     "WHERE t.complaint_id <= ?"),
                      QStringLiteral("DELETE FROM case_search_stale WHERE complaint_id <= ?"),
                  };
        qint64 chunkCases = 0;
        for (const QString &sql : statements) {
            auto ran = runQuery(db, sql, {last.value()});
            if (!ran)
                return ran.error();
            chunkCases = ran->numRowsAffected();
        }
        if (auto committed = transaction.commit(); !committed)
            return committed.error();
        done += chunkCases;
    }
}

Status SearchIndexPause::resume(bool rebuild)
{
    if (!m_triggers.isPaused())
        return {};
    // Without `rebuild` the caller has had every new case indexed (SearchIndexBuilder).
    if (rebuild) {
        // Not merged as it goes (with automerge, a million cases were merged over and over:
        // 45 of their 70 s), then merged once into one segment.
        if (auto unmerged = setIndexMerging(m_db, 0, 1000); !unmerged)
            return unmerged;
        for (const char *command : {"rebuild", "optimize"}) {
            auto done = runQuery(m_db, QStringLiteral("INSERT INTO case_search(case_search) VALUES (?)"),
                                 {QString::fromLatin1(command)});
            if (!done)
                return done.error();
        }
        if (auto restored = setIndexMerging(m_db, 4, 16); !restored)
            return restored;
        // The rebuilt index holds every case's current document.
        if (auto cleared = runQuery(m_db, QStringLiteral("DELETE FROM case_search_stale")); !cleared)
            return cleared.error();
    }
    return m_triggers.resume();
}

} // namespace casedesk
