#include "stats/stats_xlsx.h"

#include "export/xlsx_workbook.h"

#include <QCoreApplication>

namespace casedesk {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Statistics)
};

QVariant optional(const std::optional<double> &value) { return value ? QVariant(*value) : QVariant(); }

} // namespace

Status writeStatisticsXlsx(const StatsSummary &summary,
                           const QList<std::pair<StatsDimension, QList<BreakdownRow>>> &breakdowns,
                           const QString &path, const QString &title)
{
    using Cell = XlsxWorkbook::Cell;
    XlsxWorkbook book(path);
    const int measures = book.addSheet(Msg::tr("Headline figures"),
                                       {{Msg::tr("Measure"), Cell::Text, 30},
                                        {summary.period.label(), Cell::Integer, 16},
                                        {Msg::tr("Year on year"), Cell::Percent, 14},
                                        {Msg::tr("Period on period"), Cell::Percent, 14}},
                                       title);
    for (const MeasureLine &line : measureLines(summary)) {
        const Cell value = line.unit == MeasureLine::Unit::Fen    ? Cell::Money
                           : line.unit == MeasureLine::Unit::Rate ? Cell::Percent
                                                                  : Cell::Integer;
        book.addRow(measures, {line.label, optional(line.number), optional(line.yearOnYearValue),
                               optional(line.periodOnPeriodValue)},
                    {Cell::Text, value, Cell::Percent, Cell::Percent});
    }
    for (const auto &[dimension, rows] : breakdowns) {
        const int sheet = book.addSheet(labelOf(dimension),
                                        {{labelOf(dimension), Cell::Text, 32},
                                         {Msg::tr("Received"), Cell::Integer, 12},
                                         {Msg::tr("Share"), Cell::Percent, 10},
                                         {Msg::tr("Amount involved"), Cell::Money, 16},
                                         {Msg::tr("Closed"), Cell::Integer, 10},
                                         {Msg::tr("Resolved"), Cell::Integer, 10},
                                         {Msg::tr("Resolution rate of closed cases"), Cell::Percent, 14}},
                                        title);
        for (const BreakdownRow &row : rows) {
            book.addRow(sheet, {row.label, row.received, optional(shareOf(row, rows)), row.amountFen, row.finished,
                                row.resolved, optional(Rate{row.resolved, row.finished}.value())});
        }
    }
    return book.close();
}

Status writeStatisticsXlsx(const StatisticsService &stats, const StatsPeriod &period, const StatsFilter &filter,
                           const QString &path, const QString &title)
{
    auto summary = stats.summary(period, filter);
    if (!summary)
        return summary.error();
    QList<std::pair<StatsDimension, QList<BreakdownRow>>> breakdowns;
    for (StatsDimension dimension : allStatsDimensions()) {
        auto rows = stats.breakdown(dimension, period, filter);
        if (!rows)
            return rows.error();
        breakdowns.append({dimension, rows.value()});
    }
    return writeStatisticsXlsx(summary.value(), breakdowns, path, title);
}

} // namespace casedesk
