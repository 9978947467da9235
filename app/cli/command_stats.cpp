// stats: the measures of a period, as text or JSON (keys in docs/statistics.md).

#include "cli_sign_in.h"
#include "cli_stats_support.h"
#include "cli_support.h"

#include "stats/statistics_service.h"
#include "stats/report_content.h"
#include "stats/stats_export.h"
#include "stats/stats_xlsx.h"

#include <QCoreApplication>
#include <QFile>

namespace casedesk::cli {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};


// CSV as it is, UTF-8, no newline added (it ends in CRLF).
void printRaw(const QString &text)
{
    QFile out;
    if (out.open(stdout, QIODevice::WriteOnly))
        out.write(text.toUtf8());
}

} // namespace

int runStats(const QStringList &arguments)
{
    SubcommandParser command(
        QStringLiteral("casedesk-cli stats (--from DATE --to DATE | --period P) [filters] [--json | --csv TABLE | "
                       "--xlsx FILE] [--as USER] --database FILE"),
        Msg::tr("Print the statistics of a period with their year-on-year and period-on-period changes. "
                "P is a month (2026-10), a quarter (2026-Q3) or a year (2026). Definitions: docs/statistics.md. "
                "--xlsx writes the headline figures and every breakdown to an Excel workbook."));
    command.addDatabaseOption();
    const QCommandLineOption from(QStringLiteral("from"), Msg::tr("First day, YYYY-MM-DD."), Msg::tr("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), Msg::tr("Last day, YYYY-MM-DD."), Msg::tr("DATE"));
    const QCommandLineOption period(QStringLiteral("period"), Msg::tr("A month, quarter or year."), Msg::tr("P"));
    const QCommandLineOption json(QStringLiteral("json"), Msg::tr("Print JSON instead of text."));
    QStringList tables = {QStringLiteral("measures")};
    for (StatsDimension d : allStatsDimensions())
        tables.append(codeOf(d));
    const QCommandLineOption csv(QStringLiteral("csv"),
                                 Msg::tr("Print one table as CSV: %1.").arg(tables.join(QStringLiteral(", "))),
                                 Msg::tr("TABLE"));
    const QCommandLineOption xlsx(QStringLiteral("xlsx"),
                                  Msg::tr("Write the headline figures and every breakdown to this Excel workbook."),
                                  Msg::tr("FILE"));
    for (const auto &option : {from, to, period, json, csv, xlsx})
        command.parser().addOption(option);
    const SignInOptions as = addSignInOptions(command.parser());
    const StatsFilterOptions filters;
    filters.addTo(command.parser());
    if (auto stop = command.parse(arguments))
        return *stop;
    const QCommandLineParser &parser = command.parser();

    StatsPeriod chosen;
    if (parser.isSet(period)) {
        const auto parsed = StatsPeriod::parse(parser.value(period));
        if (!parsed)
            return fail(usageError(Msg::tr("Write the period as 2026-10 (month), 2026-Q3 (quarter) or 2026 (year).")));
        chosen = *parsed;
    } else {
        const QDate first = QDate::fromString(parser.value(from), Qt::ISODate);
        const QDate last = QDate::fromString(parser.value(to), Qt::ISODate);
        if (!first.isValid() || !last.isValid())
            return fail(usageError(Msg::tr("Give --from and --to as YYYY-MM-DD, or --period.")));
        if (first > last)
            return fail(usageError(Msg::tr("--from must not be after --to.")));
        chosen = StatsPeriod::range(first, last);
    }

    if (parser.isSet(xlsx) && (parser.isSet(csv) || parser.isSet(json)))
        return fail(usageError(Msg::tr("Give one of --json, --csv and --xlsx.")));
    const QString table = parser.value(csv);
    if (parser.isSet(csv) && !tables.contains(table))
        return fail(
            usageError(Msg::tr("Unknown table \"%1\"; use one of: %2.").arg(table, tables.join(QStringLiteral(", ")))));

    auto database = command.openDatabase(false);
    if (!database)
        return fail(database.error());
    const QSqlDatabase db = database.value()->connection();
    const auto actor = signedInName(db, parser, as);
    if (!actor)
        return fail(actor.error());
    auto stats = statisticsFor(db, actor.value());
    if (!stats)
        return fail(stats.error());
    auto filter = filters.filter(parser, db);
    if (!filter)
        return fail(filter.error());
    if (parser.isSet(xlsx)) {
        auto scope = describeScope(db, filter.value());
        if (!scope)
            return fail(scope.error());
        const QString title =
            scope->isEmpty() ? chosen.label() : QStringLiteral("%1 · %2").arg(chosen.label(), scope.value());
        if (auto written = writeStatisticsXlsx(stats.value(), chosen, filter.value(), parser.value(xlsx), title);
            !written)
            return fail(written.error());
        printOut(Msg::tr("Wrote %1").arg(parser.value(xlsx)));
        return Success;
    }
    auto summary = stats->summary(chosen, filter.value());
    if (!summary)
        return fail(summary.error());

    if (parser.isSet(csv)) {
        if (table == QLatin1String("measures")) {
            printRaw(measuresToCsv(summary.value()));
            return Success;
        }
        const StatsDimension dimension = *statsDimensionFromCode(table);
        auto rows = stats->breakdown(dimension, chosen, filter.value());
        if (!rows)
            return fail(rows.error());
        printRaw(breakdownToCsv(dimension, rows.value()));
        return Success;
    }
    if (parser.isSet(json)) {
        printJson(summaryToJson(summary.value()));
        return Success;
    }
    printOut(Msg::tr("Statistics for %1 (%2 to %3)")
                 .arg(chosen.label(), chosen.from.toString(Qt::ISODate), chosen.to.toString(Qt::ISODate)));
    for (const MeasureLine &line : measureLines(summary.value())) {
        printOut(Msg::tr("%1: %2 (year on year %3, period on period %4)")
                     .arg(line.label, line.value, line.yearOnYear, line.periodOnPeriod));
    }
    return Success;
}

} // namespace casedesk::cli
