// enterprise: networked enterprises (投诉联网): a business's complaint-network agreement, the list
// of enterprises with the cases now with each, and an enterprise's answer to a case forwarded to
// it (先行和解): settled (the case closes, the money goes on its ledger) or not (the case comes
// back into mediation).

#include "cli_case_support.h"
#include "cli_mediation_support.h"
#include "cli_recovered_support.h"
#include "cli_sign_in.h"
#include "cli_support.h"

#include "domain/money.h"
#include "enterprises/enterprise_agreement_service.h"
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

int runNetworkAgreement(const QStringList &arguments)
{
    SubcommandParser command(
        QStringLiteral("casedesk-cli enterprise agreement BUSINESS --signed-on DATE [--contact NAME] [--phone P] "
                       "[--desk T] [--odr] [--ended-on DATE] [--as USER] --database FILE"),
        Msg::tr("Save the complaint-network agreement with a business (its internal id): while it runs, the business "
                "is a networked enterprise."));
    command.addDatabaseOption();
    const QCommandLineOption signedOn(QStringLiteral("signed-on"), Msg::tr("The day it was signed."),
                                      QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption contact(QStringLiteral("contact"), Msg::tr("The contact person."), Msg::tr("NAME"));
    const QCommandLineOption phone(QStringLiteral("phone"), Msg::tr("The contact phone."), Msg::tr("PHONE"));
    const QCommandLineOption desk(QStringLiteral("desk"), Msg::tr("The enterprise's own complaint desk."),
                                  Msg::tr("TEXT"));
    const QCommandLineOption odr(QStringLiteral("odr"), Msg::tr("It takes part in online dispute resolution."));
    const QCommandLineOption endedOn(QStringLiteral("ended-on"), Msg::tr("The day the agreement ended."),
                                     QStringLiteral("YYYY-MM-DD"));
    command.parser().addOptions({signedOn, contact, phone, desk, odr, endedOn});
    const SignInOptions as = addSignInOptions(command.parser());
    command.parser().addPositionalArgument(QStringLiteral("BUSINESS"), Msg::tr("The business's internal id."));
    if (auto stop = command.parse(arguments))
        return *stop;
    const QCommandLineParser &parser = command.parser();
    bool number = false;
    const qint64 businessId = singleId(parser).value_or(QString()).toLongLong(&number);
    if (!number || businessId <= 0 || !parser.isSet(signedOn))
        return fail(usageError(Msg::tr("Give one business id and --signed-on DATE.")));
    EnterpriseAgreement agreement;
    agreement.businessId = businessId;
    auto signedDay = parseDay(parser.value(signedOn), QStringLiteral("--signed-on"));
    if (!signedDay)
        return fail(signedDay.error());
    agreement.signedOn = signedDay.value();
    if (parser.isSet(endedOn)) {
        auto endedDay = parseDay(parser.value(endedOn), QStringLiteral("--ended-on"));
        if (!endedDay)
            return fail(endedDay.error());
        agreement.endedOn = endedDay.value();
    }
    agreement.contactPerson = parser.value(contact);
    agreement.contactPhone = parser.value(phone);
    agreement.complaintDesk = parser.value(desk);
    agreement.odr = parser.isSet(odr);
    auto session = openSession(command, as);
    if (!session)
        return fail(session.error());
    auto saved = EnterpriseAgreementService(session->db).save(agreement, session->actor);
    if (!saved)
        return fail(saved.error());
    printOut(saved->active() ? Msg::tr("Business %1 is a networked enterprise since %2.")
                                   .arg(businessId)
                                   .arg(saved->signedOn.toString(Qt::ISODate))
                             : Msg::tr("The agreement with business %1 ended on %2.")
                                   .arg(businessId)
                                   .arg(saved->endedOn.toString(Qt::ISODate)));
    return Success;
}

int runEnterpriseList(const QStringList &arguments)
{
    SubcommandParser command(QStringLiteral("casedesk-cli enterprise list [--as USER] --database FILE"),
                             Msg::tr("List the networked enterprises, each with the cases now with it."));
    command.addDatabaseOption();
    const SignInOptions as = addSignInOptions(command.parser());
    if (auto stop = command.parse(arguments))
        return *stop;
    auto session = openSession(command, as);
    if (!session)
        return fail(session.error());
    auto rows = EnterpriseAgreementService(session->db).enterprises(session->actor);
    if (!rows)
        return fail(rows.error());
    for (const EnterpriseRow &row : rows.value()) {
        const EnterpriseAgreement &a = row.agreement;
        printOut(QStringLiteral("%1\t%2\t%3\t%4\t%5")
                     .arg(a.businessId)
                     .arg(row.businessName,
                          a.active() ? Msg::tr("since %1").arg(a.signedOn.toString(Qt::ISODate))
                                     : Msg::tr("ended %1").arg(a.endedOn.toString(Qt::ISODate)),
                          Msg::tr("%n case(s) with it", nullptr, row.forwardedOpen),
                          a.odr ? QStringLiteral("ODR") : QString()));
    }
    return Success;
}

} // namespace

int runEnterprise(const QStringList &arguments)
{
    const QString verb = arguments.value(0);
    if (verb == QLatin1String("answer"))
        return runAnswer(arguments.mid(1));
    if (verb == QLatin1String("agreement"))
        return runNetworkAgreement(arguments.mid(1));
    if (verb == QLatin1String("list"))
        return runEnterpriseList(arguments.mid(1));
    printErr(Msg::tr("Usage: casedesk-cli enterprise agreement|list|answer ... (--help on each)"));
    return UserError;
}

} // namespace casedesk::cli
