#include "stats/stats_figures.h"

#include "domain/money.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>

namespace casedesk {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Statistics)
};

const QString kNone = QStringLiteral("—");

// One decimal, rounded half away from zero, with "−0.0" shown as "0.0".
QString oneDecimal(double value)
{
    double rounded = std::round(value * 10.0) / 10.0;
    if (rounded == 0.0)
        rounded = 0.0;
    return QString::number(rounded, 'f', 1);
}

QString signedDecimal(double value)
{
    const QString digits = oneDecimal(std::fabs(value));
    if (digits == QLatin1String("0.0"))
        return digits;
    return (value > 0 ? QStringLiteral("+") : QStringLiteral("−")) + digits;
}

QString yuan(qint64 fen)
{
    return Msg::tr("¥%1").arg(formatYuan(fen));
}

MeasureLine countLine(const QString &key, const QString &label, qint64 current, qint64 previous, qint64 lastYear,
                      const QString &value, MeasureLine::Unit unit = MeasureLine::Unit::Count)
{
    const auto yoy = relativeChange(current, lastYear);
    const auto pop = relativeChange(current, previous);
    return {key, label, value, formatChange(yoy), formatChange(pop), yoy, unit, double(current), pop};
}

MeasureLine rateLine(const QString &key, const QString &label, Rate (*rate)(const PeriodCounts &),
                     const StatsSummary &s)
{
    const auto yoy = pointChange(rate(s.current), rate(s.lastYear));
    const auto pop = pointChange(rate(s.current), rate(s.previous));
    return {key,
            label,
            formatPercent(rate(s.current)),
            formatPointChange(yoy),
            formatPointChange(pop),
            yoy,
            MeasureLine::Unit::Rate,
            rate(s.current).value(),
            pop};
}

struct DimensionInfo {
    StatsDimension dimension;
    const char *code;
    const char *label;
};

const DimensionInfo kDimensions[] = {
    {StatsDimension::Category, "category", QT_TRANSLATE_NOOP("Statistics", "Category")},
    {StatsDimension::Nature, "nature", QT_TRANSLATE_NOOP("Statistics", "Nature")},
    {StatsDimension::Channel, "channel", QT_TRANSLATE_NOOP("Statistics", "Channel")},
    {StatsDimension::District, "district", QT_TRANSLATE_NOOP("Statistics", "District")},
    {StatsDimension::Street, "street", QT_TRANSLATE_NOOP("Statistics", "Street")},
    {StatsDimension::Business, "business", QT_TRANSLATE_NOOP("Statistics", "Business")},
    {StatsDimension::Caseworker, "caseworker", QT_TRANSLATE_NOOP("Statistics", "Caseworker")},
};

} // namespace

Rate resolutionRate(const PeriodCounts &c)
{
    return {c.resolved, c.finished};
}
Rate complaintResolutionRate(const PeriodCounts &c)
{
    return {c.resolved, c.accepted()};
}
Rate mediationSuccessRate(const PeriodCounts &c)
{
    return {c.agreements, c.agreements + c.terminations};
}
Rate onTimeRate(const PeriodCounts &c)
{
    return {c.onTime, c.onTimeChecked};
}
Rate satisfactionRate(const PeriodCounts &c)
{
    return {c.satisfied + c.basicallySatisfied, c.followUpsWithResult()};
}

Rate firstResponseRate(const PeriodCounts &c) { return {c.contactInTime, c.contactChecked}; }

std::optional<double> relativeChange(qint64 current, qint64 previous)
{
    if (previous <= 0)
        return std::nullopt;
    return double(current - previous) / double(previous);
}

std::optional<double> pointChange(const Rate &current, const Rate &previous)
{
    const auto now = current.value();
    const auto before = previous.value();
    if (!now || !before)
        return std::nullopt;
    return *now - *before;
}

QString formatPercent(std::optional<double> fraction)
{
    return fraction ? oneDecimal(*fraction * 100.0) + QLatin1Char('%') : kNone;
}

QString formatPercent(const Rate &rate)
{
    return formatPercent(rate.value());
}

QString formatChange(std::optional<double> fraction)
{
    return fraction ? signedDecimal(*fraction * 100.0) + QLatin1Char('%') : kNone;
}

