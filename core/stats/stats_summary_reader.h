#pragma once

#include "result.h"
#include "stats/stats_figures.h"

#include <QDate>
#include <QMap>
#include <QSqlDatabase>
#include <QStringList>

// Reads the statistics summaries (stats_summary, kept by StatsSummaryCounter): whole months
// and years, for everyone or for one district. A year's dashboard then adds up a few hundred
// rows instead of reading a million cases. The caller refreshes the summaries first.

namespace casedesk {

class StatsSummaryReader {
public:
    explicit StatsSummaryReader(QSqlDatabase db) : m_db(std::move(db)) {}

    // The stored periods that make up from..to exactly: each whole calendar year as 'YYYY',
    // other whole months as 'YYYY-MM'. Empty when the range does not begin on a month's first
    // day and end on a month's last day: such a range is counted live.
    static QStringList periodsFor(QDate from, QDate to);
    // Whether the summaries can answer for `filter`: they are kept per district only.
    static bool covers(const StatsFilter &filter);
    // Whether they hold the groups of `dimension` for all of `periods`: businesses are kept
    // per year only (a month has nearly as many businesses as cases).
    static bool holdsGroups(StatsDimension dimension, const QStringList &periods);

    Status addCounts(const QStringList &periods, const QString &district, PeriodCounts &counts) const;
    // The groups of `dimension`, unsorted. With a `limit`, only the groups that can be among
    // the `limit` largest by cases received (ties included), for a top-N list.
    Result<QList<BreakdownRow>> breakdown(StatsDimension dimension, const QStringList &periods, const QString &district,
                                          int limit = -1) const;
    // Cases received per month of `year`, keyed 'YYYY-MM'.
    Result<QMap<QString, qint64>> receivedByMonth(int year, const QString &district) const;

private:
    Status labelRows(StatsDimension dimension, QList<BreakdownRow> &rows) const;

    QSqlDatabase m_db;
};

} // namespace casedesk
