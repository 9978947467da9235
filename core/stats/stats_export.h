#pragma once

#include "stats/stats_figures.h"

#include <QJsonObject>
#include <QString>

// The statistics as data for other programs: JSON (casedesk-cli stats --json; keys in
// docs/statistics.md) and CSV (statistics tables, UTF-8 with a byte-order mark so
// spreadsheet programs read the Chinese).

namespace casedesk {

QJsonObject summaryToJson(const StatsSummary &summary);

// Header row and one line per group: key, label, received, share, amount (yuan), closed,
// resolved, resolution rate. Fields are quoted where needed (RFC 4180).
QString breakdownToCsv(StatsDimension dimension, const QList<BreakdownRow> &rows);
// The measure lines: key, measure, value, 同比, 环比.
QString measuresToCsv(const StatsSummary &summary);

} // namespace casedesk
