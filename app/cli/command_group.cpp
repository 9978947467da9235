// group list / show / create / outcome / move / assign / roster: group cases (群体性投诉).

#include "cli_case_support.h"
#include "cli_recovered_support.h"
#include "cli_sign_in.h"
#include "cli_support.h"

#include "domain/money.h"
#include "groups/group_service.h"
#include "groups/roster_csv.h"
#include "groups/roster_xlsx.h"
#include "privacy/masking.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace casedesk::cli {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};


std::optional<qint64> groupId(const QCommandLineParser &parser)
{
    const auto id = singleId(parser);
    bool ok = false;
    const qint64 value = id ? id->toLongLong(&ok) : 0;
    return ok && value > 0 ? std::optional<qint64>(value) : std::nullopt;
}

QJsonObject memberJson(const GroupMember &m)
{
    QJsonObject json{{QStringLiteral("caseId"), m.complaintId},
                     {QStringLiteral("caseNumber"), m.caseNumber},
                     {QStringLiteral("name"), m.consumerName},
                     {QStringLiteral("phone"), maskPhone(m.consumerPhone)},
                     {QStringLiteral("status"), codeOf(m.status)},
                     {QStringLiteral("representative"), m.representative},
                     {QStringLiteral("cardNumber"), m.cardNumber},
                     {QStringLiteral("paidFen"), m.paidFen},
                     {QStringLiteral("balanceFen"), m.balanceFen},
                     {QStringLiteral("claimFen"), m.claimFen()}};
    if (m.outcomeFen)
        json.insert(QStringLiteral("outcomeFen"), *m.outcomeFen);
    return json;
}

// What the commands that change a group share: --database, and signing in (--as).
struct GroupCommand {
    GroupCommand(const QString &usage, const QString &description)
        : command(usage, description), as(addDatabaseAndSignIn(command))
    {
    }
    static SignInOptions addDatabaseAndSignIn(SubcommandParser &parser)
    {
        parser.addDatabaseOption();
        return addSignInOptions(parser.parser());
    }
    SubcommandParser command;
    SignInOptions as;
};

int runList(const QStringList &arguments)
{
    SubcommandParser command(QStringLiteral("casedesk-cli group list --database FILE [--json] [--as USER]"),
                             Msg::tr("List group cases, newest first."));
    command.addDatabaseOption();
    const QCommandLineOption asJson(QStringLiteral("json"), Msg::tr("Print JSON."));
    command.parser().addOption(asJson);
    const SignInOptions as = addSignInOptions(command.parser());
    if (auto stop = command.parse(arguments))
        return *stop;
    auto session = openSession(command, as);
    if (!session)
        return fail(session.error());
    auto groups = GroupService(session->db).list();
    if (!groups)
        return fail(groups.error());
    QJsonArray list;
    for (const CaseGroup &g : groups.value()) {
        if (command.parser().isSet(asJson))
            list.append(QJsonObject{{QStringLiteral("id"), g.id},
                                    {QStringLiteral("name"), g.name},
                                    {QStringLiteral("business"), g.businessName},
                                    {QStringLiteral("members"), g.members},
                                    {QStringLiteral("open"), g.openMembers}});
        else
            printOut(Msg::tr("%1  %2  (%3 members, %4 open)").arg(g.id).arg(g.name).arg(g.members).arg(g.openMembers));
    }
    if (command.parser().isSet(asJson))
        printJson(list);
    return Success;
}

int runShow(const QStringList &arguments)
{
    SubcommandParser command(QStringLiteral("casedesk-cli group show ID --database FILE [--json] [--as USER]"),
                             Msg::tr("Show a group case: its totals and its roster (phones masked)."));
    command.addDatabaseOption();
    const QCommandLineOption asJson(QStringLiteral("json"), Msg::tr("Print JSON."));
    command.parser().addOption(asJson);
    const SignInOptions as = addSignInOptions(command.parser());
    command.parser().addPositionalArgument(QStringLiteral("ID"), Msg::tr("Group id."));
    if (auto stop = command.parse(arguments))
        return *stop;
    const auto id = groupId(command.parser());
    if (!id)
        return fail(usageError(Msg::tr("Give exactly one group id.")));
    auto session = openSession(command, as);
    if (!session)
        return fail(session.error());
    auto view = GroupService(session->db).view(*id);
    if (!view)
        return fail(view.error());
    if (command.parser().isSet(asJson)) {
        QJsonArray members;
        for (const GroupMember &m : view->members)
            members.append(memberJson(m));
        QJsonObject statuses;
        for (auto it = view->statusCounts.cbegin(); it != view->statusCounts.cend(); ++it)
            statuses.insert(codeOf(it.key()), it.value());
        printJson(QJsonObject{{QStringLiteral("id"), view->group.id},
                              {QStringLiteral("name"), view->group.name},
                              {QStringLiteral("business"), view->group.businessName},
                              {QStringLiteral("totalPaidFen"), view->totalPaidFen},
                              {QStringLiteral("totalBalanceFen"), view->totalBalanceFen},
                              {QStringLiteral("totalClaimFen"), view->totalClaimFen},
                              {QStringLiteral("totalOutcomeFen"), view->totalOutcomeFen},
                              {QStringLiteral("statuses"), statuses},
                              {QStringLiteral("members"), members}});
        return Success;
    }
    printOut(view->group.name);
    printOut(Msg::tr("%1 members; paid ¥%2, balance ¥%3, claim ¥%4")
                 .arg(view->members.size())
                 .arg(formatYuan(view->totalPaidFen), formatYuan(view->totalBalanceFen), formatYuan(view->totalClaimFen)));
    for (const GroupMember &m : view->members)
        printOut(QStringLiteral("%1  %2  %3  %4  %5  ¥%6")
                     .arg(m.caseNumber, m.consumerName, maskPhone(m.consumerPhone), labelOf(m.status), m.cardNumber,
                          formatYuan(m.claimFen())));
    return Success;
}

