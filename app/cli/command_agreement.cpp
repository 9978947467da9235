// agreement: the mediation agreement (调解协议书) from the command line, and its PDF.

#include "cli_case_support.h"
#include "cli_recovered_support.h"
#include "cli_mediation_support.h"
#include "cli_sign_in.h"
#include "cli_support.h"

#include "letter_page.h"
#include "domain/money.h"
#include "mediation/agreement_service.h"
#include "mediation/mediation_papers.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace casedesk::cli {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// The keys of the JSON an agreement is drafted from; any left out keep their value (or the template's).
Status applyJson(const QSqlDatabase &db, const QJsonObject &json, MediationAgreement &a)
{
    const QStringList known = {QStringLiteral("facts"),
                               QStringLiteral("disputes"),
                               QStringLiteral("responsibility"),
                               QStringLiteral("terms"),
                               QStringLiteral("performanceMethod"),
                               QStringLiteral("performancePlace"),
                               QStringLiteral("performBy"),
                               QStringLiteral("amount"),
                               QStringLiteral("mediator"),
                               QStringLiteral("copies")};
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!known.contains(it.key()))
            return usageError(
                Msg::tr("Unknown key \"%1\"; the keys are: %2.").arg(it.key(), known.join(QStringLiteral(", "))));
    }
    const auto text = [&json](const char *key, QString &target) {
        if (json.contains(QLatin1String(key)))
            target = json.value(QLatin1String(key)).toString();
    };
    text("facts", a.facts);
    text("disputes", a.disputes);
    text("responsibility", a.responsibility);
    text("terms", a.terms);
    text("performanceMethod", a.performanceMethod);
    text("performancePlace", a.performancePlace);
    if (json.contains(QStringLiteral("performBy"))) {
        auto day = parseDay(json.value(QStringLiteral("performBy")).toString(), QStringLiteral("performBy"));
        if (!day)
            return day.error();
        a.performBy = day.value();
    }
    if (json.contains(QStringLiteral("amount"))) {
        auto fen = parseMoney(json.value(QStringLiteral("amount")), QStringLiteral("amount"));
        if (!fen)
            return fen.error();
        a.amountFen = fen.value();
    }
    if (json.contains(QStringLiteral("mediator"))) {
        auto mediator = findMediator(db, json.value(QStringLiteral("mediator")).toVariant().toString());
        if (!mediator)
            return mediator.error();
        a.mediatorId = mediator->id;
    }
    if (json.contains(QStringLiteral("copies")))
        a.copies = json.value(QStringLiteral("copies")).toInt(0);
    return {};
}

int runAgreementDraft(const QStringList &arguments)
{
    SubcommandParser command(
        QStringLiteral("casedesk-cli agreement draft CASE --json FILE|- [--as USER] --database FILE"),
        Msg::tr("Draft or change the mediation agreement of a case in mediation from a JSON object with the keys "
                "facts, disputes, responsibility, terms, performanceMethod, performancePlace, performBy "
                "(YYYY-MM-DD), amount (yuan), mediator (name or id) and copies. Keys left out keep the saved "
                "draft's value, or the Chinese template's for a new draft."));
    command.addDatabaseOption();
    const QCommandLineOption json(QStringLiteral("json"), Msg::tr("The JSON file, or - for standard input."),
                                  Msg::tr("FILE"));
    command.parser().addOption(json);
    const SignInOptions as = addSignInOptions(command.parser());
    command.parser().addPositionalArgument(QStringLiteral("CASE"), Msg::tr("Case number or id."));
    if (auto stop = command.parse(arguments))
        return *stop;
    const QCommandLineParser &parser = command.parser();
    const auto id = singleId(parser);
    if (!id || !parser.isSet(json))
        return fail(usageError(Msg::tr("Give one case and --json FILE.")));
    auto object = readJsonObject(parser.value(json));
    if (!object)
        return fail(object.error());
    auto session = openCaseSession(command, as, *id);
    if (!session)
        return fail(session.error());
    const QSqlDatabase db = session->db;
    MediationAgreementService service(db);
    auto stored = service.agreementOf(session->complaint.id);
    if (!stored)
        return fail(stored.error());
    MediationAgreement a = stored.value() ? *stored.value() : agreementTemplate(session->complaint);
    if (auto applied = applyJson(db, object.value(), a); !applied)
        return fail(applied.error());
    auto saved = service.saveDraft(a, session->actor);
    if (!saved)
        return fail(saved.error());
    printOut(Msg::tr("%1: agreement saved as a draft.").arg(session->complaint.caseNumber));
    if (auto complete = checkAgreementComplete(saved.value()); !complete)
        printOut(Msg::tr("Still missing before signing: %1").arg(complete.error().message));
    return Success;
}

