// talk: talks (约谈) with a business: record one from JSON, list a business's talks with their
// promises, check a promise, print the talk record (约谈记录) as PDF.

#include "cli_case_support.h"
#include "cli_mediation_support.h"
#include "cli_sign_in.h"
#include "cli_support.h"

#include "storage/settings_repository.h"
#include "talk_document.h"
#include "talks/talk_service.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace casedesk::cli {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// A positive number from the command line, or nothing.
std::optional<qint64> idOf(const QString &text)
{
    bool number = false;
    const qint64 id = text.toLongLong(&number);
    return number && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

Result<Talk> talkFromJson(const QJsonObject &json)
{
    const QStringList known = {QStringLiteral("heldOn"),   QStringLiteral("place"),  QStringLiteral("councilAttendees"),
                               QStringLiteral("businessAttendees"), QStringLiteral("reason"),
                               QStringLiteral("problems"), QStringLiteral("promises")};
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!known.contains(it.key()))
            return usageError(
                Msg::tr("Unknown key \"%1\"; the keys are: %2.").arg(it.key(), known.join(QStringLiteral(", "))));
    }
    Talk talk;
    auto held = parseDay(json.value(QStringLiteral("heldOn")).toString(), QStringLiteral("heldOn"));
    if (!held)
        return held.error();
    talk.heldOn = held.value();
    talk.place = json.value(QStringLiteral("place")).toString();
    talk.councilAttendees = json.value(QStringLiteral("councilAttendees")).toString();
    talk.businessAttendees = json.value(QStringLiteral("businessAttendees")).toString();
    talk.reason = json.value(QStringLiteral("reason")).toString();
    talk.problems = json.value(QStringLiteral("problems")).toString();
    for (const QJsonValue &value : json.value(QStringLiteral("promises")).toArray()) {
        const QJsonObject promise = value.toObject();
        auto due = parseDay(promise.value(QStringLiteral("dueOn")).toString(), QStringLiteral("promises.dueOn"));
        if (!due)
            return due.error();
        TalkPromise p;
        p.text = promise.value(QStringLiteral("text")).toString();
        p.dueOn = due.value();
        talk.promises.append(p);
    }
    return talk;
}

int runTalkAdd(const QStringList &arguments)
{
    SubcommandParser command(
        QStringLiteral("casedesk-cli talk add --business ID --json FILE|- [--as USER] --database FILE"),
        Msg::tr("Record a talk with a business from a JSON object with the keys heldOn, place, councilAttendees, "
                "businessAttendees, reason, problems and promises (a list of {text, dueOn})."));
    command.addDatabaseOption();
    const QCommandLineOption business(QStringLiteral("business"), Msg::tr("The business's internal id."), Msg::tr("ID"));
    const QCommandLineOption json(QStringLiteral("json"), Msg::tr("The JSON file, or - for standard input."),
                                  Msg::tr("FILE"));
    command.parser().addOptions({business, json});
    const SignInOptions as = addSignInOptions(command.parser());
    if (auto stop = command.parse(arguments))
        return *stop;
    const auto businessId = idOf(command.parser().value(business));
    if (!businessId || !command.parser().isSet(json))
        return fail(usageError(Msg::tr("Give --business ID and --json FILE.")));
    auto object = readJsonObject(command.parser().value(json));
    if (!object)
        return fail(object.error());
    auto talk = talkFromJson(object.value());
    if (!talk)
        return fail(talk.error());
    talk->businessId = *businessId;
    auto session = openSession(command, as);
    if (!session)
        return fail(session.error());
    auto recorded = TalkService(session->db).record(talk.value(), session->actor);
    if (!recorded)
        return fail(recorded.error());
    printOut(QString::number(recorded->id));
    return Success;
}

int runTalkList(const QStringList &arguments)
{
    SubcommandParser command(QStringLiteral("casedesk-cli talk list --business ID [--as USER] --database FILE"),
                             Msg::tr("List a business's talks, newest first, each with its promises."));
    command.addDatabaseOption();
    const QCommandLineOption business(QStringLiteral("business"), Msg::tr("The business's internal id."), Msg::tr("ID"));
    command.parser().addOption(business);
    const SignInOptions as = addSignInOptions(command.parser());
    if (auto stop = command.parse(arguments))
        return *stop;
    const auto businessId = idOf(command.parser().value(business));
    if (!businessId)
        return fail(usageError(Msg::tr("Give --business ID.")));
    auto session = openSession(command, as);
    if (!session)
        return fail(session.error());
    auto talks = TalkService(session->db).talksOf(*businessId, session->actor);
    if (!talks)
        return fail(talks.error());
    for (const Talk &talk : talks.value()) {
        printOut(QStringLiteral("%1\t%2\t%3").arg(talk.id).arg(talk.heldOn.toString(Qt::ISODate), talk.businessName));
        for (const TalkPromise &p : talk.promises) {
            const QString state = !p.checkedOn.isValid() ? Msg::tr("not checked")
                                  : p.kept.value_or(false)
                                      ? Msg::tr("kept (checked %1)").arg(p.checkedOn.toString(Qt::ISODate))
                                      : Msg::tr("not kept (checked %1)").arg(p.checkedOn.toString(Qt::ISODate));
            printOut(QStringLiteral("  %1\t%2\t%3\t%4").arg(p.id).arg(p.dueOn.toString(Qt::ISODate), p.text, state));
        }
    }
    return Success;
}

