// case transition / assign / history: the workflow from the command line.

#include "cli_case_support.h"
#include "cli_sign_in.h"
#include "cli_support.h"

#include "domain/grounds.h"
#include "export/workflow_json.h"
#include "storage/complaint_repository.h"
#include "workflow/case_history.h"
#include "workflow/case_transition_service.h"
#include "workflow/first_contact_service.h"
#include "workflow/case_workflow.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace casedesk::cli {
namespace {

// The translation context of this file's messages.
struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};


QString shown(const QDateTime &at) { return at.toString(QStringLiteral("yyyy-MM-dd HH:mm")); }

QString statusCodes()
{
    QStringList codes;
    for (CaseStatus status : allStatuses())
        codes << codeOf(status);
    return codes.join(QStringLiteral(", "));
}

// --at: ISO 8601 with a time; without an offset it is this computer's local time.
std::optional<QDateTime> parseAt(QString text)
{
    text = text.trimmed();
    if (text.size() > 10 && text.at(10) == QLatin1Char(' '))
        text[10] = QLatin1Char('T');
    if (!text.contains(QLatin1Char('T')))
        return std::nullopt;
    const QDateTime at = QDateTime::fromString(text, Qt::ISODate);
    return at.isValid() ? std::optional<QDateTime>(at) : std::nullopt;
}

} // namespace

int runCaseTransition(const QStringList &arguments)
{
    SubcommandParser command(
        QStringLiteral("casedesk-cli case transition ID --to STATUS [--ground G] [--note TEXT] [--at DATETIME] "
                       "[--as USER] [--expect-version N] --database FILE"),
        Msg::tr("Move a case to another status, by the workflow rules. ID is the case number or the internal id. "
                "Refusing, returning and terminating mediation need a --ground; reopening needs a --note."));
    command.addDatabaseOption();
    const QCommandLineOption to(QStringLiteral("to"), Msg::tr("The new status: %1.").arg(statusCodes()), Msg::tr("STATUS"));
    const QCommandLineOption ground(
        QStringLiteral("ground"),
        Msg::tr("The ground code. Refusal: %1. Return: %2. Termination: %3.")
            .arg(groundCodes(GroundKind::Refusal).join(QStringLiteral(", ")),
                 groundCodes(GroundKind::Return).join(QStringLiteral(", ")),
                 groundCodes(GroundKind::Termination).join(QStringLiteral(", "))),
        Msg::tr("G"));
    const QCommandLineOption note(QStringLiteral("note"), Msg::tr("A note on the decision."), Msg::tr("TEXT"));
    const QCommandLineOption at(QStringLiteral("at"),
                                Msg::tr("When it happened, e.g. 2026-03-17T09:30 or 2026-03-17T09:30+08:00 "
                                        "(default: now)."),
                                Msg::tr("DATETIME"));
    const QCommandLineOption version(QStringLiteral("expect-version"),
                                     Msg::tr("Refuse if the case's version is no longer N (someone changed it)."),
                                     Msg::tr("N"));
    const SignInOptions as = addSignInOptions(command.parser());
    for (const auto &option : {to, ground, note, at, version})
        command.parser().addOption(option);
    command.parser().addPositionalArgument(QStringLiteral("ID"), Msg::tr("Case number or id."));
    if (auto stop = command.parse(arguments))
        return *stop;
    const QCommandLineParser &parser = command.parser();
    const auto id = singleId(parser);
    if (!id)
        return fail(usageError(Msg::tr("Give exactly one case number or id.")));

    TransitionRequest request;
    const auto target = statusFromCode(parser.value(to));
    if (!target)
        return fail(usageError(parser.isSet(to)
                                   ? Msg::tr("Unknown status \"%1\"; use one of: %2.").arg(parser.value(to), statusCodes())
                                   : Msg::tr("Give the new status with --to STATUS (%1).").arg(statusCodes())));
    request.to = *target;
    request.ground = parser.value(ground);
    request.note = parser.value(note);
    if (parser.isSet(at)) {
        const auto when = parseAt(parser.value(at));
        if (!when)
            return fail(usageError(Msg::tr("Write the time as YYYY-MM-DDTHH:MM, optionally with seconds and an "
                                           "offset such as +08:00.")));
        request.at = *when;
    }
    if (parser.isSet(version)) {
        bool ok = false;
        request.expectedVersion = parser.value(version).toInt(&ok);
        if (!ok)
            return fail(usageError(Msg::tr("--expect-version takes a whole number.")));
    }

    auto database = command.openDatabase(false);
    if (!database)
        return fail(database.error());
    const QSqlDatabase db = database.value()->connection();
    auto complaint = findCase(db, *id);
    if (!complaint)
        return fail(complaint.error());
    request.caseId = complaint->id;
    const auto actor = signedInName(db, parser, as);
    if (!actor)
        return fail(actor.error());
    auto moved = CaseTransitionService(db).transition(request, actor.value());
    if (!moved)
        return fail(moved.error());
    printOut(Msg::tr("%1: %2 → %3").arg(moved->caseNumber, labelOf(complaint->status), labelOf(moved->status)));
    return Success;
}

