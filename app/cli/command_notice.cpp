// notice-quarter: the quarterly notice on the networked enterprises (季度通报) as PDF or Excel.

#include "cli_case_support.h"
#include "cli_sign_in.h"
#include "cli_stats_support.h"
#include "cli_support.h"

#include "enterprises/quarterly_notice.h"
#include "enterprises/quarterly_notice_xlsx.h"
#include "reports/notice_document.h"
#include "stats/report_summary.h"

#include <QCoreApplication>

namespace casedesk::cli {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

} // namespace

int runNoticeQuarter(const QStringList &arguments)
{
    SubcommandParser command(
        QStringLiteral("casedesk-cli notice-quarter --period 2026-Q3 [--out FILE.pdf|FILE.xlsx] [--analysis] "
                       "[--analysis-file FILE] [--as USER] --database FILE"),
        Msg::tr("Write the quarterly notice on the networked enterprises (季度通报): each enterprise's complaints, "
                "those forwarded to it, settled by it (first-settlement rate), within the deadline, the working days "
                "it took to answer, the money recovered and the complaints that came back, ranked; the industries "
                "with the most complaints against last quarter; a written analysis. A .pdf file gets the printed "
                "notice, a .xlsx file an Excel workbook. --analysis prints the generated analysis (to edit it, save "
                "it to a file, change it and give it back with --analysis-file)."));
    command.addDatabaseOption();
    const QCommandLineOption period(QStringLiteral("period"), Msg::tr("A quarter, such as 2026-Q3."), Msg::tr("P"));
    const QCommandLineOption out(QStringLiteral("out"), Msg::tr("The PDF or Excel file to write."), Msg::tr("FILE"));
    const QCommandLineOption printAnalysis(QStringLiteral("analysis"), Msg::tr("Print the notice's written analysis."));
    const QCommandLineOption analysisFile(
        QStringLiteral("analysis-file"),
        Msg::tr("Use this UTF-8 text as the analysis instead of the generated one (a blank line between paragraphs)."),
        Msg::tr("FILE"));
    for (const auto &option : {period, out, printAnalysis, analysisFile})
        command.parser().addOption(option);
    const SignInOptions as = addSignInOptions(command.parser());
    if (auto stop = command.parse(arguments))
        return *stop;
    const QCommandLineParser &parser = command.parser();

    const auto quarter = StatsPeriod::parse(parser.value(period));
    if (!quarter || quarter->kind != PeriodKind::Quarter)
        return fail(usageError(Msg::tr("Give the quarter as --period 2026-Q3.")));
    const QString file = parser.value(out).trimmed();
    const bool workbook = file.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive);
    if (!file.isEmpty() && !workbook && !file.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        return fail(usageError(Msg::tr("The notice is written as FILE.pdf or FILE.xlsx.")));
    if (file.isEmpty() && !parser.isSet(printAnalysis))
        return fail(usageError(Msg::tr("Give the file to write with --out FILE.pdf or FILE.xlsx (or --analysis to "
                                       "print the analysis).")));
    QStringList editedAnalysis;
    if (parser.isSet(analysisFile)) {
        auto read = readParagraphsFile(parser.value(analysisFile));
        if (!read)
            return fail(read.error());
        editedAnalysis = read.value();
    }

    auto session = openSession(command, as);
    if (!session)
        return fail(session.error());
    const QSqlDatabase db = session->db;
    const QString actor = session->actor;
    auto notice = buildQuarterlyNotice(db, *quarter, actor);
    if (!notice)
        return fail(notice.error());
    if (!editedAnalysis.isEmpty())
        notice->analysis = editedAnalysis;
    if (parser.isSet(printAnalysis))
        printOut(summaryToText(notice->analysis));
    if (file.isEmpty())
        return Success;
    if (auto written = workbook ? writeQuarterlyNoticeXlsx(notice.value(), file) : writeNoticePdf(notice.value(), file);
        !written)
        return fail(written.error());
    printOut(Msg::tr("Wrote %1").arg(file));
    return Success;
}

} // namespace casedesk::cli
