// enterprise: a networked enterprise's answer to a case forwarded to it (先行和解): settled
// (the case closes, the money goes on its ledger) or not (the case comes back into mediation).

#include "cli_case_support.h"
#include "cli_mediation_support.h"
#include "cli_recovered_support.h"
#include "cli_sign_in.h"
#include "cli_support.h"

#include "domain/money.h"
#include "enterprises/enterprise_answer_service.h"

#include <QCoreApplication>

namespace casedesk::cli {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

int runAnswer(const QStringList &arguments)
{
    SubcommandParser command(
        QStringLiteral("casedesk-cli enterprise answer CASE --settled|--failed --text T [--amount YUAN] [--on DATE] "
                       "[--same-money|--separate] [--above-amount] [--as USER] --database FILE"),
        Msg::tr("Record the answer of the enterprise a case was forwarded to: settled (the case is closed and the "
                "money paid recorded) or not settled (the case comes back into mediation)."));
    command.addDatabaseOption();
    const QCommandLineOption settled(QStringLiteral("settled"), Msg::tr("The enterprise settled with the complainant."));
    const QCommandLineOption failed(QStringLiteral("failed"), Msg::tr("It did not."));
    const QCommandLineOption text(QStringLiteral("text"), Msg::tr("What was settled, or why not."), Msg::tr("TEXT"));
    const QCommandLineOption amount(QStringLiteral("amount"), Msg::tr("The money paid, in yuan."), Msg::tr("YUAN"));
    const QCommandLineOption on(QStringLiteral("on"), Msg::tr("The day of the answer (today if not given)."),
                                QStringLiteral("YYYY-MM-DD"));
    command.parser().addOptions({settled, failed, text, amount, on});
    const RecoveryOptions recovery = addRecoveryOptions(command.parser());
    const SignInOptions as = addSignInOptions(command.parser());
    command.parser().addPositionalArgument(QStringLiteral("CASE"), Msg::tr("Case number or id."));
    if (auto stop = command.parse(arguments))
        return *stop;
    const QCommandLineParser &parser = command.parser();
    const auto id = singleId(parser);
    if (!id || parser.isSet(settled) == parser.isSet(failed))
        return fail(usageError(Msg::tr("Give one case and either --settled or --failed.")));
    EnterpriseAnswer answer;
    answer.settled = parser.isSet(settled);
    answer.text = parser.value(text);
    answer.answeredOn = QDate::currentDate();
    if (parser.isSet(amount)) {
        auto fen = parseMoney(QJsonValue(parser.value(amount)), QStringLiteral("--amount"));
        if (!fen)
            return fail(fen.error());
        answer.amountFen = fen.value();
    }
    if (parser.isSet(on)) {
        auto day = parseDay(parser.value(on), QStringLiteral("--on"));
        if (!day)
            return fail(day.error());
        answer.answeredOn = day.value();
    }
    auto decision = recoveryDecision(parser, recovery);
    if (!decision)
        return fail(decision.error());
    auto session = openCaseSession(command, as, *id);
    if (!session)
        return fail(session.error());
    auto recorded = EnterpriseAnswerService(session->db)
                        .record(session->complaint.id, answer, session->actor, QDateTime::currentDateTime(),
                                decision.value());
    if (!recorded)
        return fail(withRecoveryHint(recorded.error()));
    printOut(answer.settled ? Msg::tr("%1: settled by the enterprise (¥%2); the case is closed.")
                                  .arg(session->complaint.caseNumber, formatYuan(answer.amountFen))
                            : Msg::tr("%1: not settled by the enterprise; the case is back in mediation.")
                                  .arg(session->complaint.caseNumber));
    return Success;
}

} // namespace

int runEnterprise(const QStringList &arguments)
{
    if (arguments.value(0) == QLatin1String("answer"))
        return runAnswer(arguments.mid(1));
    printErr(Msg::tr("Usage: casedesk-cli enterprise answer CASE ... (--help)"));
    return UserError;
}

} // namespace casedesk::cli
