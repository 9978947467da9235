#pragma once

#include "result.h"

#include <QDateTime>
#include <QSqlDatabase>

namespace casedesk::demo {

// Gives the demo's closed cases what a council's later work adds: money recovered on the
// resolved ones, follow-up visits with results and attitude ratings, and a few typical
// cases, so the dashboard and reports look real. Runs inside the generator's transaction;
// like the invented timelines it writes no audit lines. Nothing lies after `end`. Only
// cases with an id above `afterId` (those of this run) are touched, so demo data added to
// a demo database leaves the earlier cases' visits and typical cases alone.
Status addDemoFollowUps(const QSqlDatabase &db, quint64 seed, const QDateTime &end, qint64 afterId);

} // namespace casedesk::demo
