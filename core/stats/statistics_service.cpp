#include "stats/statistics_service.h"

#include "auth/permissions.h"
#include "stats/stats_summary_counter.h"
#include "storage/calendar_repository.h"
#include "storage/deadline_rule_repository.h"
#include "storage/user_repository.h"

#include <QCoreApplication>

#include <algorithm>

namespace casedesk {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Statistics)
};

void nameEmptyGroups(StatsDimension dimension, QList<BreakdownRow> &rows)
{
    for (BreakdownRow &row : rows) {
        if (!row.label.trimmed().isEmpty())
            continue;
        row.label = dimension == StatsDimension::Caseworker ? Msg::tr("(unassigned)") : Msg::tr("(not recorded)");
    }
}

void sortByVolume(QList<BreakdownRow> &rows)
{
    std::stable_sort(rows.begin(), rows.end(), [](const BreakdownRow &a, const BreakdownRow &b) {
        if (a.received != b.received)
            return a.received > b.received;
        if (a.label != b.label)
            return a.label < b.label;
        return a.key < b.key; // two businesses of the same name: the same order whatever was read first
    });
}

} // namespace

Result<StatisticsService> StatisticsService::forUser(const QSqlDatabase &db, const QString &actor, StatsSource source)
{
    if (actor.trimmed().isEmpty()) // authorize() would speak of making a change
        return Error{ErrorCode::Forbidden,
                     Msg::tr("Statistics are shown to users of this database: say who you are first."),
                     {{QStringLiteral("actor"), Msg::tr("Say who you are.")}}};
    auto user = authorize(db, actor, Permission::ViewStatistics);
    if (!user)
        return user.error();
    return StatisticsService(db, source);
}

QStringList StatisticsService::summaryPeriods(const StatsPeriod &period, const StatsFilter &filter) const
{
    if (m_source == StatsSource::Live || !StatsSummaryReader::covers(filter))
        return {};
    const QStringList periods = StatsSummaryReader::periodsFor(period.from, period.to);
    if (periods.isEmpty())
        return {};
    // Cases changed since the last count are counted again first (a few: quick). If that
    // cannot be done now (another desk is writing), the live count is still right.
    StatsSummaryCounter counter(m_db);
    auto stale = counter.isStale();
    if (!stale || (stale.value() && !counter.refresh()))
        return {};
    return periods;
}

Status StatisticsService::loadRules() const
{
    if (m_rulesLoaded)
        return {};
    auto sets = DeadlineRuleRepository(m_db).ruleSets();
    if (!sets)
        return sets.error();
    auto calendar = CalendarRepository(m_db).load();
    if (!calendar)
        return calendar.error();
    m_ruleSets = sets.value();
    m_calendar = calendar.value();
    m_rulesLoaded = true;
    return {};
}

Result<PeriodCounts> StatisticsService::counts(const StatsPeriod &period, const StatsFilter &filter) const
{
    PeriodCounts c;
    if (!period.isValid())
        return c; // an empty period counts nothing
    if (const QStringList periods = summaryPeriods(period, filter); !periods.isEmpty()) {
        if (auto added = m_summaries.addCounts(periods, filter.district, c); !added)
            return added.error();
        return c;
    }
    for (auto add : {&StatsRepository::addReceived, &StatsRepository::addNotAccepted, &StatsRepository::addFinished, &StatsRepository::addMediations,
                     &StatsRepository::addFollowUps}) {
        if (auto done = (m_repository.*add)(period.from, period.to, filter, c); !done)
            return done.error();
    }
    if (auto loaded = loadRules(); !loaded)
        return loaded.error();
    auto finished = m_repository.finishedCases(period.from, period.to, filter);
    if (!finished)
        return finished.error();
    for (const FinishedCase &f : finished.value()) {
        if (auto onTime = finishedOnTime(f, m_ruleSets, m_calendar)) {
            ++c.onTimeChecked;
            c.onTime += *onTime ? 1 : 0;
        }
    }
    auto received = m_repository.receivedCases(period.from, period.to, filter);
    if (!received)
        return received.error();
    for (const ReceivedCase &r : received.value()) {
        if (auto inTime = firstResponseInTime(r, m_ruleSets, m_calendar)) {
            ++c.contactChecked;
            c.contactInTime += *inTime ? 1 : 0;
        }
    }
    return c;
}

Result<StatsSummary> StatisticsService::summary(const StatsPeriod &period, const StatsFilter &filter) const
{
    StatsSummary s{period, filter, {}, {}, {}};
    auto current = counts(period, filter);
    if (!current)
        return current.error();
    auto previous = counts(period.previous(), filter);
    if (!previous)
        return previous.error();
    auto lastYear = counts(period.sameLastYear(), filter);
    if (!lastYear)
        return lastYear.error();
    s.current = current.value();
    s.previous = previous.value();
    s.lastYear = lastYear.value();
    return s;
}

Result<QList<BreakdownRow>> StatisticsService::groups(StatsDimension dimension, const StatsPeriod &period,
                                                      const StatsFilter &filter, int limit) const
{
    QStringList periods = summaryPeriods(period, filter);
    if (!StatsSummaryReader::holdsGroups(dimension, periods))
        periods.clear();
    auto rows = periods.isEmpty() ? m_repository.breakdown(dimension, period.from, period.to, filter)
                                  : m_summaries.breakdown(dimension, periods, filter.district, limit);
    if (!rows)
        return rows;
    nameEmptyGroups(dimension, rows.value());
    sortByVolume(rows.value());
    if (limit >= 0 && rows->size() > limit)
        rows->resize(limit);
    return rows;
}

Result<QList<BreakdownRow>> StatisticsService::breakdown(StatsDimension dimension, const StatsPeriod &period,
                                                         const StatsFilter &filter) const
{
    return groups(dimension, period, filter, -1);
}

Result<QList<BreakdownRow>> StatisticsService::topBusinesses(const StatsPeriod &period, const StatsFilter &filter,
                                                             int limit) const
{
    return groups(StatsDimension::Business, period, filter, std::max(0, limit));
}

Result<QList<GrowthRow>> StatisticsService::hotIndustries(const StatsPeriod &period, const StatsFilter &filter,
                                                          int limit) const
{
    auto current = breakdown(StatsDimension::Category, period, filter);
    if (!current)
        return current.error();
    auto before = breakdown(StatsDimension::Category, period.sameLastYear(), filter);
    if (!before)
        return before.error();
    return largestGrowth(current.value(), before.value(), limit);
}

Result<QList<qint64>> StatisticsService::monthlyReceived(int year, const StatsFilter &filter) const
{
    const StatsPeriod whole = StatsPeriod::year(year);
    auto months = summaryPeriods(whole, filter).isEmpty() ? m_repository.receivedByMonth(whole.from, whole.to, filter)
                                                          : m_summaries.receivedByMonth(year, filter.district);
    if (!months)
        return months.error();
    QList<qint64> values;
    for (int m = 1; m <= 12; ++m)
        values.append(months->value(QStringLiteral("%1-%2").arg(year).arg(m, 2, 10, QLatin1Char('0'))));
    return values;
}

Result<QList<MonthCounts>> StatisticsService::monthlyCounts(int year, QDate until, const StatsFilter &filter) const
{
    QList<MonthCounts> months;
    for (int m = 1; m <= 12; ++m) {
        const StatsPeriod period = StatsPeriod::month(year, m);
        if (until.isValid() && period.from > until)
            break;
        auto c = counts(period, filter);
        if (!c)
            return c.error();
        months.append({m, c.value()});
    }
    return months;
}

} // namespace casedesk
