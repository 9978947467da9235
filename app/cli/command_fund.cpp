// fund list / create / top-up / payout / statement: first-compensation funds (先行赔付).

#include "cli_case_support.h"
#include "cli_recovered_support.h"
#include "cli_sign_in.h"
#include "cli_support.h"

#include "domain/money.h"
#include "funds/fund_service.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace casedesk::cli {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};


std::optional<qint64> fundId(const QCommandLineParser &parser)
{
    const auto id = singleId(parser);
    bool ok = false;
    const qint64 value = id ? id->toLongLong(&ok) : 0;
    return ok && value > 0 ? std::optional<qint64>(value) : std::nullopt;
}

int runList(const QStringList &arguments)
{
    SubcommandParser command(QStringLiteral("casedesk-cli fund list --database FILE [--json] [--as USER]"),
                             Msg::tr("List the first-compensation funds with their balances."));
    command.addDatabaseOption();
    const QCommandLineOption asJson(QStringLiteral("json"), Msg::tr("Print JSON."));
    command.parser().addOption(asJson);
    const SignInOptions as = addSignInOptions(command.parser());
    if (auto stop = command.parse(arguments))
        return *stop;
    auto session = openSession(command, as);
    if (!session)
        return fail(session.error());
    auto funds = FundService(session->db).list();
    if (!funds)
        return fail(funds.error());
    QJsonArray list;
    for (const Fund &f : funds.value()) {
        if (command.parser().isSet(asJson))
            list.append(QJsonObject{{QStringLiteral("id"), f.id},
                                    {QStringLiteral("name"), f.name},
                                    {QStringLiteral("holder"), f.holder},
                                    {QStringLiteral("balanceFen"), f.balanceFen},
                                    {QStringLiteral("paidOutFen"), f.paidOutFen},
                                    {QStringLiteral("payouts"), f.payouts}});
        else
            printOut(Msg::tr("%1  %2 (%3): balance ¥%4, %5 payouts ¥%6")
                         .arg(f.id)
                         .arg(f.name, f.holder, formatYuan(f.balanceFen))
                         .arg(f.payouts)
                         .arg(formatYuan(f.paidOutFen)));
    }
    if (command.parser().isSet(asJson))
        printJson(list);
    return Success;
}

int runCreate(const QStringList &arguments)
{
    SubcommandParser command(QStringLiteral("casedesk-cli fund create NAME [--holder TEXT] --as USER --database FILE"),
                             Msg::tr("Add a fund held by a mall or market."));
    command.addDatabaseOption();
    const QCommandLineOption holder(QStringLiteral("holder"), Msg::tr("The mall or market holding it."), Msg::tr("TEXT"));
    command.parser().addOption(holder);
    const SignInOptions as = addSignInOptions(command.parser());
    command.parser().addPositionalArgument(QStringLiteral("NAME"), Msg::tr("The fund's name."));
    if (auto stop = command.parse(arguments))
        return *stop;
    const auto name = singleId(command.parser());
    if (!name)
        return fail(usageError(Msg::tr("Give the fund's name.")));
    auto session = openSession(command, as);
    if (!session)
        return fail(session.error());
    Fund fund;
    fund.name = *name;
    fund.holder = command.parser().value(holder);
    auto id = FundService(session->db).create(fund, session->actor);
    if (!id)
        return fail(id.error());
    printOut(Msg::tr("Added fund %1.").arg(id.value()));
    return Success;
}

