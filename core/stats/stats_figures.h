#pragma once

#include "domain/codes.h"
#include "stats/stats_period.h"

#include <QList>
#include <QString>

#include <optional>

// The measures of docs/statistics.md as plain values, and the pure arithmetic on them
// (rates, changes, formatting). No database: StatsRepository fills PeriodCounts, and the
// dashboard, the CLI and the PDF report all derive their figures here, so they agree.

namespace casedesk {

// What statistics are narrowed to. Empty members do not filter.
struct StatsFilter {
    QString district; // the business's district (区)
    QString street;   // the business's street (街道)
    std::optional<qint64> categoryId;
    std::optional<Channel> channel;
    QString caseworker; // the case's assignee
    std::optional<qint64> businessId;

    bool isEmpty() const
    {
        return district.isEmpty() && street.isEmpty() && !categoryId && !channel && caseworker.isEmpty() && !businessId;
    }
};

// The raw counts of one period (see docs/statistics.md for each definition).
struct PeriodCounts {
    qint64 received = 0;      // cases received in the period, refused and returned ones included
    qint64 notAccepted = 0;   // of those, refused, returned or still waiting for the decision
    qint64 amountFen = 0;     // amount involved of the cases received
    qint64 hotline = 0;       // cases received through the 12345 hotline
    qint64 finished = 0;      // cases closed in the period
    qint64 resolved = 0;      // of those, closed after an agreement or an enterprise settlement
    qint64 recoveredFen = 0;  // money recovered on the cases closed in the period
    qint64 agreements = 0;    // mediations that reached agreement in the period
    qint64 terminations = 0;  // mediations terminated in the period
    qint64 onTimeChecked = 0; // closed cases with an acceptance time and a rule set
    qint64 onTime = 0;        // of those, accepted and finished within the limits
    qint64 satisfied = 0;     // follow-up results recorded in the period
    qint64 basicallySatisfied = 0;
    qint64 dissatisfied = 0;
    qint64 contactChecked = 0; // cases received in the period whose first response came (on_time.h)
    qint64 contactInTime = 0;  // of those, within the first_contact limit (24 hours by default)

    qint64 followUpsWithResult() const { return satisfied + basicallySatisfied + dissatisfied; }
    // Cases received in the period that the council took on (受理): what the published figures count.
    qint64 accepted() const { return received - notAccepted; }
};

// A share: `part` of `whole`. Undefined (nullopt) when nothing was counted, never 0 or NaN.
struct Rate {
    qint64 part = 0;
    qint64 whole = 0;
    std::optional<double> value() const
    {
        return whole > 0 ? std::optional<double>(double(part) / double(whole)) : std::nullopt;
    }
};

// 办结解决率: resolved ÷ closed, CaseDesk's own figure (how the closed cases ended).
Rate resolutionRate(const PeriodCounts &c);
// 投诉解决率: resolved ÷ accepted, as the China Consumers Association's yearly figures count it.
Rate complaintResolutionRate(const PeriodCounts &c);
Rate mediationSuccessRate(const PeriodCounts &c);
Rate onTimeRate(const PeriodCounts &c);
Rate satisfactionRate(const PeriodCounts &c);
// 24小时响应率: first responses within the first_contact limit ÷ cases answered at all.
Rate firstResponseRate(const PeriodCounts &c);

// (current − previous) / previous; nullopt when previous is 0 (no base to compare with).
std::optional<double> relativeChange(qint64 current, qint64 previous);
// current − previous of two rates, as a fraction (0.021 = 2.1 percentage points);
// nullopt unless both are defined.
std::optional<double> pointChange(const Rate &current, const Rate &previous);

// "87.5%"; "—" when undefined.
QString formatPercent(std::optional<double> fraction);
QString formatPercent(const Rate &rate);
// "+12.3%", "−4.0%", "0.0%"; "—" when undefined.
QString formatChange(std::optional<double> fraction);
// "+2.1 pp" (translated: 个百分点); "—" when undefined.
QString formatPointChange(std::optional<double> fraction);

// One period with the two it is compared with.
struct StatsSummary {
    StatsPeriod period;
    StatsFilter filter;
    PeriodCounts current;
    PeriodCounts previous; // 环比: the period just before
    PeriodCounts lastYear; // 同比: the same period a year earlier
};

// The measures a summary shows, in the order of docs/statistics.md: key (JSON, CSV),
// label, value as text, 同比 and 环比 as text. Every output (dashboard tiles, CLI, PDF)
// uses this one list.
struct MeasureLine {
    QString key;
    QString label;
    QString value;
    QString yearOnYear;
    QString periodOnPeriod;
    std::optional<double> yearOnYearValue; // for arrows
    // The same as numbers (a workbook's cells): the value (a count, fen, or a fraction for a
    // rate) and both changes (relative for counts and money, percentage points for rates).
    enum class Unit { Count, Fen, Rate };
    Unit unit = Unit::Count;
    std::optional<double> number;
    std::optional<double> periodOnPeriodValue;
};
QList<MeasureLine> measureLines(const StatsSummary &summary);

// Groups a breakdown can use.
enum class StatsDimension { Category, Nature, Channel, District, Street, Business, Caseworker };
QString codeOf(StatsDimension dimension);
QString labelOf(StatsDimension dimension);
std::optional<StatsDimension> statsDimensionFromCode(const QString &code);
QList<StatsDimension> allStatsDimensions();

// One group of a breakdown: its cases received (and amount) and closed (and resolved).
struct BreakdownRow {
    QString key;   // category id, code, name: what a filter needs
    QString label; // for people
    qint64 received = 0;
    qint64 amountFen = 0;
    qint64 finished = 0;
    qint64 resolved = 0;
};

// Share of `row` in all rows' received cases ("12.5%"), "—" if there are none.
std::optional<double> shareOf(const BreakdownRow &row, const QList<BreakdownRow> &rows);

// A group whose volume grew against the same period a year earlier.
struct GrowthRow {
    QString key;
    QString label;
    qint64 current = 0;
    qint64 lastYear = 0;
    qint64 growth() const { return current - lastYear; }
};
// The groups of `current` that grew most against `lastYear` (by number of cases, then by
// relative change), at most `limit`; groups that did not grow are left out.
QList<GrowthRow> largestGrowth(const QList<BreakdownRow> &current, const QList<BreakdownRow> &lastYear, int limit);

} // namespace casedesk
