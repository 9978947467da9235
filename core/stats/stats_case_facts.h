#pragma once

#include "calendar/working_calendar.h"
#include "deadlines/deadline_rules.h"
#include "domain/codes.h"
#include "stats/on_time.h"
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

// A case's columns as the facts are worked out from them: read from the case tables, or known
// to a bulk writer as it writes the case (the demo: no reading back a million cases).
struct KnownCase {
    qint64 id = 0;
    QString district; // of its business
    QString street;
    qint64 businessId = 0;
    qint64 categoryId = 0;
    Channel channel = Channel::Phone;
    Nature nature = Nature::Other;
    QString assignee;
    qint64 amountFen = 0;
    qint64 recoveredFen = 0;
    CaseStatus status = CaseStatus::Registered;
    QString receivedAt; // as stored (storedDateTime)
    QDateTime acceptedAt;
    QDateTime closedAt;
    QDateTime firstContactAt;
    bool closedAfterSettlement = false; // its last closing came after an agreement or a settlement
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
    // The facts of a case known without reading it: what read() finds for it once written.
    CaseFacts facts(const KnownCase &c) const;

private:
    // The on-time and first-response results, from the case's times.
    void judge(CaseFacts &f, const ReceivedCase &received) const;

    const QList<DeadlineRuleSet> &m_ruleSets;
    const WorkingCalendar &m_calendar;
};

// The stored facts of the cases `ids` (a comma-separated list of ids).
Result<QList<CaseFacts>> storedFacts(const QSqlDatabase &db, const QString &ids);
// Stores (or replaces) one case's facts through `insert`, prepared with factInsertSql().
QString factInsertSql();
Status storeFacts(PreparedInsert &insert, const CaseFacts &f);
// The values storeFacts() binds, in factInsertSql()'s order: a bulk writer makes them off its
// writing thread and fills in the id and the money recovered (at these places) when it knows them.
QVariantList factRow(const CaseFacts &f);
inline constexpr int kFactRowId = 0;
inline constexpr int kFactRowRecovered = 13;
Status storeFactRow(PreparedInsert &insert, const QVariantList &row);

} // namespace casedesk::summary
