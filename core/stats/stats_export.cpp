#include "stats/stats_export.h"

#include "export/csv_text.h"

#include "domain/money.h"

#include <QCoreApplication>
#include <QJsonValue>

namespace casedesk {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Statistics)
};

QJsonValue fraction(std::optional<double> value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonObject countsToJson(const PeriodCounts &c)
{
    return {
        {QStringLiteral("received"), c.received},
        {QStringLiteral("accepted"), c.accepted()},
        {QStringLiteral("amountFen"), c.amountFen},
        {QStringLiteral("hotline"), c.hotline},
        {QStringLiteral("finished"), c.finished},
        {QStringLiteral("resolved"), c.resolved},
        {QStringLiteral("recoveredFen"), c.recoveredFen},
        {QStringLiteral("agreements"), c.agreements},
        {QStringLiteral("terminations"), c.terminations},
        {QStringLiteral("onTimeChecked"), c.onTimeChecked},
        {QStringLiteral("onTime"), c.onTime},
        {QStringLiteral("satisfied"), c.satisfied},
        {QStringLiteral("basicallySatisfied"), c.basicallySatisfied},
        {QStringLiteral("dissatisfied"), c.dissatisfied},
        {QStringLiteral("followUpsWithResult"), c.followUpsWithResult()},
        {QStringLiteral("contactChecked"), c.contactChecked},
        {QStringLiteral("contactInTime"), c.contactInTime},
        {QStringLiteral("resolutionRate"), fraction(resolutionRate(c).value())},
        {QStringLiteral("complaintResolutionRate"), fraction(complaintResolutionRate(c).value())},
        {QStringLiteral("mediationSuccessRate"), fraction(mediationSuccessRate(c).value())},
        {QStringLiteral("onTimeRate"), fraction(onTimeRate(c).value())},
        {QStringLiteral("satisfactionRate"), fraction(satisfactionRate(c).value())},
        {QStringLiteral("firstResponseRate"), fraction(firstResponseRate(c).value())},
    };
}

QJsonObject periodToJson(const StatsPeriod &p)
{
    return {{QStringLiteral("code"), p.code()},
            {QStringLiteral("from"), p.from.toString(Qt::ISODate)},
            {QStringLiteral("to"), p.to.toString(Qt::ISODate)}};
}

// Changes of the counts (relative) and of the rates (points), against one other period.
QJsonObject changesToJson(const PeriodCounts &now, const PeriodCounts &before)
{
    return {
        {QStringLiteral("received"), fraction(relativeChange(now.received, before.received))},
        {QStringLiteral("accepted"), fraction(relativeChange(now.accepted(), before.accepted()))},
        {QStringLiteral("amountFen"), fraction(relativeChange(now.amountFen, before.amountFen))},
        {QStringLiteral("recoveredFen"), fraction(relativeChange(now.recoveredFen, before.recoveredFen))},
        {QStringLiteral("finished"), fraction(relativeChange(now.finished, before.finished))},
        {QStringLiteral("hotline"), fraction(relativeChange(now.hotline, before.hotline))},
        {QStringLiteral("resolutionRate"), fraction(pointChange(resolutionRate(now), resolutionRate(before)))},
        {QStringLiteral("complaintResolutionRate"),
         fraction(pointChange(complaintResolutionRate(now), complaintResolutionRate(before)))},
        {QStringLiteral("mediationSuccessRate"),
         fraction(pointChange(mediationSuccessRate(now), mediationSuccessRate(before)))},
        {QStringLiteral("onTimeRate"), fraction(pointChange(onTimeRate(now), onTimeRate(before)))},
        {QStringLiteral("satisfactionRate"), fraction(pointChange(satisfactionRate(now), satisfactionRate(before)))},
        {QStringLiteral("firstResponseRate"),
         fraction(pointChange(firstResponseRate(now), firstResponseRate(before)))},
    };
}

} // namespace

QJsonObject summaryToJson(const StatsSummary &s)
{
    return {
        {QStringLiteral("period"), periodToJson(s.period)},
        {QStringLiteral("previousPeriod"), periodToJson(s.period.previous())},
        {QStringLiteral("lastYearPeriod"), periodToJson(s.period.sameLastYear())},
        {QStringLiteral("current"), countsToJson(s.current)},
        {QStringLiteral("previous"), countsToJson(s.previous)},
        {QStringLiteral("lastYear"), countsToJson(s.lastYear)},
        {QStringLiteral("yearOnYear"), changesToJson(s.current, s.lastYear)},
        {QStringLiteral("periodOnPeriod"), changesToJson(s.current, s.previous)},
    };
}

QString breakdownToCsv(StatsDimension dimension, const QList<BreakdownRow> &rows)
{
    QString csv = QString(QChar(0xFEFF));
    csv += csvLine({Msg::tr("Key"), labelOf(dimension), Msg::tr("Received"), Msg::tr("Share"),
                    Msg::tr("Amount involved (yuan)"), Msg::tr("Closed"), Msg::tr("Resolved"),
                    Msg::tr("Resolution rate of closed cases")});
    for (const BreakdownRow &row : rows) {
        csv += csvLine({row.key, row.label, QString::number(row.received), formatPercent(shareOf(row, rows)),
                        formatYuan(row.amountFen).remove(QLatin1Char(',')), QString::number(row.finished),
                        QString::number(row.resolved), formatPercent(Rate{row.resolved, row.finished})});
    }
    return csv;
}

QString measuresToCsv(const StatsSummary &summary)
{
    QString csv = QString(QChar(0xFEFF));
    csv += csvLine({Msg::tr("Key"), Msg::tr("Measure"), summary.period.label(), Msg::tr("Year on year"),
                    Msg::tr("Period on period")});
    for (const MeasureLine &line : measureLines(summary))
        csv += csvLine({line.key, line.label, line.value, line.yearOnYear, line.periodOnPeriod});
    return csv;
}

} // namespace casedesk
