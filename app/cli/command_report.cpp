// report: the monthly, quarterly or annual PDF report, rendered headless.

#include "cli_sign_in.h"
#include "cli_stats_support.h"
#include "cli_support.h"

#include "reports/report_document.h"
#include "stats/report_content.h"

#include <QCoreApplication>

namespace casedesk::cli {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};


} // namespace

int runReport(const QStringList &arguments)
{
    SubcommandParser command(
        QStringLiteral("casedesk-cli report --period 2026-10|2026-Q3|2026 --out FILE.pdf [filters] [--as USER] "
                       "--database FILE"),
        Msg::tr(
            "Write the statistics report of a month, quarter or year as a PDF: headline figures with their "
            "year-on-year changes, charts, tables by category, district and channel, hot issues and typical cases."));
    command.addDatabaseOption();
    const QCommandLineOption period(QStringLiteral("period"), Msg::tr("A month, quarter or year."), Msg::tr("P"));
    const QCommandLineOption out(QStringLiteral("out"), Msg::tr("The PDF file to write."), Msg::tr("FILE"));
    for (const auto &option : {period, out})
        command.parser().addOption(option);
    const SignInOptions as = addSignInOptions(command.parser());
    const StatsFilterOptions filters;
    filters.addTo(command.parser());
    if (auto stop = command.parse(arguments))
        return *stop;
    const QCommandLineParser &parser = command.parser();

    const auto chosen = StatsPeriod::parse(parser.value(period));
    if (!chosen)
        return fail(
            usageError(Msg::tr("Give the period as --period 2026-10 (month), 2026-Q3 (quarter) or 2026 (year).")));
    if (parser.value(out).trimmed().isEmpty())
        return fail(usageError(Msg::tr("Give the PDF file to write with --out FILE.pdf.")));

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
    auto content = buildReport(db, stats.value(), *chosen, filter.value());
    if (!content)
        return fail(content.error());
    if (auto written = writeReportPdf(content.value(), parser.value(out)); !written)
        return fail(written.error());
    printOut(Msg::tr("Wrote %1").arg(parser.value(out)));
    return Success;
}

} // namespace casedesk::cli
