#pragma once

#include "result.h"
#include "stats/stats_case_facts.h"

#include <QSqlDatabase>

#include <functional>
#include <memory>

// Keeps the statistics summaries (stats_summary, schema v12) equal to what the cases say.
// Triggers note the cases that changed and the months whose mediation or follow-up results
// did; refresh() takes each changed case's old facts (stats_case_facts) off the summaries
// and adds its new ones, so one change costs a few rows. recountAll() counts every case
// again, as refresh() does by itself after an upgrade, a bulk write or a change of the
// calendar or the deadline rules (noted as '*'), or when very many cases changed.
//
// The definitions are those of the live SQL of StatsRepository (docs/statistics.md); the
// tests compare the two, and a refreshed table with a full recount.

namespace casedesk {

// Called between steps with how many of `total` are done; returning false stops the count,
// which then writes nothing and ends with ErrorCode::Cancelled.
using StatsProgress = std::function<bool(int done, int total)>;

class StatsSummaryCounter {
public:
    explicit StatsSummaryCounter(QSqlDatabase db) : m_db(std::move(db)) {}

    // Whether anything waits to be recounted, and whether that is everything.
    Result<bool> isStale() const;
    Result<bool> needsFullRecount() const;

    // Recounts what changed since the last refresh (everything if a full recount is due),
    // in one transaction.
    Status refresh(const StatsProgress &progress = {});
    // Throws every summary away and counts all cases again, in one transaction.
    Status recountAll(const StatsProgress &progress = {});
    // What refresh() does, inside the caller's open transaction: a bulk write (demo data, an
    // import) counts its cases before it commits, so the first dashboard after it has
    // nothing left to count.
    Status refreshWithinTransaction(const StatsProgress &progress = {});

private:
    Status recount(bool everything, const StatsProgress &progress);
    Status countPending(bool everything, const StatsProgress &progress);

    QSqlDatabase m_db;
};

// Counts the statistics of cases a bulk writer knows as it writes them, into a file whose
// summaries are empty (the demo's new file): each case's facts are worked out from its values
// (FactReader::facts), stored and added up as it is written, and the summaries written at the
// end, instead of reading a million cases back. Inside the writer's transaction.
class StatsBulkCount {
public:
    explicit StatsBulkCount(QSqlDatabase db);
    ~StatsBulkCount();
    StatsBulkCount(const StatsBulkCount &) = delete;
    StatsBulkCount &operator=(const StatsBulkCount &) = delete;

    // Loads the rule sets and the calendar, and empties the facts and the summaries.
    Status begin();
    // Works the facts out; used by one thread at a time.
    const summary::FactReader &reader() const;
    // Counts one case's facts (their money recovered left out, see store()): on the thread that
    // works them out, while store() runs on the writing one.
    void count(const summary::CaseFacts &f);
    // Counts one step of a counted case's timeline: its stored time and the status it reached
    // (a mediation result counts in the month of that time and the case's district). Every
    // step of every case goes through here, on the thread that counts the cases: the
    // timelines are not read back.
    void countStep(const QString &district, const QString &storedAt, const QString &status);
    // Stores one written case's facts (summary::factRow() with its id and money recovered
    // filled in); the money recovered is added to the summaries of its finished month and district.
    Status store(const QVariantList &row, const QString &finishedMonth, const QString &district);
    // Counts the result of one follow-up visit written for a stored case (its stored time, its
    // result; one not reached has none): on the thread that calls store(). Every visit of every
    // case goes through here: the visits are not read back.
    void countFollowUp(const QString &district, const QString &storedAt, const QString &result);
    // Writes the summaries and clears what the triggers noted. If the file holds cases not
    // added here, counts everything from the tables instead.
    Status finish();

private:
    struct State;
    QSqlDatabase m_db;
    std::unique_ptr<State> m;
};

} // namespace casedesk
