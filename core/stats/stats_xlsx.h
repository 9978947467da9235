#pragma once

#include "result.h"
#include "stats/statistics_service.h"
#include "stats/stats_figures.h"

#include <QList>
#include <QString>

namespace casedesk {

// A period's statistics as an Excel workbook: the headline measures (counts, money in yuan,
// rates as percentages, with 同比 and 环比) and one sheet per breakdown; numbers stay numbers.
// `title` goes above each sheet's header (the period and the filter in words).
Status writeStatisticsXlsx(const StatsSummary &summary,
                           const QList<std::pair<StatsDimension, QList<BreakdownRow>>> &breakdowns,
                           const QString &path, const QString &title);

// The same for `period` and `filter`, every breakdown counted by `stats`.
Status writeStatisticsXlsx(const StatisticsService &stats, const StatsPeriod &period, const StatsFilter &filter,
                           const QString &path, const QString &title);

} // namespace casedesk