int runTalkCheck(const QStringList &arguments)
{
    SubcommandParser command(
        QStringLiteral("casedesk-cli talk check PROMISE --kept|--not-kept [--on DATE] [--note TEXT] [--as USER] "
                       "--database FILE"),
        Msg::tr("Record the check of a promise made in a talk (its id from talk list)."));
    command.addDatabaseOption();
    const QCommandLineOption kept(QStringLiteral("kept"), Msg::tr("The business kept its promise."));
    const QCommandLineOption notKept(QStringLiteral("not-kept"), Msg::tr("The business did not keep it."));
    const QCommandLineOption on(QStringLiteral("on"), Msg::tr("The day of the check (today if not given)."),
                                QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption note(QStringLiteral("note"), Msg::tr("What the check found."), Msg::tr("TEXT"));
    command.parser().addOptions({kept, notKept, on, note});
    const SignInOptions as = addSignInOptions(command.parser());
    command.parser().addPositionalArgument(QStringLiteral("PROMISE"), Msg::tr("The promise's id."));
    if (auto stop = command.parse(arguments))
        return *stop;
    const auto promiseId = idOf(singleId(command.parser()).value_or(QString()));
    if (!promiseId || command.parser().isSet(kept) == command.parser().isSet(notKept))
        return fail(usageError(Msg::tr("Give one promise and either --kept or --not-kept.")));
    QDate day = QDate::currentDate();
    if (command.parser().isSet(on)) {
        auto parsed = parseDay(command.parser().value(on), QStringLiteral("--on"));
        if (!parsed)
            return fail(parsed.error());
        day = parsed.value();
    }
    auto session = openSession(command, as);
    if (!session)
        return fail(session.error());
    auto checked = TalkService(session->db)
                       .checkPromise(*promiseId, command.parser().isSet(kept), day, command.parser().value(note),
                                     session->actor);
    if (!checked)
        return fail(checked.error());
    printOut(Msg::tr("Promise %1 checked: %2").arg(checked->id).arg(checked->kept.value_or(false) ? Msg::tr("kept")
                                                                                                   : Msg::tr("not kept")));
    return Success;
}

int runTalkPrint(const QStringList &arguments)
{
    SubcommandParser command(QStringLiteral("casedesk-cli talk print TALK --out FILE.pdf [--as USER] --database FILE"),
                             Msg::tr("Write the record of a talk (约谈记录) as an A4 PDF."));
    command.addDatabaseOption();
    const QCommandLineOption out(QStringLiteral("out"), Msg::tr("The PDF file to write."), Msg::tr("FILE"));
    command.parser().addOption(out);
    const SignInOptions as = addSignInOptions(command.parser());
    command.parser().addPositionalArgument(QStringLiteral("TALK"), Msg::tr("The talk's id."));
    if (auto stop = command.parse(arguments))
        return *stop;
    const auto talkId = idOf(singleId(command.parser()).value_or(QString()));
    const QString file = command.parser().value(out);
    if (!talkId || file.isEmpty())
        return fail(usageError(Msg::tr("Give one talk and --out FILE.pdf.")));
    auto session = openSession(command, as);
    if (!session)
        return fail(session.error());
    auto talk = TalkService(session->db).talk(*talkId, session->actor);
    if (!talk)
        return fail(talk.error());
    auto council = SettingsRepository(session->db).councilName();
    if (!council)
        return fail(council.error());
    if (auto written = writeTalkPdf(talk.value(), council.value(), file); !written)
        return fail(written.error());
    printOut(Msg::tr("The record of the talk with %1 written to %2").arg(talk->businessName, file));
    return Success;
}

} // namespace

int runTalk(const QStringList &arguments)
{
    const QString verb = arguments.value(0);
    if (verb == QLatin1String("add"))
        return runTalkAdd(arguments.mid(1));
    if (verb == QLatin1String("list"))
        return runTalkList(arguments.mid(1));
    if (verb == QLatin1String("check"))
        return runTalkCheck(arguments.mid(1));
    if (verb == QLatin1String("print"))
        return runTalkPrint(arguments.mid(1));
    printErr(Msg::tr("Usage: casedesk-cli talk add|list|check|print ... (--help on each)"));
    return UserError;
}

} // namespace casedesk::cli
