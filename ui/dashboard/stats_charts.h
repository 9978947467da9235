#pragma once

#include "stats/statistics_service.h"

#include <QFont>
#include <QImage>
#include <QStringList>

class QChart;

// The statistics charts, built the same way for the dashboard (interactive, in a
// QChartView) and for the PDF report (rendered to an image). Each chart remembers the
// filter key of every bar or slice in the property "keys" (a QStringList), in the order of
// the bars or slices, so a click can open the matching cases.

namespace casedesk {

// Complaints per month of `year` (bars) against the year before.
QChart *monthlyVolumeChart(int year, const QList<qint64> &thisYear, const QList<qint64> &lastYear);
// The largest groups as horizontal bars (at most `limit`).
QChart *breakdownBarChart(const QString &title, const QList<BreakdownRow> &rows, int limit);
// Shares as a pie: the largest `limit` groups and one "Other" slice.
QChart *breakdownPieChart(const QString &title, const QList<BreakdownRow> &rows, int limit);
// Resolution, satisfaction and on-time rates per month, in percent; months without a
// defined rate have no point.
QChart *rateTrendChart(const QString &title, const QList<MonthCounts> &months);

// Gives every text of the chart `font` (titles a little larger and bold).
void setChartFont(QChart *chart, const QFont &font);

// Draws the chart (which it then deletes) at `size` logical pixels, `scale` times sharper.
QImage renderChart(QChart *chart, const QSize &size, qreal scale = 2.0);

// "1月" … "12月" in Chinese, "Jan" … "Dec" in English.
QStringList monthLabels();

} // namespace casedesk