int runCreate(const QStringList &arguments)
{
    GroupCommand group(QStringLiteral("casedesk-cli group create --name NAME (--business ID | CASE...) --as USER "
                                      "--database FILE"),
                       Msg::tr("Make a group case of a business's open complaints, or of the given cases (case "
                               "numbers or ids)."));
    const QCommandLineOption name(QStringLiteral("name"), Msg::tr("The group's name."), Msg::tr("NAME"));
    const QCommandLineOption business(QStringLiteral("business"), Msg::tr("The business's internal id."), Msg::tr("ID"));
    group.command.parser().addOption(name);
    group.command.parser().addOption(business);
    group.command.parser().addPositionalArgument(QStringLiteral("CASE"), Msg::tr("Case number or id."), QStringLiteral("[CASE...]"));
    if (auto stop = group.command.parse(arguments))
        return *stop;
    const QCommandLineParser &parser = group.command.parser();
    auto session = openSession(group.command, group.as);
    if (!session)
        return fail(session.error());
    const QSqlDatabase db = session->db;
    GroupService groups(db);
    Result<qint64> id = Error{};
    if (parser.isSet(business)) {
        bool ok = false;
        const qint64 businessId = parser.value(business).toLongLong(&ok);
        if (!ok || !parser.positionalArguments().isEmpty())
            return fail(usageError(Msg::tr("Give either --business with a business id or case numbers, not both.")));
        id = groups.createFromBusiness(businessId, parser.value(name), session->actor);
    } else {
        QList<qint64> caseIds;
        for (const QString &number : parser.positionalArguments()) {
            auto c = findCase(db, number);
            if (!c)
                return fail(c.error());
            caseIds.append(c->id);
        }
        id = groups.createFromCases(caseIds, parser.value(name), session->actor);
    }
    if (!id)
        return fail(id.error());
    printOut(Msg::tr("Made group case %1.").arg(id.value()));
    return Success;
}

int runOutcome(const QStringList &arguments)
{
    GroupCommand group(QStringLiteral("casedesk-cli group outcome ID --percent N [--basis balance|paid|amount] [--paid] "
                                      "[--description TEXT] [--same-money | --separate] [--above-amount] --as USER "
                                      "--database FILE"),
                       Msg::tr("Record one outcome for every member, e.g. 60% of each card balance; all or nothing."));
    const QCommandLineOption percent(QStringLiteral("percent"), Msg::tr("The share, 0 to 100."), Msg::tr("N"));
    const QCommandLineOption basis(QStringLiteral("basis"), Msg::tr("Of what: balance (default), paid or amount."),
                                   Msg::tr("BASIS"), QStringLiteral("balance"));
    const QCommandLineOption paid(QStringLiteral("paid"), Msg::tr("The money has been paid: add it to each case's money recovered."));
    const QCommandLineOption description(QStringLiteral("description"), Msg::tr("What was agreed."), Msg::tr("TEXT"));
    for (const auto &option : {percent, basis, paid, description})
        group.command.parser().addOption(option);
    const RecoveryOptions money = addRecoveryOptions(group.command.parser());
    group.command.parser().addPositionalArgument(QStringLiteral("ID"), Msg::tr("Group id."));
    if (auto stop = group.command.parse(arguments))
        return *stop;
    const QCommandLineParser &parser = group.command.parser();
    const auto id = groupId(parser);
    bool ok = false;
    const int share = parser.value(percent).toInt(&ok);
    const auto base = outcomeBasisFromCode(parser.value(basis));
    if (!id || !ok || !base)
        return fail(usageError(Msg::tr("Give one group id, --percent as a whole number and --basis balance, paid or amount.")));
    auto session = openSession(group.command, group.as);
    if (!session)
        return fail(session.error());
    const auto decision = recoveryDecision(parser, money);
    if (!decision)
        return fail(decision.error());
    auto total = GroupService(session->db)
                     .recordOutcome(*id, {*base, share, parser.value(description), parser.isSet(paid)}, session->actor,
                                    QDateTime::currentDateTime(), decision.value());
    if (!total)
        return fail(withRecoveryHint(total.error()));
    printOut(Msg::tr("Recorded the outcome: ¥%1 for %2 member(s).").arg(formatYuan(total->totalFen)).arg(total->members));
    for (const OutcomeLeftOut &left : total->leftOut)
        printOut(Msg::tr("Left out %1: %2.").arg(left.caseNumber, left.reason));
    return Success;
}

