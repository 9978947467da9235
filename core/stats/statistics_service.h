#pragma once

#include "calendar/working_calendar.h"
#include "deadlines/deadline_rules.h"
#include "result.h"
#include "stats/stats_figures.h"
#include "stats/stats_repository.h"

#include <QSqlDatabase>

// The statistics a supervisor reads: a period's measures with their 同比 and 环比, the
// breakdowns, top businesses, hot industries and monthly series. Only users allowed
// ViewStatistics get a service (forUser). The SQL is in StatsRepository, the arithmetic
// in stats_figures: this class puts the two together.

namespace casedesk {

// One month of a year's series: its counts (and so every rate).
struct MonthCounts {
    int month = 1; // 1–12
    PeriodCounts counts;
};

class StatisticsService {
public:
    // A service for `actor`, or Forbidden if their role may not view statistics.
    static Result<StatisticsService> forUser(const QSqlDatabase &db, const QString &actor);

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

    // The ids of the cases flagged as typical in the period, within the filter.
    Result<QList<qint64>> typicalCaseIds(const StatsPeriod &period, const StatsFilter &filter = {}) const
    {
        return m_repository.typicalCaseIds(period.from, period.to, filter);
    }
    // The districts there are to filter by.
    Result<QStringList> districts() const { return m_repository.districts(); }

private:
    explicit StatisticsService(QSqlDatabase db) : m_db(db), m_repository(db) {}
    Status loadRules() const;

    QSqlDatabase m_db;
    StatsRepository m_repository;
    // Loaded once per service for the on-time check.
    mutable bool m_rulesLoaded = false;
    mutable QList<DeadlineRuleSet> m_ruleSets;
    mutable WorkingCalendar m_calendar;
};

} // namespace casedesk