int runAgreementSign(const QStringList &arguments)
{
    SubcommandParser command(QStringLiteral("casedesk-cli agreement sign CASE --on DATE [--as USER] --database FILE"),
                             Msg::tr("Record that both parties and the mediator signed the agreement; the case becomes "
                                     "\"agreement reached\"."));
    command.addDatabaseOption();
    const QCommandLineOption on(QStringLiteral("on"), Msg::tr("The signing date (YYYY-MM-DD)."), Msg::tr("DATE"));
    command.parser().addOption(on);
    const SignInOptions as = addSignInOptions(command.parser());
    command.parser().addPositionalArgument(QStringLiteral("CASE"), Msg::tr("Case number or id."));
    if (auto stop = command.parse(arguments))
        return *stop;
    const QCommandLineParser &parser = command.parser();
    const auto id = singleId(parser);
    if (!id)
        return fail(usageError(Msg::tr("Give exactly one case number or id.")));
    auto day = parseDay(parser.value(on), QStringLiteral("--on"));
    if (!day)
        return fail(day.error());
    auto session = openCaseSession(command, as, *id);
    if (!session)
        return fail(session.error());
    const QSqlDatabase db = session->db;
    auto signedAgreement = MediationAgreementService(db).sign(session->complaint.id, day.value(), session->actor);
    if (!signedAgreement)
        return fail(signedAgreement.error());
    printOut(Msg::tr("%1: agreement signed on %2; judicial confirmation can be applied for until %3.")
                 .arg(session->complaint.caseNumber, day->toString(Qt::ISODate),
                      judicialConfirmationDeadline(signedAgreement.value()).toString(Qt::ISODate)));
    return Success;
}

int runAgreementPerform(const QStringList &arguments)
{
    SubcommandParser command(
        QStringLiteral("casedesk-cli agreement perform CASE --status S --on DATE [--recovered YUAN] "
                       "[--same-money | --same-as ENTRY | --separate] [--above-amount] [--as USER] --database FILE"),
        Msg::tr("Record whether a signed agreement was carried out, and the money actually recovered."));
    command.addDatabaseOption();
    const QCommandLineOption status(QStringLiteral("status"), Msg::tr("One of: %1.").arg(codeList(allPerformances())),
                                    Msg::tr("S"));
    const QCommandLineOption on(QStringLiteral("on"), Msg::tr("The date of the check (YYYY-MM-DD)."), Msg::tr("DATE"));
    const QCommandLineOption recovered(QStringLiteral("recovered"), Msg::tr("Money recovered, in yuan."),
                                       Msg::tr("YUAN"), QStringLiteral("0"));
    for (const auto &option : {status, on, recovered})
        command.parser().addOption(option);
    const RecoveryOptions money = addRecoveryOptions(command.parser());
    const SignInOptions as = addSignInOptions(command.parser());
    command.parser().addPositionalArgument(QStringLiteral("CASE"), Msg::tr("Case number or id."));
    if (auto stop = command.parse(arguments))
        return *stop;
    const QCommandLineParser &parser = command.parser();
    const auto id = singleId(parser);
    if (!id)
        return fail(usageError(Msg::tr("Give exactly one case number or id.")));
    const auto performance = performanceFromCode(parser.value(status));
    if (!performance)
        return fail(usageError(Msg::tr("Give --status: %1.").arg(codeList(allPerformances()))));
    QDate checkedOn;
    if (parser.isSet(on)) {
        auto day = parseDay(parser.value(on), QStringLiteral("--on"));
        if (!day)
            return fail(day.error());
        checkedOn = day.value();
    }
    auto fen = parseMoney(QJsonValue(parser.value(recovered)), QStringLiteral("--recovered"));
    if (!fen)
        return fail(fen.error());
    const auto decision = recoveryDecision(parser, money);
    if (!decision)
        return fail(decision.error());
    auto session = openCaseSession(command, as, *id);
    if (!session)
        return fail(session.error());
    const QSqlDatabase db = session->db;
    auto done = MediationAgreementService(db).recordPerformance(session->complaint.id, *performance, checkedOn,
                                                                fen.value(), session->actor,
                                                                QDateTime::currentDateTime(), decision.value());
    if (!done)
        return fail(withRecoveryHint(done.error()));
    printOut(Msg::tr("%1: %2, ¥%3 recovered.")
                 .arg(session->complaint.caseNumber, labelOf(done->performance), formatYuan(done->recoveredFen)));
    return Success;
}

int runAgreementPdf(const QStringList &arguments)
{
    return runCasePaperPdf(arguments,
                           {QStringLiteral("casedesk-cli agreement CASE --out FILE.pdf [--as USER] --database FILE\n"
                                           "       casedesk-cli agreement draft|sign|perform ... (--help on each)"),
                            Msg::tr("Write the case's mediation agreement (调解协议书) as an A4 PDF."),
                            [](const QSqlDatabase &db, qint64 caseId, const QString &actor,
                               const QString &file) -> Status {
                                return writeCaseLetterPdf(db, caseId, LetterKind::Agreement, actor, file);
                            },
                            Msg::tr("%1: agreement written to %2")});
}

} // namespace

int runAgreement(const QStringList &arguments)
{
    const QString first = arguments.value(0);
    if (first == QLatin1String("draft"))
        return runAgreementDraft(arguments.mid(1));
    if (first == QLatin1String("sign"))
        return runAgreementSign(arguments.mid(1));
    if (first == QLatin1String("perform"))
        return runAgreementPerform(arguments.mid(1));
    return runAgreementPdf(arguments);
}

} // namespace casedesk::cli
