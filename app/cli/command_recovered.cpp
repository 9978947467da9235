// recovered list / add / remove / above: the ledger of money recovered (挽回经济损失).

#include "cli_calendar_support.h"
#include "cli_case_support.h"
#include "cli_recovered_support.h"
#include "cli_sign_in.h"
#include "cli_support.h"

#include "domain/money.h"
#include "recovered/recovered_ledger.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace casedesk::cli {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QString sourceCodes()
{
    QStringList codes;
    for (RecoverySource source : directRecoverySources())
        codes << codeOf(source);
    return codes.join(QStringLiteral(", "));
}

int runList(const QStringList &arguments)
{
    SubcommandParser command(QStringLiteral("casedesk-cli recovered list CASE --database FILE [--json] [--as USER]"),
                             Msg::tr("The money recovered for a case, one line per sum, and its total."));
    command.addDatabaseOption();
    const QCommandLineOption asJson(QStringLiteral("json"), Msg::tr("Print JSON."));
    command.parser().addOption(asJson);
    const SignInOptions as = addSignInOptions(command.parser());
    command.parser().addPositionalArgument(QStringLiteral("CASE"), Msg::tr("Case number or id."));
    if (auto stop = command.parse(arguments))
        return *stop;
    const auto id = singleId(command.parser());
    if (!id)
        return fail(usageError(Msg::tr("Give one case.")));
    auto session = openCaseSession(command, as, *id);
    if (!session)
        return fail(session.error());
    auto entries = RecoveredMoneyService(session->db).entries(session->complaint.id);
    if (!entries)
        return fail(entries.error());
    QJsonArray list;
    for (const RecoveredEntry &e : entries.value()) {
        if (command.parser().isSet(asJson)) {
            QJsonObject json{{QStringLiteral("id"), e.id},
                             {QStringLiteral("source"), codeOf(e.source)},
                             {QStringLiteral("amountFen"), e.amountFen},
                             {QStringLiteral("on"), e.recoveredOn.toString(Qt::ISODate)},
                             {QStringLiteral("recordedBy"), e.recordedBy},
                             {QStringLiteral("note"), e.note}};
            if (e.sameAs)
                json.insert(QStringLiteral("sameAs"), *e.sameAs);
            list.append(json);
            continue;
        }
        printOut(QStringLiteral("%1  %2  %3  ¥%4  %5%6")
                     .arg(e.id)
                     .arg(e.recoveredOn.toString(Qt::ISODate), labelOf(e.source), formatYuan(e.amountFen), e.recordedBy,
                          e.sameAs ? QLatin1String("  ") + Msg::tr("(same money as %1)").arg(*e.sameAs) : QString()));
    }
    if (command.parser().isSet(asJson)) {
        printJson(QJsonObject{{QStringLiteral("caseNumber"), session->complaint.caseNumber},
                              {QStringLiteral("amountFen"), session->complaint.amountFen},
                              {QStringLiteral("recoveredFen"), session->complaint.recoveredFen},
                              {QStringLiteral("entries"), list}});
        return Success;
    }
    printOut(Msg::tr("Total ¥%1 (amount involved ¥%2).")
                 .arg(formatYuan(session->complaint.recoveredFen), formatYuan(session->complaint.amountFen)));
    return Success;
}

