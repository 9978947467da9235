// referral: court referral (诉调对接) from the command line, and its PDF (诉调对接移送函).

#include "cli_case_support.h"
#include "cli_recovered_support.h"
#include "cli_mediation_support.h"
#include "cli_sign_in.h"
#include "cli_support.h"

#include "domain/money.h"
#include "mediation/mediation_papers.h"
#include "mediation/referral_service.h"
#include "letter_page.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace casedesk::cli {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

Status applyJson(const QSqlDatabase &db, const QJsonObject &json, CourtReferral &r)
{
    const QStringList known = {QStringLiteral("consentOn"),  QStringLiteral("court"),
                               QStringLiteral("referredOn"), QStringLiteral("claims"),
                               QStringLiteral("lawyer"),     QStringLiteral("courtCaseNumber"),
                               QStringLiteral("outcome"),    QStringLiteral("decidedOn"),
                               QStringLiteral("awarded"),    QStringLiteral("recovered")};
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!known.contains(it.key()))
            return usageError(
                Msg::tr("Unknown key \"%1\"; the keys are: %2.").arg(it.key(), known.join(QStringLiteral(", "))));
    }
    const auto day = [&json](const QString &key, QDate &target) -> Status {
        if (!json.contains(key))
            return {};
        const QString text = json.value(key).toString();
        if (text.isEmpty()) {
            target = QDate();
            return {};
        }
        auto parsed = parseDay(text, key);
        if (!parsed)
            return parsed.error();
        target = parsed.value();
        return {};
    };
    for (const auto &[key, target] : {std::pair<QString, QDate *>{QStringLiteral("consentOn"), &r.consentOn},
                                      {QStringLiteral("referredOn"), &r.referredOn},
                                      {QStringLiteral("decidedOn"), &r.decidedOn}}) {
        if (auto s = day(key, *target); !s)
            return s;
    }
    if (json.contains(QStringLiteral("court"))) {
        auto court = findCourt(db, json.value(QStringLiteral("court")).toVariant().toString());
        if (!court)
            return court.error();
        r.courtId = court->id;
    }
    if (json.contains(QStringLiteral("lawyer"))) {
        const QString name = json.value(QStringLiteral("lawyer")).toVariant().toString();
        if (name.isEmpty()) {
            r.lawyerId.reset();
        } else {
            auto lawyer = findMediator(db, name);
            if (!lawyer)
                return lawyer.error();
            r.lawyerId = lawyer->id;
        }
    }
    if (json.contains(QStringLiteral("claims")))
        r.claims = json.value(QStringLiteral("claims")).toString();
    if (json.contains(QStringLiteral("courtCaseNumber")))
        r.courtCaseNumber = json.value(QStringLiteral("courtCaseNumber")).toString();
    if (json.contains(QStringLiteral("outcome"))) {
        const auto outcome = referralOutcomeFromCode(json.value(QStringLiteral("outcome")).toString());
        if (!outcome)
            return usageError(Msg::tr("outcome: one of %1.").arg(codeList(allReferralOutcomes())));
        r.outcome = *outcome;
    }
    for (const auto &[key, target] : {std::pair<QString, qint64 *>{QStringLiteral("awarded"), &r.awardedFen},
                                      {QStringLiteral("recovered"), &r.recoveredFen}}) {
        if (!json.contains(key))
            continue;
        auto fen = parseMoney(json.value(key), key);
        if (!fen)
            return fen.error();
        *target = fen.value();
    }
    return {};
}

int runReferralSet(const QStringList &arguments)
{
    SubcommandParser command(
        QStringLiteral("casedesk-cli referral set CASE --json FILE|- [--same-money | --same-as ENTRY | --separate] "
                       "[--above-amount] [--as USER] --database FILE"),
        Msg::tr("Refer a case whose mediation was terminated to a court, or update its referral, from a JSON object "
                "with the keys consentOn, court (name or id), referredOn, claims, lawyer (a volunteer lawyer's "
                "name or id), courtCaseNumber, outcome (%1), decidedOn, awarded and recovered (yuan). Keys left "
                "out keep their value.")
            .arg(codeList(allReferralOutcomes())));
    command.addDatabaseOption();
    const QCommandLineOption json(QStringLiteral("json"), Msg::tr("The JSON file, or - for standard input."),
                                  Msg::tr("FILE"));
    command.parser().addOption(json);
    const RecoveryOptions money = addRecoveryOptions(command.parser());
    const SignInOptions as = addSignInOptions(command.parser());
    command.parser().addPositionalArgument(QStringLiteral("CASE"), Msg::tr("Case number or id."));
    if (auto stop = command.parse(arguments))
        return *stop;
    const QCommandLineParser &parser = command.parser();
    const auto id = singleId(parser);
    if (!id || !parser.isSet(json))
        return fail(usageError(Msg::tr("Give one case and --json FILE.")));
    const auto decision = recoveryDecision(parser, money);
    if (!decision)
        return fail(decision.error());
    auto object = readJsonObject(parser.value(json));
    if (!object)
        return fail(object.error());
    auto session = openCaseSession(command, as, *id);
    if (!session)
        return fail(session.error());
    const QSqlDatabase db = session->db;
    CourtReferralService service(db);
    auto stored = service.referralOf(session->complaint.id);
    if (!stored)
        return fail(stored.error());
    CourtReferral r;
    if (stored.value())
        r = *stored.value();
    r.complaintId = session->complaint.id;
    if (auto applied = applyJson(db, object.value(), r); !applied)
        return fail(applied.error());
    auto saved = service.save(r, session->actor, QDateTime::currentDateTime(), decision.value());
    if (!saved)
        return fail(withRecoveryHint(saved.error()));
    printOut(Msg::tr("%1: referred to %2, %3.")
                 .arg(session->complaint.caseNumber, saved->courtName, labelOf(saved->outcome)));
    return Success;
}

