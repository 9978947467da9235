#pragma once

#include "result.h"

#include <QSqlDatabase>

#include <functional>

// Keeps the statistics summaries (table stats_summary, schema v12) equal to what the cases
// say. Triggers note every (month, district) a change touches in stats_dirty; refresh()
// recounts just those, and recountAll() everything (after an upgrade, a bulk write, or a
// change of calendar or deadline rules, which the triggers note as '*').
//
// Counting is one pass over the cases in scope, added up in C++: the same definitions as
// the live SQL of StatsRepository (docs/statistics.md), and the tests compare the two.

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

private:
    Status recount(bool everything, const StatsProgress &progress);

    QSqlDatabase m_db;
};

} // namespace casedesk