int runAdd(const QStringList &arguments)
{
    SubcommandParser command(
        QStringLiteral("casedesk-cli recovered add CASE --source SOURCE --amount YUAN --on DATE [--note TEXT] "
                       "[--same-money | --same-as ENTRY | --separate] [--above-amount] --as USER --database FILE"),
        Msg::tr("Record money recovered that has no record of its own: an enterprise's settlement or money paid on "
                "site. Agreements, court outcomes, payouts and group outcomes record theirs."));
    command.addDatabaseOption();
    const QCommandLineOption source(QStringLiteral("source"),
                                    Msg::tr("Where the money came from: %1.").arg(sourceCodes()), Msg::tr("SOURCE"));
    const QCommandLineOption amount(QStringLiteral("amount"), Msg::tr("The amount in yuan."), Msg::tr("YUAN"));
    const QCommandLineOption on(QStringLiteral("on"), Msg::tr("The day it was recovered."), Msg::tr("DATE"));
    const QCommandLineOption note(QStringLiteral("note"), Msg::tr("A note."), Msg::tr("TEXT"));
    for (const auto &option : {source, amount, on, note})
        command.parser().addOption(option);
    const RecoveryOptions money = addRecoveryOptions(command.parser());
    const SignInOptions as = addSignInOptions(command.parser());
    command.parser().addPositionalArgument(QStringLiteral("CASE"), Msg::tr("Case number or id."));
    if (auto stop = command.parse(arguments))
        return *stop;
    const QCommandLineParser &parser = command.parser();
    const auto id = singleId(parser);
    const auto from = recoverySourceFromCode(parser.value(source));
    const auto fen = parseYuan(parser.value(amount));
    if (!id || !from || !fen)
        return fail(usageError(Msg::tr("Give one case, --source (%1) and --amount in yuan.").arg(sourceCodes())));
    auto day = parseDateArgument(parser.value(on), QStringLiteral("--on"));
    if (!day)
        return fail(day.error());
    const auto decision = recoveryDecision(parser, money);
    if (!decision)
        return fail(decision.error());
    auto session = openCaseSession(command, as, *id);
    if (!session)
        return fail(session.error());
    auto entry = RecoveredMoneyService(session->db)
                     .record(session->complaint.id, *from, *fen, day.value(), parser.value(note), decision.value(),
                             session->actor);
    if (!entry)
        return fail(withRecoveryHint(entry.error()));
    printOut(Msg::tr("Recorded ¥%1 recovered through %2 on case %3 (entry %4).")
                 .arg(formatYuan(*fen), labelOf(*from), session->complaint.caseNumber)
                 .arg(entry.value()));
    return Success;
}

int runRemove(const QStringList &arguments)
{
    SubcommandParser command(QStringLiteral("casedesk-cli recovered remove ENTRY --as USER --database FILE"),
                             Msg::tr("Take back a sum typed in by mistake (see `recovered list`)."));
    command.addDatabaseOption();
    const SignInOptions as = addSignInOptions(command.parser());
    command.parser().addPositionalArgument(QStringLiteral("ENTRY"), Msg::tr("Entry number."));
    if (auto stop = command.parse(arguments))
        return *stop;
    const auto id = singleId(command.parser());
    bool ok = false;
    const qint64 entry = id ? id->toLongLong(&ok) : 0;
    if (!ok || entry <= 0)
        return fail(usageError(Msg::tr("Give one entry number.")));
    auto session = openSession(command, as);
    if (!session)
        return fail(session.error());
    if (auto removed = RecoveredMoneyService(session->db).remove(entry, session->actor); !removed)
        return fail(removed.error());
    printOut(Msg::tr("Removed entry %1.").arg(entry));
    return Success;
}

int runAbove(const QStringList &arguments)
{
    SubcommandParser command(QStringLiteral("casedesk-cli recovered above --database FILE [--as USER]"),
                             Msg::tr("The cases whose money recovered is above their amount involved."));
    command.addDatabaseOption();
    const SignInOptions as = addSignInOptions(command.parser());
    if (auto stop = command.parse(arguments))
        return *stop;
    auto session = openSession(command, as);
    if (!session)
        return fail(session.error());
    auto cases = RecoveredMoneyService(session->db).aboveAmount();
    if (!cases)
        return fail(cases.error());
    for (const RecoveredAboveAmount &c : cases.value())
        printOut(Msg::tr("%1  recovered ¥%2, amount involved ¥%3%4")
                     .arg(c.caseNumber, formatYuan(c.recoveredFen), formatYuan(c.amountFen),
                          c.confirmed ? Msg::tr(" (confirmed)") : QString()));
    if (cases->isEmpty())
        printOut(Msg::tr("No case has recovered more than its amount involved."));
    return Success;
}

} // namespace

int runRecovered(const QStringList &arguments)
{
    return dispatch(QStringLiteral("recovered"), arguments,
                    {{QStringLiteral("list"), runList},
                     {QStringLiteral("add"), runAdd},
                     {QStringLiteral("remove"), runRemove},
                     {QStringLiteral("above"), runAbove}});
}

} // namespace casedesk::cli