int runReferralHearing(const QStringList &arguments)
{
    SubcommandParser command(
        QStringLiteral("casedesk-cli referral hearing CASE --at DATETIME [--note TEXT] [--as USER] --database FILE"),
        Msg::tr("Add a hearing date of a referred case."));
    command.addDatabaseOption();
    const QCommandLineOption at(QStringLiteral("at"), Msg::tr("When, e.g. 2018-03-21T14:00."), Msg::tr("DATETIME"));
    const QCommandLineOption note(QStringLiteral("note"), Msg::tr("A note."), Msg::tr("TEXT"));
    for (const auto &option : {at, note})
        command.parser().addOption(option);
    const SignInOptions as = addSignInOptions(command.parser());
    command.parser().addPositionalArgument(QStringLiteral("CASE"), Msg::tr("Case number or id."));
    if (auto stop = command.parse(arguments))
        return *stop;
    const QCommandLineParser &parser = command.parser();
    const auto id = singleId(parser);
    if (!id)
        return fail(usageError(Msg::tr("Give exactly one case number or id.")));
    auto when = parseMoment(parser.value(at), QStringLiteral("--at"));
    if (!when)
        return fail(when.error());
    auto session = openCaseSession(command, as, *id);
    if (!session)
        return fail(session.error());
    const QSqlDatabase db = session->db;
    auto saved =
        CourtReferralService(db).addHearing(session->complaint.id, when.value(), parser.value(note), session->actor);
    if (!saved)
        return fail(saved.error());
    printOut(Msg::tr("%1: %2 hearing(s).").arg(session->complaint.caseNumber).arg(saved->hearings.size()));
    return Success;
}

int runReferralClose(const QStringList &arguments)
{
    SubcommandParser command(QStringLiteral("casedesk-cli referral close CASE [--as USER] --database FILE"),
                             Msg::tr("Close a referred case once the court's outcome is recorded."));
    command.addDatabaseOption();
    const SignInOptions as = addSignInOptions(command.parser());
    command.parser().addPositionalArgument(QStringLiteral("CASE"), Msg::tr("Case number or id."));
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
    auto closed = CourtReferralService(db).closeCase(session->complaint.id, session->actor);
    if (!closed)
        return fail(closed.error());
    printOut(Msg::tr("%1: %2").arg(closed->caseNumber, labelOf(closed->status)));
    return Success;
}

int runReferralPdf(const QStringList &arguments)
{
    return runCasePaperPdf(arguments,
                           {QStringLiteral("casedesk-cli referral CASE --out FILE.pdf [--as USER] --database FILE\n"
                                           "       casedesk-cli referral set|hearing|close ... (--help on each)"),
                            Msg::tr("Write the case's referral letter (诉调对接移送函) as an A4 PDF."),
                            [](const QSqlDatabase &db, qint64 caseId, const QString &actor,
                               const QString &file) -> Status {
                                return writeCaseLetterPdf(db, caseId, LetterKind::Referral, actor, file);
                            },
                            Msg::tr("%1: referral letter written to %2")});
}

} // namespace

int runReferral(const QStringList &arguments)
{
    const QString first = arguments.value(0);
    if (first == QLatin1String("set"))
        return runReferralSet(arguments.mid(1));
    if (first == QLatin1String("hearing"))
        return runReferralHearing(arguments.mid(1));
    if (first == QLatin1String("close"))
        return runReferralClose(arguments.mid(1));
    return runReferralPdf(arguments);
}

} // namespace casedesk::cli
