#pragma once

#include "result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QStringList>

namespace casedesk {

// Gives the demo's complaints against card-selling businesses (gyms, salons, schools,
// laundries...) prepaid-card details, inside the generator's transaction. The businesses
// named in `burstBusinesses` closed overnight: their members report them closed or gone
// without notice. Deterministic for a seed. Only complaints with an id above `afterId`
// (those of this run) get cards, so earlier demo cases keep theirs.
Status addDemoPrepaidCards(const QSqlDatabase &db, const QStringList &burstBusinesses, quint64 seed,
                           const QDateTime &now, qint64 afterId);

} // namespace casedesk