int runCaseAssign(const QStringList &arguments)
{
    SubcommandParser command(
        QStringLiteral("casedesk-cli case assign ID --to USER [--as USER] --database FILE"),
        Msg::tr("Make USER (an active caseworker or supervisor) the caseworker of a case; reassigning is allowed."));
    command.addDatabaseOption();
    const QCommandLineOption to(QStringLiteral("to"), Msg::tr("The caseworker who takes the case."), Msg::tr("USER"));
    const SignInOptions as = addSignInOptions(command.parser());
    command.parser().addOption(to);
    command.parser().addPositionalArgument(QStringLiteral("ID"), Msg::tr("Case number or id."));
    if (auto stop = command.parse(arguments))
        return *stop;
    const QCommandLineParser &parser = command.parser();
    const auto id = singleId(parser);
    if (!id)
        return fail(usageError(Msg::tr("Give exactly one case number or id.")));
    if (parser.value(to).trimmed().isEmpty())
        return fail(usageError(Msg::tr("Give the caseworker with --to USER.")));

    auto database = command.openDatabase(false);
    if (!database)
        return fail(database.error());
    const QSqlDatabase db = database.value()->connection();
    auto complaint = findCase(db, *id);
    if (!complaint)
        return fail(complaint.error());
    const auto actor = signedInName(db, parser, as);
    if (!actor)
        return fail(actor.error());
    auto assigned = CaseTransitionService(db).assign(complaint->id, parser.value(to), actor.value());
    if (!assigned)
        return fail(assigned.error());
    printOut(Msg::tr("%1: caseworker %2").arg(assigned->caseNumber, assigned->assignee));
    return Success;
}

int runCaseContact(const QStringList &arguments)
{
    QStringList methods;
    for (ContactMethod method : allContactMethods())
        methods << codeOf(method);
    SubcommandParser command(
        QStringLiteral("casedesk-cli case contact ID --method phone|sms|in_person [--at DATETIME] [--note TEXT] "
                       "[--as USER] --database FILE"),
        Msg::tr("Record the first contact with the complainant (the 24-hour first response): it meets the "
                "first-contact deadline. Once per case."));
    command.addDatabaseOption();
    const QCommandLineOption method(QStringLiteral("method"), Msg::tr("How: %1.").arg(methods.join(QStringLiteral(", "))),
                                    Msg::tr("M"));
    const QCommandLineOption at(QStringLiteral("at"),
                                Msg::tr("When (ISO 8601 with a time, e.g. 2026-03-04T09:30; default: now)."),
                                Msg::tr("DATETIME"));
    const QCommandLineOption note(QStringLiteral("note"), Msg::tr("A short note."), Msg::tr("TEXT"));
    command.parser().addOptions({method, at, note});
    const SignInOptions as = addSignInOptions(command.parser());
    command.parser().addPositionalArgument(QStringLiteral("ID"), Msg::tr("Case number or id."));
    if (auto stop = command.parse(arguments))
        return *stop;
    const QCommandLineParser &parser = command.parser();
    const auto id = singleId(parser);
    if (!id)
        return fail(usageError(Msg::tr("Give exactly one case number or id.")));
    const auto how = contactMethodFromCode(parser.value(method));
    if (!how)
        return fail(usageError(Msg::tr("Give how with --method: %1.").arg(methods.join(QStringLiteral(", ")))));
    QDateTime when = QDateTime::currentDateTime();
    if (parser.isSet(at)) {
        const auto parsed = parseAt(parser.value(at));
        if (!parsed)
            return fail(usageError(Msg::tr("--at takes a date and time, e.g. 2026-03-04T09:30.")));
        when = *parsed;
    }

    auto session = openCaseSession(command, as, *id);
    if (!session)
        return fail(session.error());
    auto recorded = FirstContactService(session->db)
                        .record(session->complaint.id, when, *how, parser.value(note), session->actor);
    if (!recorded)
        return fail(recorded.error());
    printOut(Msg::tr("%1: first contact %2, %3")
                 .arg(recorded->caseNumber, labelOf(*how),
                      recorded->firstContactAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    return Success;
}

int runCaseHistory(const QStringList &arguments)
{
    SubcommandParser command(QStringLiteral("casedesk-cli case history ID [--json] --database FILE [--as USER]"),
                             Msg::tr("Show a case's timeline (its status changes) and its audit trail (every "
                                     "recorded change)."));
    command.addDatabaseOption();
    const QCommandLineOption asJson(QStringLiteral("json"), Msg::tr("Print JSON."));
    command.parser().addOption(asJson);
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
    auto history = caseHistory(db, session->complaint.id);
    if (!history)
        return fail(history.error());
    if (command.parser().isSet(asJson)) {
        printJson(caseHistoryToJson(session->complaint, history.value()));
        return Success;
    }

    printOut(QStringLiteral("%1  %2").arg(session->complaint.caseNumber, labelOf(session->complaint.status)));
    printOut(Msg::tr("Timeline:"));
    for (const CaseEvent &event : history->timeline) {
        QStringList parts{shown(event.at), event.actor,
                          event.from ? QStringLiteral("%1 → %2").arg(labelOf(*event.from), labelOf(event.to))
                                     : labelOf(event.to)};
        if (!event.ground.isEmpty())
            parts << QLatin1Char('[') + groundLabel(groundKindFor(event.to), event.ground) + QLatin1Char(']');
        if (!event.note.isEmpty())
            parts << event.note;
        printOut(QStringLiteral("  ") + parts.join(QStringLiteral("  ")));
    }
    printOut(Msg::tr("Audit trail:"));
    for (const AuditEntry &entry : history->audit) {
        QString change = entry.field.isEmpty() ? entry.newValue
                                               : QStringLiteral("%1: %2 → %3").arg(entry.field, entry.oldValue, entry.newValue);
        printOut(QStringLiteral("  ") +
                 QStringList{shown(entry.at), entry.actor, entry.action, change}.join(QStringLiteral("  ")));
    }
    return Success;
}

} // namespace casedesk::cli
