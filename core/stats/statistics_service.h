#pragma once

#include "calendar/working_calendar.h"
#include "deadlines/deadline_rules.h"
#include "result.h"
#include "stats/stats_figures.h"
#include "stats/stats_repository.h"
#include "stats/stats_summary_reader.h"

#include <QSqlDatabase>

// The statistics a supervisor reads: a period's measures with their 同比 and 环比, the
// breakdowns, top businesses, hot industries and monthly series. Only users allowed
// ViewStatistics get a service (forUser). Whole months and years, for everyone or one
// district, come from the summaries (StatsSummaryReader, recounted first where cases
// changed); anything else is counted live (StatsRepository). The arithmetic is in
// stats_figures: this class puts them together.

namespace casedesk {

// One month of a year's series: its counts (and so every rate).
struct MonthCounts {
    int month = 1; // 1–12
    PeriodCounts counts;
};

// Where the counts come from: the summaries where they can answer (the application), or
// always the case tables (the reference the tests and the benchmark compare with).
enum class StatsSource { Summaries, Live };

class StatisticsService {
public:
    // A service for `actor`, or Forbidden if their role may not view statistics.
    static Result<StatisticsService> forUser(const QSqlDatabase &db, const QString &actor,
                                             StatsSource source = StatsSource::Summaries);

    Result<PeriodCounts> counts(const StatsPeriod &period, const StatsFilter &filter = {}) const;
    // The period with its previous period (环比) and the same period a year earlier (同比).
    Result<StatsSummary> summary(const StatsPeriod &period, const StatsFilter &filter = {}) const;
    // Groups sorted by cases received, largest first (then by label); empty groups are
    // named "(not recorded)" / "(unassigned)".
    Result<QList<BreakdownRow>> breakdown(StatsDimension dimension, const StatsPeriod &period,
                                          const StatsFilter &filter = {}) const;
    Result<QList<BreakdownRow>> topBusinesses(const StatsPeriod &period, const StatsFilter &filter = {},
                                              int limit = 10) const;
    // Categories (industries) whose volume grew most against the same period last year.
    Result<QList<GrowthRow>> hotIndustries(const StatsPeriod &period, const StatsFilter &filter = {},
                                           int limit = 5) const;
    // Cases received per month of `year` (12 values, January first).
    Result<QList<qint64>> monthlyReceived(int year, const StatsFilter &filter = {}) const;
    // Every month of `year` up to `until` (months after it are left out).
    Result<QList<MonthCounts>> monthlyCounts(int year, QDate until, const StatsFilter &filter = {}) const;

    // The ids of the cases closed in the period (whose money the period counts), within the filter.
    Result<QList<qint64>> finishedCaseIds(const StatsPeriod &period, const StatsFilter &filter = {}) const
    {
        return m_repository.finishedCaseIds(period.from, period.to, filter);
    }
    // The ids of the cases flagged as typical in the period, within the filter.
    Result<QList<qint64>> typicalCaseIds(const StatsPeriod &period, const StatsFilter &filter = {}) const
    {
        return m_repository.typicalCaseIds(period.from, period.to, filter);
    }
    // The districts there are to filter by.
    Result<QStringList> districts() const { return m_repository.districts(); }

private:
    StatisticsService(QSqlDatabase db, StatsSource source)
        : m_db(db), m_source(source), m_repository(db), m_summaries(db)
    {
    }
    Status loadRules() const;
    // The groups of `dimension`, largest first; at most `limit` of them unless it is negative.
    Result<QList<BreakdownRow>> groups(StatsDimension dimension, const StatsPeriod &period, const StatsFilter &filter,
                                       int limit) const;
    // The summary periods that answer for `period` and `filter` once recounted, or empty:
    // count it live.
    QStringList summaryPeriods(const StatsPeriod &period, const StatsFilter &filter) const;

    QSqlDatabase m_db;
    StatsSource m_source;
    StatsRepository m_repository;
    StatsSummaryReader m_summaries;
    // Loaded once per service for the on-time check.
    mutable bool m_rulesLoaded = false;
    mutable QList<DeadlineRuleSet> m_ruleSets;
    mutable WorkingCalendar m_calendar;
};

} // namespace casedesk