int runMove(const QStringList &arguments)
{
    GroupCommand group(QStringLiteral("casedesk-cli group move ID --to STATUS [--ground G] [--note TEXT] --as USER "
                                      "--database FILE"),
                       Msg::tr("Move every member to one status by the workflow rules; all or nothing."));
    const QCommandLineOption to(QStringLiteral("to"), Msg::tr("The new status."), Msg::tr("STATUS"));
    const QCommandLineOption ground(QStringLiteral("ground"), Msg::tr("The ground code, where the rule takes one."), Msg::tr("G"));
    const QCommandLineOption note(QStringLiteral("note"), Msg::tr("A note on the decision."), Msg::tr("TEXT"));
    for (const auto &option : {to, ground, note})
        group.command.parser().addOption(option);
    group.command.parser().addPositionalArgument(QStringLiteral("ID"), Msg::tr("Group id."));
    if (auto stop = group.command.parse(arguments))
        return *stop;
    const QCommandLineParser &parser = group.command.parser();
    const auto id = groupId(parser);
    const auto status = statusFromCode(parser.value(to));
    if (!id || !status)
        return fail(usageError(Msg::tr("Give one group id and --to with a status code.")));
    auto session = openSession(group.command, group.as);
    if (!session)
        return fail(session.error());
    if (auto done = GroupService(session->db)
                        .transitionAll(*id, *status, parser.value(ground), parser.value(note), session->actor);
        !done)
        return fail(done.error());
    printOut(Msg::tr("Moved every member to %1.").arg(labelOf(*status)));
    return Success;
}

int runRoster(const QStringList &arguments)
{
    SubcommandParser command(
        QStringLiteral("casedesk-cli group roster ID (--csv FILE | --xlsx FILE) [--as USER] --database FILE"),
        Msg::tr("Write the roster of claimants as CSV (UTF-8 with BOM) or as an Excel workbook, phones masked."));
    command.addDatabaseOption();
    const QCommandLineOption csv(QStringLiteral("csv"), Msg::tr("The CSV file to write."), Msg::tr("FILE"));
    const QCommandLineOption xlsx(QStringLiteral("xlsx"), Msg::tr("The Excel workbook to write."), Msg::tr("FILE"));
    command.parser().addOptions({csv, xlsx});
    const SignInOptions as = addSignInOptions(command.parser());
    command.parser().addPositionalArgument(QStringLiteral("ID"), Msg::tr("Group id."));
    if (auto stop = command.parse(arguments))
        return *stop;
    const auto id = groupId(command.parser());
    const bool workbook = command.parser().isSet(xlsx);
    if (!id || workbook == command.parser().isSet(csv))
        return fail(usageError(Msg::tr("Give one group id and --csv FILE or --xlsx FILE.")));
    auto session = openSession(command, as);
    if (!session)
        return fail(session.error());
    auto view = GroupService(session->db).view(*id);
    if (!view)
        return fail(view.error());
    const QString path = command.parser().value(workbook ? xlsx : csv);
    if (workbook) {
        if (auto written = writeRosterXlsx(view.value(), path); !written)
            return fail(written.error());
    } else {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(rosterCsv(view.value())) < 0)
            return fail(Error{ErrorCode::Io, Msg::tr("Cannot write %1: %2").arg(path, file.errorString()), {}});
    }
    printOut(Msg::tr("Wrote %1 (%2 members).").arg(path).arg(view->members.size()));
    return Success;
}

} // namespace

int runGroup(const QStringList &arguments)
{
    return dispatch(QStringLiteral("group"), arguments,
                    {{QStringLiteral("list"), runList},
                     {QStringLiteral("show"), runShow},
                     {QStringLiteral("create"), runCreate},
                     {QStringLiteral("outcome"), runOutcome},
                     {QStringLiteral("move"), runMove},
                     {QStringLiteral("roster"), runRoster}});
}

} // namespace casedesk::cli
