// followup add / list / spotcheck / typical: visits after closing, the monthly spot check
// and typical cases from the command line.

#include "cli_case_support.h"
#include "cli_sign_in.h"
#include "cli_support.h"

#include "followup/follow_up_service.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace casedesk::cli {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};


QString shown(const QDateTime &at)
{
    return at.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

int runAdd(const QStringList &arguments)
{
    SubcommandParser command(
        QStringLiteral("casedesk-cli followup add ID (--result satisfied|basically_satisfied|dissatisfied | "
                       "--not-reached) [--attitude 1-5] [--comment TEXT] [--at DATETIME] [--spot-check] [--as USER] "
                       "--database FILE"),
        Msg::tr("Record a follow-up visit (or an attempt that reached nobody) on a finished case."));
    command.addDatabaseOption();
    const QCommandLineOption result(QStringLiteral("result"), Msg::tr("What the consumer said."), Msg::tr("R"));
    const QCommandLineOption notReached(QStringLiteral("not-reached"), Msg::tr("Nobody answered."));
    const QCommandLineOption attitude(QStringLiteral("attitude"),
                                      Msg::tr("The consumer's rating of the caseworker, 1–5."), Msg::tr("N"));
    const QCommandLineOption comment(QStringLiteral("comment"), Msg::tr("What was said."), Msg::tr("TEXT"));
    const QCommandLineOption at(QStringLiteral("at"), Msg::tr("When, e.g. 2026-03-17T09:30 (default: now)."),
                                Msg::tr("DATETIME"));
    const QCommandLineOption spot(QStringLiteral("spot-check"), Msg::tr("The visit is for the monthly spot check."));
    for (const auto &option : {result, notReached, attitude, comment, at, spot})
        command.parser().addOption(option);
    const SignInOptions as = addSignInOptions(command.parser());
    command.parser().addPositionalArgument(QStringLiteral("ID"), Msg::tr("Case number or id."));
    if (auto stop = command.parse(arguments))
        return *stop;
    const QCommandLineParser &parser = command.parser();
    const auto id = singleId(parser);
    if (!id)
        return fail(usageError(Msg::tr("Give exactly one case number or id.")));

    FollowUpRequest request;
    request.reached = !parser.isSet(notReached);
    if (request.reached) {
        const auto r = followUpResultFromCode(parser.value(result));
        if (!r || *r == FollowUpResult::None)
            return fail(
                usageError(Msg::tr("Give --result satisfied, basically_satisfied or dissatisfied, or --not-reached.")));
        request.result = *r;
    }
    if (parser.isSet(attitude)) {
        bool ok = false;
        request.attitude = parser.value(attitude).toInt(&ok);
        if (!ok)
            return fail(usageError(Msg::tr("--attitude takes a whole number from 1 to 5.")));
    }
    request.comment = parser.value(comment);
    request.spotCheck = parser.isSet(spot);
    if (parser.isSet(at)) {
        request.at = QDateTime::fromString(parser.value(at).trimmed(), Qt::ISODate);
        if (!request.at.isValid())
            return fail(
                usageError(Msg::tr("Write the time as YYYY-MM-DDTHH:MM, optionally with an offset such as +08:00.")));
    }
    auto session = openCaseSession(command, as, *id);
    if (!session)
        return fail(session.error());
    const QSqlDatabase db = session->db;
    request.caseId = session->complaint.id;
    auto recorded = FollowUpService(db).record(request, session->actor);
    if (!recorded)
        return fail(recorded.error());
    printOut(Msg::tr("Recorded the follow-up of case %1: %2.")
                 .arg(session->complaint.caseNumber, labelOf(recorded->result)));
    return Success;
}

int runList(const QStringList &arguments)
{
    SubcommandParser command(QStringLiteral("casedesk-cli followup list ID [--as USER] --database FILE"),
                             Msg::tr("Show a case's follow-up visits."));
    command.addDatabaseOption();
    const SignInOptions as = addSignInOptions(command.parser());
    command.parser().addPositionalArgument(QStringLiteral("ID"), Msg::tr("Case number or id."));
    if (auto stop = command.parse(arguments))
        return *stop;
    const auto id = singleId(command.parser());
    if (!id)
        return fail(usageError(Msg::tr("Give exactly one case number or id.")));
    auto session = openCaseSession(command, as, *id);
    if (!session)
        return fail(session.error());
    const QSqlDatabase db = session->db;
    auto visits = FollowUpService(db).visits(session->complaint.id);
    if (!visits)
        return fail(visits.error());
    if (visits->isEmpty())
        printOut(Msg::tr("Case %1 has no follow-up visits.").arg(session->complaint.caseNumber));
    for (const FollowUp &v : visits.value()) {
        printOut(QStringLiteral("%1  %2  %3  %4%5")
                     .arg(shown(v.at), v.actor, labelOf(v.result),
                          v.attitude > 0 ? Msg::tr("attitude %1/5").arg(v.attitude) : QString(),
                          v.comment.isEmpty() ? QString() : QStringLiteral("  ") + v.comment));
    }
    return Success;
}

int runSpotCheck(const QStringList &arguments)
{
    SubcommandParser command(
        QStringLiteral("casedesk-cli followup spotcheck --month 2026-10 [--share 0.1] [--as USER] --database FILE"),
        Msg::tr("Draw the month's spot check (a share of each caseworker's cases closed that month; a month "
                "already drawn keeps its sample) and list it."));
    command.addDatabaseOption();
    const QCommandLineOption month(QStringLiteral("month"), Msg::tr("The month the cases were closed in."),
                                   Msg::tr("YYYY-MM"));
    const QCommandLineOption share(QStringLiteral("share"), Msg::tr("The share to check, 0–1 (default 0.1)."),
                                   Msg::tr("S"), QStringLiteral("0.1"));
    for (const auto &option : {month, share})
        command.parser().addOption(option);
    const SignInOptions as = addSignInOptions(command.parser());
    if (auto stop = command.parse(arguments))
        return *stop;
    const QCommandLineParser &parser = command.parser();
    const QDate first = QDate::fromString(parser.value(month) + QStringLiteral("-01"), Qt::ISODate);
    if (!first.isValid())
        return fail(usageError(Msg::tr("Give the month as --month YYYY-MM.")));
    bool ok = false;
    const double fraction = parser.value(share).toDouble(&ok);
    if (!ok)
        return fail(usageError(Msg::tr("--share takes a number such as 0.1.")));
    auto session = openSession(command, as);
    if (!session)
        return fail(session.error());
    auto drawn = FollowUpService(session->db).drawSpotChecks(first, fraction, session->actor);
    if (!drawn)
        return fail(drawn.error());
    if (drawn->isEmpty())
        printOut(Msg::tr("No case was closed in %1.").arg(parser.value(month)));
    for (const SpotCheck &s : drawn.value())
        printOut(
            QStringLiteral("%1  %2  %3").arg(s.caseNumber, s.caseworker, s.done ? Msg::tr("done") : Msg::tr("to do")));
    return Success;
}

int runTypical(const QStringList &arguments)
{
    SubcommandParser command(
        QStringLiteral(
            "casedesk-cli followup typical ID (--title T --summary TEXT | --remove) [--as USER] --database FILE"),
        Msg::tr("Flag a case as a typical case with a short write-up for publication, or remove the flag."));
    command.addDatabaseOption();
    const QCommandLineOption title(QStringLiteral("title"), Msg::tr("The typical case's title."), Msg::tr("T"));
    const QCommandLineOption summary(QStringLiteral("summary"), Msg::tr("The short write-up."), Msg::tr("TEXT"));
    const QCommandLineOption remove(QStringLiteral("remove"), Msg::tr("Remove the flag."));
    for (const auto &option : {title, summary, remove})
        command.parser().addOption(option);
    const SignInOptions as = addSignInOptions(command.parser());
    command.parser().addPositionalArgument(QStringLiteral("ID"), Msg::tr("Case number or id."));
    if (auto stop = command.parse(arguments))
        return *stop;
    const QCommandLineParser &parser = command.parser();
    const auto id = singleId(parser);
    if (!id)
        return fail(usageError(Msg::tr("Give exactly one case number or id.")));
    auto session = openCaseSession(command, as, *id);
    if (!session)
        return fail(session.error());
    const QSqlDatabase db = session->db;
    FollowUpService service(db);
    if (parser.isSet(remove)) {
        if (auto removed = service.unmarkTypical(session->complaint.id, session->actor); !removed)
            return fail(removed.error());
        printOut(Msg::tr("Case %1 is no longer a typical case.").arg(session->complaint.caseNumber));
        return Success;
    }
    auto marked =
        service.markTypical(session->complaint.id, parser.value(title), parser.value(summary), session->actor);
    if (!marked)
        return fail(marked.error());
    printOut(Msg::tr("Case %1 is flagged as a typical case: %2").arg(session->complaint.caseNumber, marked->title));
    return Success;
}

} // namespace

int runFollowUp(const QStringList &arguments)
{
    return dispatch(QStringLiteral("followup"), arguments,
                    {{QStringLiteral("add"), &runAdd},
                     {QStringLiteral("list"), &runList},
                     {QStringLiteral("spotcheck"), &runSpotCheck},
                     {QStringLiteral("typical"), &runTypical}});
}

} // namespace casedesk::cli
