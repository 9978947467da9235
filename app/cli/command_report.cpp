// report: the monthly, quarterly or annual PDF report, rendered headless.

#include "cli_sign_in.h"
#include "cli_stats_support.h"
#include "cli_support.h"

#include "reports/report_document.h"
#include "stats/report_content.h"
#include "stats/report_summary.h"

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
        QStringLiteral("casedesk-cli report --period 2026-10|2026-Q3|2026 [--out FILE.pdf] [--summary] "
                       "[--summary-file FILE] [filters] [--as USER] --database FILE"),
        Msg::tr("Write the statistics report of a month, quarter or year as a PDF: a first page with a written "
                "summary and the line the director signs, headline figures with their year-on-year changes, charts, "
                "tables by category, district and channel, hot issues and typical cases. --summary prints the "
                "generated summary (to edit it, save it to a file, change it and give it back with "
                "--summary-file)."));
    command.addDatabaseOption();
    const QCommandLineOption period(QStringLiteral("period"), Msg::tr("A month, quarter or year."), Msg::tr("P"));
    const QCommandLineOption out(QStringLiteral("out"), Msg::tr("The PDF file to write."), Msg::tr("FILE"));
    const QCommandLineOption printSummary(QStringLiteral("summary"),
                                          Msg::tr("Print the report's written summary (the first page's text)."));
    const QCommandLineOption summaryFile(
        QStringLiteral("summary-file"),
        Msg::tr("Use this UTF-8 text as the summary instead of the generated one (a blank line between paragraphs)."),
        Msg::tr("FILE"));
    for (const auto &option : {period, out, printSummary, summaryFile})
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
    const bool writePdf = !parser.value(out).trimmed().isEmpty();
    if (!writePdf && !parser.isSet(printSummary))
        return fail(usageError(Msg::tr("Give the PDF file to write with --out FILE.pdf (or --summary to print the "
                                       "summary).")));
    QStringList editedSummary;
    if (parser.isSet(summaryFile)) {
        auto read = readParagraphsFile(parser.value(summaryFile));
        if (!read)
            return fail(read.error());
        editedSummary = read.value();
    }

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
    if (!editedSummary.isEmpty())
        content->summaryParagraphs = editedSummary;
    if (parser.isSet(printSummary))
        printOut(summaryToText(content->summaryParagraphs));
    if (!writePdf)
        return Success;
    if (auto written = writeReportPdf(content.value(), parser.value(out)); !written)
        return fail(written.error());
    printOut(Msg::tr("Wrote %1").arg(parser.value(out)));
    return Success;
}

} // namespace casedesk::cli
