#pragma once

#include "calendar/working_calendar.h"
#include "deadlines/deadline_rules.h"
#include "result.h"
#include "stats/stats_figures.h"
#include "storage/prepared_insert.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <array>
#include <optional>

// What each case is counted as in the statistics summaries (table stats_case_facts): read
// from the case tables with the definitions of docs/statistics.md, stored, and read back so
// that a change can take the old facts off the summaries. Used by stats_summary_counter.cpp.

namespace casedesk::summary {

// The breakdown dimensions and the stats_case_facts column holding each case's group.
struct DimensionColumn {
    StatsDimension dimension;
    const char *column;
};
inline constexpr DimensionColumn kDimensions[] = {
    {StatsDimension::Category, "category"},     {StatsDimension::Nature, "nature"},
    {StatsDimension::Channel, "channel"},       {StatsDimension::District, "district"},
    {StatsDimension::Street, "street"},         {StatsDimension::Business, "business"},
    {StatsDimension::Caseworker, "caseworker"},
};
inline constexpr int kDimensionCount = int(std::size(kDimensions));

struct CaseFacts {
    qint64 id = 0;
    QString district;
    QString receivedMonth;
    QString finishedMonth; // empty unless closed
    std::array<QString, kDimensionCount> groups;
    qint64 amountFen = 0;
    bool hotline = false;
    bool resolved = false;
    bool notAccepted = false; // received, and still registered, or refused or returned
    qint64 recoveredFen = 0;
    std::optional<bool> onTime; // nullopt: cannot be judged (see on_time.h)
    std::optional<bool> contactInTime; // the first response within its limit; nullopt: not judged (on_time.h)
};

// Reads facts from the case tables; the rule sets and calendar judge on-time results.
class FactReader {
public:
    FactReader(const QList<DeadlineRuleSet> &ruleSets, const WorkingCalendar &calendar)
        : m_ruleSets(ruleSets), m_calendar(calendar)
    {
    }
    // The facts of the cases `where` selects (a clause on complaints c), in its order.
    Result<QList<CaseFacts>> read(const QSqlDatabase &db, const QString &where, const QVariantList &values) const;

private:
    const QList<DeadlineRuleSet> &m_ruleSets;
    const WorkingCalendar &m_calendar;
};

// The stored facts of the cases `ids` (a comma-separated list of ids).
Result<QList<CaseFacts>> storedFacts(const QSqlDatabase &db, const QString &ids);
// Stores (or replaces) one case's facts through `insert`, prepared with factInsertSql().
QString factInsertSql();
Status storeFacts(PreparedInsert &insert, const CaseFacts &f);

} // namespace casedesk::summary
