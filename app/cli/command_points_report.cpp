// points report: the quarterly or annual liaison-point report as PDF, Excel or CSV.

#include "cli_case_support.h"
#include "cli_points_support.h"
#include "cli_sign_in.h"
#include "cli_stats_support.h"
#include "cli_support.h"

#include "liaison/liaison_report.h"
#include "liaison/liaison_report_tables.h"
#include "reports/liaison_report_document.h"
#include "stats/report_summary.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace casedesk::cli {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

} // namespace

int runPointsReport(const QStringList &arguments)
{
    SubcommandParser command(
        QStringLiteral("casedesk-cli points report --period 2026-Q3|2026 --out FILE.pdf|FILE.xlsx|FILE.csv "
                       "[--table NAME] [--analysis TEXT | --analysis-file FILE] [--print-analysis] [--as USER] "
                       "--database FILE"),
        Msg::tr("Write the quarterly or annual report on the liaison points (联络点): the ledgers' figures and the "
                "complaints transferred by type and by street, the points with the most transfers and the most "
                "disputes settled on site, the transfers answered within the deadline, the leads and their outcomes, "
                "the active points no official visited, the result of each transfer, and a written analysis. A .pdf file gets the printed "
                "report, a .xlsx file an Excel workbook with a sheet per table. A .csv file: every table as its own "
                "CSV file beside it, named after it (report.csv gives report-by-type.csv, report-by-street.csv, "
                "report-most-transfers.csv, report-most-settlements.csv, report-replies.csv, report-leads.csv, "
                "report-unvisited.csv and report-transfer-results.csv), or with --table NAME that one table in the "
                "file given. CSV files are UTF-8 with a byte-order mark."));
    command.addDatabaseOption();
    const QCommandLineOption period(QStringLiteral("period"), Msg::tr("A quarter, such as 2026-Q3, or a year, such as 2026."),
                                    Msg::tr("P"));
    const QCommandLineOption out(QStringLiteral("out"), Msg::tr("The PDF, Excel or CSV file to write."), Msg::tr("FILE"));
    const QCommandLineOption table(QStringLiteral("table"),
                                   Msg::tr("With a .csv file: only this table (%1).")
                                       .arg(liaisonReportTableNames().join(QStringLiteral(", "))),
                                   Msg::tr("NAME"));
    const QCommandLineOption analysis(
        QStringLiteral("analysis"),
        Msg::tr("Use this text as the analysis instead of the drafted one (a blank line between paragraphs)."),
        Msg::tr("TEXT"));
    const QCommandLineOption analysisFile(
        QStringLiteral("analysis-file"),
        Msg::tr("Use this UTF-8 text as the analysis instead of the drafted one (a blank line between paragraphs)."),
        Msg::tr("FILE"));
    const QCommandLineOption printAnalysis(QStringLiteral("print-analysis"),
                                           Msg::tr("Print the report's analysis (to edit it and give it back)."));
    for (const auto &option : {period, out, table, analysis, analysisFile, printAnalysis})
        command.parser().addOption(option);
    const SignInOptions as = addSignInOptions(command.parser());
    if (auto stop = command.parse(arguments))
        return *stop;
    const QCommandLineParser &parser = command.parser();

    const auto chosen = StatsPeriod::parse(parser.value(period));
    if (!chosen || (chosen->kind != PeriodKind::Quarter && chosen->kind != PeriodKind::Year))
        return fail(usageError(Msg::tr("Give the quarter or the year as --period 2026-Q3 or --period 2026.")));
    const QString file = parser.value(out).trimmed();
    const QString suffix = QFileInfo(file).suffix().toLower();
    if (file.isEmpty() && !parser.isSet(printAnalysis))
        return fail(usageError(Msg::tr("Give the file to write with --out FILE.pdf, FILE.xlsx or FILE.csv (or "
                                       "--print-analysis to print the analysis).")));
    if (!file.isEmpty() && suffix != QLatin1String("pdf") && suffix != QLatin1String("xlsx") &&
        suffix != QLatin1String("csv"))
        return fail(usageError(Msg::tr("The report is written as FILE.pdf, FILE.xlsx or FILE.csv.")));
    const QString only = parser.value(table).trimmed();
    if (!only.isEmpty() && (suffix != QLatin1String("csv") || !liaisonReportTableNames().contains(only)))
        return fail(usageError(Msg::tr("--table goes with a .csv file and names one of: %1.")
                                   .arg(liaisonReportTableNames().join(QStringLiteral(", ")))));
    if (parser.isSet(analysis) && parser.isSet(analysisFile))
        return fail(usageError(Msg::tr("Give the analysis either as --analysis TEXT or as --analysis-file FILE.")));
    QStringList editedAnalysis;
    if (parser.isSet(analysisFile)) {
        auto read = readParagraphsFile(parser.value(analysisFile));
        if (!read)
            return fail(read.error());
        editedAnalysis = read.value();
    } else if (parser.isSet(analysis)) {
        editedAnalysis = summaryFromText(parser.value(analysis));
        if (editedAnalysis.isEmpty())
            return fail(usageError(Msg::tr("--analysis holds no text.")));
    }

    auto session = openSession(command, as);
    if (!session)
        return fail(session.error());
    auto report = buildLiaisonReport(session->db, *chosen, session->actor);
    if (!report)
        return fail(report.error());
    if (!editedAnalysis.isEmpty())
        report->analysis = editedAnalysis;
    if (parser.isSet(printAnalysis))
        printOut(summaryToText(report->analysis));
    if (file.isEmpty())
        return Success;
    if (suffix == QLatin1String("csv")) {
        auto written = writeLiaisonReportCsv(report.value(), file, only);
        if (!written)
            return fail(written.error());
        for (const QString &path : std::as_const(written.value()))
            printOut(Msg::tr("Wrote %1").arg(path));
        return Success;
    }
    if (auto saved = suffix == QLatin1String("xlsx") ? writeLiaisonReportXlsx(report.value(), file)
                                                     : writeLiaisonReportPdf(report.value(), file);
        !saved)
        return fail(saved.error());
    printOut(Msg::tr("Wrote %1").arg(file));
    return Success;
}

} // namespace casedesk::cli
