// platform-results: what the 12315 platform asks when a work order is closed, as an Excel sheet.

#include "cli_case_support.h"
#include "cli_sign_in.h"
#include "cli_support.h"

#include "workorders/platform_results.h"

#include <QCoreApplication>

namespace casedesk::cli {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

} // namespace

int runPlatformResults(const QStringList &arguments)
{
    SubcommandParser command(
        QStringLiteral("casedesk-cli platform-results [CASE...] --out FILE.xlsx [--from DATE --to DATE] [--as USER] "
                       "--database FILE"),
        Msg::tr("Write what the 12315 platform asks when a work order is closed (its number, the result, the money "
                "recovered, the handling opinion, the caseworker and the day) for the finished cases from the "
                "platform: the cases named, or those received from --from to --to, or all of them."));
    command.addDatabaseOption();
    const QCommandLineOption out(QStringLiteral("out"), Msg::tr("The Excel workbook to write."), Msg::tr("FILE"));
    const QCommandLineOption from(QStringLiteral("from"), Msg::tr("First received day, YYYY-MM-DD."), Msg::tr("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), Msg::tr("Last received day, YYYY-MM-DD."), Msg::tr("DATE"));
    command.parser().addOptions({out, from, to});
    const SignInOptions as = addSignInOptions(command.parser());
    command.parser().addPositionalArgument(QStringLiteral("CASE"), Msg::tr("Case numbers or ids (optional)."));
    if (auto stop = command.parse(arguments))
        return *stop;
    const QCommandLineParser &parser = command.parser();
    const QString file = parser.value(out).trimmed();
    if (file.isEmpty())
        return fail(usageError(Msg::tr("Give the workbook to write with --out FILE.xlsx.")));
    CaseFilter filter;
    for (const auto &[option, day] : {std::pair{&from, &filter.receivedFrom}, std::pair{&to, &filter.receivedTo}}) {
        if (!parser.isSet(*option))
            continue;
        *day = QDate::fromString(parser.value(*option), Qt::ISODate);
        if (!day->isValid())
            return fail(usageError(Msg::tr("Write the days as YYYY-MM-DD.")));
    }
    const QStringList named = parser.positionalArguments();
    if (!named.isEmpty() && (parser.isSet(from) || parser.isSet(to)))
        return fail(usageError(Msg::tr("Name cases or give --from and --to, not both.")));

    auto session = openSession(command, as);
    if (!session)
        return fail(session.error());
    const QSqlDatabase db = session->db;
    const QString actor = session->actor;
    Result<QList<PlatformResult>> results = QList<PlatformResult>();
    if (named.isEmpty()) {
        results = platformResults(db, filter, actor);
    } else {
        QList<qint64> ids;
        for (const QString &id : named) {
            auto complaint = findCase(db, id);
            if (!complaint)
                return fail(complaint.error());
            ids.append(complaint->id);
        }
        results = platformResultsOf(db, ids, actor);
    }
    if (!results)
        return fail(results.error());
    if (auto written = writePlatformResultsXlsx(results.value(), file); !written)
        return fail(written.error());
    printOut(Msg::tr("Wrote %n work order(s) to %1", nullptr, int(results->size())).arg(file));
    return Success;
}

} // namespace casedesk::cli
