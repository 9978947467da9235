#pragma once

#include "result.h"

#include <QDate>
#include <QSqlDatabase>

namespace casedesk {

// Mediation data for demo cases: a small mediator directory and two courts, held sessions
// for the cases in mediation with some booked in the coming days (the agenda has something
// to show), and a signed agreement for each case that reached one. Deterministic by `seed`.
// Only cases with an id above `afterId` (this run's) get sessions; people and courts already
// in the directory (an earlier demo run) are reused, not added twice.
Status addDemoMediation(const QSqlDatabase &db, quint64 seed, const QDate &until, qint64 afterId);

} // namespace casedesk
