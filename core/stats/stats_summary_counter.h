#pragma once

#include "result.h"

#include <QSqlDatabase>

#include <functional>

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

} // namespace casedesk