QString formatPointChange(std::optional<double> fraction)
{
    return fraction ? Msg::tr("%1 pp", "percentage points, e.g. +2.1个百分点").arg(signedDecimal(*fraction * 100.0))
                    : kNone;
}

QList<MeasureLine> measureLines(const StatsSummary &s)
{
    const PeriodCounts &c = s.current;
    return {
        countLine(QStringLiteral("received"), Msg::tr("Complaints received"), c.received, s.previous.received,
                  s.lastYear.received, QString::number(c.received)),
        countLine(QStringLiteral("accepted"), Msg::tr("Complaints accepted"), c.accepted(), s.previous.accepted(),
                  s.lastYear.accepted(), QString::number(c.accepted())),
        countLine(QStringLiteral("amountFen"), Msg::tr("Amount involved"), c.amountFen, s.previous.amountFen,
                  s.lastYear.amountFen, yuan(c.amountFen), MeasureLine::Unit::Fen),
        countLine(QStringLiteral("recoveredFen"), Msg::tr("Money recovered"), c.recoveredFen, s.previous.recoveredFen,
                  s.lastYear.recoveredFen, yuan(c.recoveredFen), MeasureLine::Unit::Fen),
        countLine(QStringLiteral("finished"), Msg::tr("Cases closed"), c.finished, s.previous.finished,
                  s.lastYear.finished, QString::number(c.finished)),
        rateLine(QStringLiteral("complaintResolutionRate"), Msg::tr("Complaint resolution rate"),
                 &complaintResolutionRate, s),
        rateLine(QStringLiteral("resolutionRate"), Msg::tr("Resolution rate of closed cases"), &resolutionRate, s),
        rateLine(QStringLiteral("mediationSuccessRate"), Msg::tr("Mediation success rate"), &mediationSuccessRate, s),
        rateLine(QStringLiteral("onTimeRate"), Msg::tr("On-time rate"), &onTimeRate, s),
        rateLine(QStringLiteral("satisfactionRate"), Msg::tr("Satisfaction rate"), &satisfactionRate, s),
        rateLine(QStringLiteral("firstResponseRate"), Msg::tr("24-hour response rate"), &firstResponseRate, s),
        countLine(QStringLiteral("hotline"), Msg::tr("12345 hotline transfers"), c.hotline, s.previous.hotline,
                  s.lastYear.hotline, QString::number(c.hotline)),
    };
}

QString codeOf(StatsDimension dimension)
{
    for (const DimensionInfo &info : kDimensions) {
        if (info.dimension == dimension)
            return QLatin1String(info.code);
    }
    return {};
}

QString labelOf(StatsDimension dimension)
{
    for (const DimensionInfo &info : kDimensions) {
        if (info.dimension == dimension)
            return QCoreApplication::translate("Statistics", info.label);
    }
    return {};
}

std::optional<StatsDimension> statsDimensionFromCode(const QString &code)
{
    for (const DimensionInfo &info : kDimensions) {
        if (code == QLatin1String(info.code))
            return info.dimension;
    }
    return std::nullopt;
}

QList<StatsDimension> allStatsDimensions()
{
    QList<StatsDimension> all;
    for (const DimensionInfo &info : kDimensions)
        all.append(info.dimension);
    return all;
}

std::optional<double> shareOf(const BreakdownRow &row, const QList<BreakdownRow> &rows)
{
    qint64 total = 0;
    for (const BreakdownRow &r : rows)
        total += r.received;
    return Rate{row.received, total}.value();
}

QList<GrowthRow> largestGrowth(const QList<BreakdownRow> &current, const QList<BreakdownRow> &lastYear, int limit)
{
    QHash<QString, qint64> before;
    for (const BreakdownRow &row : lastYear)
        before.insert(row.key, row.received);
    QList<GrowthRow> grown;
    for (const BreakdownRow &row : current) {
        GrowthRow g{row.key, row.label, row.received, before.value(row.key)};
        if (g.growth() > 0)
            grown.append(g);
    }
    std::stable_sort(grown.begin(), grown.end(), [](const GrowthRow &a, const GrowthRow &b) {
        if (a.growth() != b.growth())
            return a.growth() > b.growth();
        // Same growth: the smaller base grew faster.
        return a.lastYear < b.lastYear;
    });
    if (grown.size() > limit)
        grown.resize(limit);
    return grown;
}

} // namespace casedesk
