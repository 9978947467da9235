// mediator / court / session: the mediation directories and sessions from the command line.

#include "cli_case_support.h"
#include "cli_mediation_support.h"
#include "cli_sign_in.h"
#include "cli_support.h"

#include "mediation/directory_service.h"
#include "mediation/session_service.h"
#include "storage/mediation_directory_repository.h"
#include "storage/mediation_session_repository.h"

#include <QCoreApplication>

namespace casedesk::cli {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};


QString shown(const QDateTime &at)
{
    return at.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

int runMediatorAdd(const QStringList &arguments)
{
    SubcommandParser command(QStringLiteral("casedesk-cli mediator add NAME --kind KIND [--office O] [--phone P] "
                                            "[--email E] [--as USER] --database FILE"),
                             Msg::tr("Add a person to the mediator directory."));
    command.addDatabaseOption();
    const QCommandLineOption kind(QStringLiteral("kind"), Msg::tr("One of: %1.").arg(codeList(allMediatorKinds())),
                                  Msg::tr("KIND"));
    const QCommandLineOption office(QStringLiteral("office"), Msg::tr("Professional office or firm."), Msg::tr("O"));
    const QCommandLineOption phone(QStringLiteral("phone"), Msg::tr("Phone number."), Msg::tr("P"));
    const QCommandLineOption email(QStringLiteral("email"), Msg::tr("E-mail address."), Msg::tr("E"));
    for (const auto &option : {kind, office, phone, email})
        command.parser().addOption(option);
    const SignInOptions as = addSignInOptions(command.parser());
    command.parser().addPositionalArgument(QStringLiteral("NAME"), Msg::tr("The mediator's name."));
    if (auto stop = command.parse(arguments))
        return *stop;
    const QCommandLineParser &parser = command.parser();
    const auto name = singleId(parser);
    if (!name)
        return fail(usageError(Msg::tr("Give exactly one name.")));
    const auto k = mediatorKindFromCode(parser.value(kind));
    if (!k)
        return fail(usageError(Msg::tr("Give the kind with --kind: %1.").arg(codeList(allMediatorKinds()))));
    auto session = openSession(command, as);
    if (!session)
        return fail(session.error());
    Mediator m;
    m.name = *name;
    m.kind = *k;
    m.office = parser.value(office);
    m.phone = parser.value(phone);
    m.email = parser.value(email);
    auto saved = MediationDirectoryService(session->db).saveMediator(m, session->actor);
    if (!saved)
        return fail(saved.error());
    printOut(Msg::tr("Mediator %1: %2 (%3)").arg(QString::number(saved->id), saved->name, labelOf(saved->kind)));
    return Success;
}

int runMediatorList(const QStringList &arguments)
{
    SubcommandParser command(QStringLiteral("casedesk-cli mediator list --database FILE"),
                             Msg::tr("List the mediator directory."));
    command.addDatabaseOption();
    if (auto stop = command.parse(arguments))
        return *stop;
    auto database = command.openDatabase(false);
    if (!database)
        return fail(database.error());
    auto all = MediationDirectoryRepository(database.value()->connection()).mediators(true);
    if (!all)
        return fail(all.error());
    for (const Mediator &m : all.value())
        printOut(QStringLiteral("%1\t%2\t%3\t%4\t%5%6")
                     .arg(QString::number(m.id), m.name, codeOf(m.kind), m.office, m.phone,
                          m.active ? QString() : QLatin1Char('\t') + Msg::tr("inactive")));
    return Success;
}

int runCourtAdd(const QStringList &arguments)
{
    SubcommandParser command(QStringLiteral("casedesk-cli court add NAME [--kind court|circuit] [--address A] "
                                            "[--as USER] --database FILE"),
                             Msg::tr("Add a court or circuit hearing point to the list of courts."));
    command.addDatabaseOption();
    const QCommandLineOption kind(QStringLiteral("kind"), Msg::tr("One of: %1.").arg(codeList(allCourtKinds())),
                                  Msg::tr("KIND"), QStringLiteral("court"));
    const QCommandLineOption address(QStringLiteral("address"), Msg::tr("Address."), Msg::tr("A"));
    for (const auto &option : {kind, address})
        command.parser().addOption(option);
    const SignInOptions as = addSignInOptions(command.parser());
    command.parser().addPositionalArgument(QStringLiteral("NAME"), Msg::tr("The court's name."));
    if (auto stop = command.parse(arguments))
        return *stop;
    const QCommandLineParser &parser = command.parser();
    const auto name = singleId(parser);
    if (!name)
        return fail(usageError(Msg::tr("Give exactly one name.")));
    const auto k = courtKindFromCode(parser.value(kind));
    if (!k)
        return fail(usageError(Msg::tr("Give the kind with --kind: %1.").arg(codeList(allCourtKinds()))));
    auto session = openSession(command, as);
    if (!session)
        return fail(session.error());
    Court c;
    c.name = *name;
    c.kind = *k;
    c.address = parser.value(address);
    auto saved = MediationDirectoryService(session->db).saveCourt(c, session->actor);
    if (!saved)
        return fail(saved.error());
    printOut(Msg::tr("Court %1: %2 (%3)").arg(QString::number(saved->id), saved->name, labelOf(saved->kind)));
    return Success;
}

int runCourtList(const QStringList &arguments)
{
    SubcommandParser command(QStringLiteral("casedesk-cli court list --database FILE"), Msg::tr("List the courts."));
    command.addDatabaseOption();
    if (auto stop = command.parse(arguments))
        return *stop;
    auto database = command.openDatabase(false);
    if (!database)
        return fail(database.error());
    auto all = MediationDirectoryRepository(database.value()->connection()).courts(true);
    if (!all)
        return fail(all.error());
    for (const Court &c : all.value())
        printOut(QStringLiteral("%1\t%2\t%3\t%4").arg(QString::number(c.id), c.name, codeOf(c.kind), c.address));
    return Success;
}

int runSessionAdd(const QStringList &arguments)
{
    SubcommandParser command(
        QStringLiteral("casedesk-cli session add CASE --at DATETIME --mediator NAME [--mediator NAME...] "
                       "[--mode MODE] [--minutes N] [--place P] [--participants TEXT] [--record TEXT] "
                       "[--outcome OUTCOME] [--as USER] --database FILE"),
        Msg::tr("Book or record a mediation session of a case in mediation. A mediator booked twice at the same "
                "time is reported as a warning."));
    command.addDatabaseOption();
    const QCommandLineOption at(QStringLiteral("at"), Msg::tr("Start, e.g. 2018-03-21T09:30."), Msg::tr("DATETIME"));
    const QCommandLineOption mediator(QStringLiteral("mediator"), Msg::tr("A mediator's name or id (repeat for more)."),
                                      Msg::tr("NAME"));
    const QCommandLineOption mode(QStringLiteral("mode"), Msg::tr("One of: %1.").arg(codeList(allSessionModes())),
                                  Msg::tr("MODE"), QStringLiteral("on_site"));
    const QCommandLineOption minutes(QStringLiteral("minutes"), Msg::tr("Length in minutes (default 60)."),
                                     Msg::tr("N"), QStringLiteral("60"));
    const QCommandLineOption place(QStringLiteral("place"), Msg::tr("Where, or the meeting number."), Msg::tr("P"));
    const QCommandLineOption participants(QStringLiteral("participants"), Msg::tr("Who took part."), Msg::tr("TEXT"));
    const QCommandLineOption record(QStringLiteral("record"), Msg::tr("The record (笔录)."), Msg::tr("TEXT"));
    const QCommandLineOption outcome(QStringLiteral("outcome"),
                                     Msg::tr("One of: %1.").arg(codeList(allSessionOutcomes())), Msg::tr("OUTCOME"),
                                     QStringLiteral("planned"));
    for (const auto &option : {at, mediator, mode, minutes, place, participants, record, outcome})
        command.parser().addOption(option);
    const SignInOptions as = addSignInOptions(command.parser());
    command.parser().addPositionalArgument(QStringLiteral("CASE"), Msg::tr("Case number or id."));
    if (auto stop = command.parse(arguments))
        return *stop;
    const QCommandLineParser &parser = command.parser();
    const auto id = singleId(parser);
    if (!id)
        return fail(usageError(Msg::tr("Give exactly one case number or id.")));
    auto startsAt = parseMoment(parser.value(at), QStringLiteral("--at"));
    if (!startsAt)
        return fail(startsAt.error());
    const auto m = sessionModeFromCode(parser.value(mode));
    const auto o = sessionOutcomeFromCode(parser.value(outcome));
    if (!m || !o)
        return fail(usageError(Msg::tr("Unknown --mode or --outcome; see --help.")));
    bool numeric = false;
    const int length = parser.value(minutes).toInt(&numeric);
    if (!numeric)
        return fail(usageError(Msg::tr("--minutes takes a whole number.")));

    auto session = openCaseSession(command, as, *id);
    if (!session)
        return fail(session.error());
    const QSqlDatabase db = session->db;
    MediationSession s;
    s.complaintId = session->complaint.id;
    s.startsAt = startsAt.value();
    s.minutes = length;
    s.mode = *m;
    s.outcome = *o;
    s.place = parser.value(place);
    s.participants = parser.value(participants);
    s.record = parser.value(record);
    for (const QString &name : parser.values(mediator)) {
        auto found = findMediator(db, name);
        if (!found)
            return fail(found.error());
        s.mediatorIds.append(found->id);
    }
    auto saved = MediationSessionService(db).save(s, session->actor);
    if (!saved)
        return fail(saved.error());
    printOut(Msg::tr("Session %1 of %2: %3, %4")
                 .arg(QString::number(saved->session.id), session->complaint.caseNumber, shown(saved->session.startsAt),
                      labelOf(saved->session.mode)));
    for (const BookingClash &clash : saved->clashes)
        printErr(Msg::tr("Warning: %1 is also booked for %2 at %3.")
                     .arg(clash.mediatorName, clash.otherCaseNumber, shown(clash.otherStartsAt)));
    return Success;
}

int runSessionList(const QStringList &arguments)
{
    SubcommandParser command(
        QStringLiteral("casedesk-cli session list [CASE] [--from DATE --to DATE] [--as USER] --database FILE"),
        Msg::tr("List a case's sessions, or the agenda of all sessions between two days."));
    command.addDatabaseOption();
    const QCommandLineOption from(QStringLiteral("from"), Msg::tr("First day (default today)."), Msg::tr("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), Msg::tr("Last day (default a week later)."), Msg::tr("DATE"));
    command.parser().addOption(from);
    command.parser().addOption(to);
    const SignInOptions as = addSignInOptions(command.parser());
    command.parser().addPositionalArgument(QStringLiteral("CASE"), Msg::tr("Case number or id."));
    if (auto stop = command.parse(arguments))
        return *stop;
    const QCommandLineParser &parser = command.parser();
    auto database = command.openDatabase(false);
    if (!database)
        return fail(database.error());
    const QSqlDatabase db = database.value()->connection();
    if (auto reader = signIn(db, parser, as); !reader)
        return fail(reader.error());
    Result<QList<MediationSession>> sessions = QList<MediationSession>{};
    if (const auto id = singleId(parser)) {
        auto complaint = findCase(db, *id);
        if (!complaint)
            return fail(complaint.error());
        sessions = MediationSessionRepository(db).sessionsOf(complaint->id);
    } else {
        QDate first = QDate::currentDate();
        if (parser.isSet(from)) {
            auto day = parseDay(parser.value(from), QStringLiteral("--from"));
            if (!day)
                return fail(day.error());
            first = day.value();
        }
        QDate last = first.addDays(6);
        if (parser.isSet(to)) {
            auto day = parseDay(parser.value(to), QStringLiteral("--to"));
            if (!day)
                return fail(day.error());
            last = day.value();
        }
        sessions = MediationSessionService(db).agenda(first, last);
    }
    if (!sessions)
        return fail(sessions.error());
    for (const MediationSession &s : sessions.value())
        printOut(QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6")
                     .arg(QString::number(s.id), shown(s.startsAt), s.caseNumber, codeOf(s.mode), codeOf(s.outcome),
                          s.mediatorNames.join(QStringLiteral(", "))));
    return Success;
}

} // namespace

int runMediator(const QStringList &arguments)
{
    return dispatch(QStringLiteral("mediator"), arguments,
                    {{QStringLiteral("add"), runMediatorAdd}, {QStringLiteral("list"), runMediatorList}});
}

int runCourt(const QStringList &arguments)
{
    return dispatch(QStringLiteral("court"), arguments,
                    {{QStringLiteral("add"), runCourtAdd}, {QStringLiteral("list"), runCourtList}});
}

int runSession(const QStringList &arguments)
{
    return dispatch(QStringLiteral("session"), arguments,
                    {{QStringLiteral("add"), runSessionAdd}, {QStringLiteral("list"), runSessionList}});
}

} // namespace casedesk::cli
