#pragma once

#include "result.h"

#include <QDate>
#include <QSqlDatabase>
#include <QStringList>

namespace casedesk {

// Working with businesses in demo data (issue 20): complaint-network agreements with the
// businesses this run forwarded most cases to (`mostForwarded`, most first; those not networked
// yet, about one for every 30,000 cases, 5 to 30), the
// answer of each of their forwarded cases that was answered (settled with the money the case
// recovered, or not and why), and a talk (约谈) with each business of a sudden run of complaints
// (`burstBusinesses`) with its promises, checked when due. Only cases with an id above `afterId`
// (this run's); deterministic by `seed`; one transaction.
Status addDemoEnterprises(const QSqlDatabase &db, quint64 seed, const QDate &until, qint64 afterId,
                          const QStringList &burstBusinesses, const QList<qint64> &mostForwarded, int cases);

} // namespace casedesk