// top-up and payout: ID, an amount, maybe a case.
int runEntry(const QStringList &arguments, bool payout)
{
    SubcommandParser command(payout ? QStringLiteral("casedesk-cli fund payout ID --case CASE --amount YUAN [--note TEXT] "
                                                     "[--same-money | --same-as ENTRY | --separate] [--above-amount] "
                                                     "--as USER --database FILE")
                                    : QStringLiteral("casedesk-cli fund top-up ID --amount YUAN [--note TEXT] --as USER "
                                                     "--database FILE"),
                             payout ? Msg::tr("Pay a consumer from the fund; the case's money recovered grows by it.")
                                    : Msg::tr("Pay money into the fund."));
    command.addDatabaseOption();
    const QCommandLineOption amount(QStringLiteral("amount"), Msg::tr("The amount in yuan."), Msg::tr("YUAN"));
    const QCommandLineOption caseOption(QStringLiteral("case"), Msg::tr("The case number or id of the consumer paid."),
                                        Msg::tr("CASE"));
    const QCommandLineOption note(QStringLiteral("note"), Msg::tr("A note."), Msg::tr("TEXT"));
    for (const auto &option : {amount, note})
        command.parser().addOption(option);
    if (payout)
        command.parser().addOption(caseOption);
    std::optional<RecoveryOptions> money;
    if (payout)
        money = addRecoveryOptions(command.parser());
    const SignInOptions as = addSignInOptions(command.parser());
    command.parser().addPositionalArgument(QStringLiteral("ID"), Msg::tr("Fund id."));
    if (auto stop = command.parse(arguments))
        return *stop;
    const auto id = fundId(command.parser());
    const auto fen = parseYuan(command.parser().value(amount));
    if (!id || !fen || (payout && !command.parser().isSet(caseOption)))
        return fail(usageError(payout ? Msg::tr("Give one fund id, --case and --amount in yuan.")
                                      : Msg::tr("Give one fund id and --amount in yuan.")));
    auto session = openSession(command, as);
    if (!session)
        return fail(session.error());
    const QSqlDatabase db = session->db;
    FundService funds(db);
    if (payout) {
        const auto decision = recoveryDecision(command.parser(), *money);
        if (!decision)
            return fail(decision.error());
        auto c = findCase(db, command.parser().value(caseOption));
        if (!c)
            return fail(c.error());
        if (auto done = funds.payout(*id, c->id, *fen, command.parser().value(note), session->actor,
                                     QDateTime::currentDateTime(), decision.value());
            !done)
            return fail(withRecoveryHint(done.error()));
        printOut(Msg::tr("Paid ¥%1 to case %2.").arg(formatYuan(*fen), c->caseNumber));
    } else {
        if (auto done = funds.topUp(*id, *fen, command.parser().value(note), session->actor); !done)
            return fail(done.error());
        printOut(Msg::tr("Paid ¥%1 into the fund.").arg(formatYuan(*fen)));
    }
    return Success;
}

int runTopUp(const QStringList &arguments) { return runEntry(arguments, false); }
int runPayout(const QStringList &arguments) { return runEntry(arguments, true); }

int runStatement(const QStringList &arguments)
{
    SubcommandParser command(QStringLiteral("casedesk-cli fund statement ID --database FILE [--json] [--as USER]"),
                             Msg::tr("A fund's statement: every top-up and payout with the balance after it."));
    command.addDatabaseOption();
    const QCommandLineOption asJson(QStringLiteral("json"), Msg::tr("Print JSON."));
    command.parser().addOption(asJson);
    const SignInOptions as = addSignInOptions(command.parser());
    command.parser().addPositionalArgument(QStringLiteral("ID"), Msg::tr("Fund id."));
    if (auto stop = command.parse(arguments))
        return *stop;
    const auto id = fundId(command.parser());
    if (!id)
        return fail(usageError(Msg::tr("Give one fund id.")));
    auto session = openSession(command, as);
    if (!session)
        return fail(session.error());
    FundService funds(session->db);
    if (auto fund = funds.get(*id); !fund)
        return fail(fund.error());
    auto entries = funds.statement(*id);
    if (!entries)
        return fail(entries.error());
    QJsonArray list;
    for (const FundEntry &e : entries.value()) {
        const bool out = e.kind == FundEntryKind::Payout;
        if (command.parser().isSet(asJson))
            list.append(QJsonObject{{QStringLiteral("at"), e.at.toString(Qt::ISODateWithMs)},
                                    {QStringLiteral("kind"), out ? QStringLiteral("payout") : QStringLiteral("top_up")},
                                    {QStringLiteral("amountFen"), e.amountFen},
                                    {QStringLiteral("balanceAfterFen"), e.balanceAfterFen},
                                    {QStringLiteral("caseNumber"), e.caseNumber},
                                    {QStringLiteral("actor"), e.actor},
                                    {QStringLiteral("note"), e.note}});
        else
            printOut(QStringLiteral("%1  %2%3  ¥%4  %5  %6")
                         .arg(e.at.toString(QStringLiteral("yyyy-MM-dd")), out ? QStringLiteral("-") : QStringLiteral("+"),
                              formatYuan(e.amountFen), formatYuan(e.balanceAfterFen), e.caseNumber, e.note));
    }
    if (command.parser().isSet(asJson))
        printJson(list);
    return Success;
}

} // namespace

int runFund(const QStringList &arguments)
{
    return dispatch(QStringLiteral("fund"), arguments,
                    {{QStringLiteral("list"), runList},
                     {QStringLiteral("create"), runCreate},
                     {QStringLiteral("top-up"), runTopUp},
                     {QStringLiteral("payout"), runPayout},
                     {QStringLiteral("statement"), runStatement}});
}

} // namespace casedesk::cli
