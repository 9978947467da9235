#pragma once

#include "demo/weighted_random.h"
#include "result.h"
#include "storage/prepared_insert.h"

#include <QDateTime>
#include <QSqlDatabase>

#include <functional>

namespace casedesk::demo {

// A closed demo case as the follow-up work sees it.
struct ClosedCase {
    qint64 id = 0;
    QDateTime closedAt;
    QString assignee;
    qint64 amountFen = 0;
    bool resolved = false; // closed after an agreement or after the business settled it
    QString category;
    QString business;
};

// Gives the demo's closed cases what a council's later work adds: money recovered on the
// resolved ones, follow-up visits with results and attitude ratings, and a few typical
// cases, so the dashboard and reports look real. Runs inside the generator's transaction
// while it writes the cases (no second pass over a million rows); like the invented
// timelines it writes no audit lines. Nothing lies after `end`. Closed cases are given one
// by one in the order they are written, so a seed always gives the same visits.
class DemoFollowUps {
public:
    DemoFollowUps(const QSqlDatabase &db, quint64 seed, const QDateTime &end);

    // The money recovered on a closed case (0 unless resolved): asked before it is written.
    qint64 recovered(bool resolved, qint64 amountFen);
    // The visits and, now and then, the typical case for the closed case just written.
    // `answered` (when given) hears the stored time and result of the visit that reached the
    // complainant, for the statistics.
    using Answered = std::function<void(const QString &storedAt, const QString &result)>;
    Status add(const ClosedCase &c, qint64 recoveredFen, const Answered &answered = {});

private:
    Status run(PreparedInsert &insert, std::initializer_list<BoundValue> values);

    QDateTime m_end;
    Dice m_dice;
    WeightedTable m_resolvedResults;
    WeightedTable m_unresolvedResults;
    int m_resolvedSeen = 0;
    PreparedInsert m_typical;
    PreparedInsert m_visit;
    Status m_prepared;
};

} // namespace casedesk::demo
