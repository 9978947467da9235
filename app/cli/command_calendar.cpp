// calendar import / set / clear / show: the database's working-day calendar.

#include "cli_calendar_support.h"

#include "auth/desk_administration.h"
#include "cli_sign_in.h"
#include "storage/calendar_repository.h"

#include <QCoreApplication>
#include <QLocale>

namespace casedesk::cli {
namespace {

// The translation context of this file's messages.
struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// The single DATE or FILE a subcommand takes, or a usage error.
Result<QString> onePositional(SubcommandParser &command, const QString &what)
{
    const QStringList positional = command.parser().positionalArguments();
    if (positional.size() != 1)
        return Error{ErrorCode::InvalidInput, Msg::tr("Give exactly one %1.").arg(what), {}};
    return positional.first();
}

int runImport(const QStringList &arguments)
{
    SubcommandParser command(QStringLiteral("casedesk-cli calendar import FILE --database FILE --as USER"),
                             Msg::tr("Import one year of the State Council's holiday notice (holiday-cn JSON: "
                                     "{year, papers, days: [{name, date, isOffDay}]}). It replaces that year's "
                                     "published days; days set by hand with \"calendar set\" are kept. A file "
                                     "with any problem changes nothing."));
    command.addDatabaseOption();
    command.parser().addPositionalArgument(QStringLiteral("FILE"), Msg::tr("The year file, e.g. 2027.json."));
    const SignInOptions as = addSignInOptions(command.parser());
    if (auto stop = command.parse(arguments))
        return *stop;
    auto file = onePositional(command, Msg::tr("year file"));
    if (!file)
        return fail(file.error());
    auto database = command.openDatabase(false);
    if (!database)
        return fail(database.error());
    const QSqlDatabase db = database.value()->connection();
    const auto actor = signedInName(db, command.parser(), as);
    if (!actor)
        return fail(actor.error());
    auto summary = DeskAdministration(db).importCalendarFile(actor.value(), file.value());
    if (!summary)
        return fail(summary.error());
    printOut(Msg::tr("Imported the holiday schedule of %1: %2 days off, %3 make-up working days.")
                 .arg(summary->year)
                 .arg(summary->daysOff)
                 .arg(summary->makeUpDays));
    if (summary->replaced)
        printOut(Msg::tr("It replaces the schedule of %1 stored before.").arg(summary->year));
    if (summary->keptEdits > 0)
        printOut(Msg::tr("%1 day(s) of %2 set by hand keep their setting (\"calendar clear DATE\" undoes one).")
                     .arg(summary->keptEdits)
                     .arg(summary->year));
    return Success;
}

int runSet(const QStringList &arguments)
{
    SubcommandParser command(
        QStringLiteral("casedesk-cli calendar set DATE --working|--off [--name N] --database FILE --as USER"),
        Msg::tr("Make one day a working day or a day off by hand, e.g. a district's own "
                "arrangement. It wins over the published schedule, also after a re-import."));
    command.addDatabaseOption();
    const QCommandLineOption working(QStringLiteral("working"), Msg::tr("The day is a working day."));
    const QCommandLineOption off(QStringLiteral("off"), Msg::tr("The day is a day off."));
    const QCommandLineOption name(QStringLiteral("name"), Msg::tr("Why, in a few words (e.g. 区政府调休)."),
                                  Msg::tr("N"));
    for (const auto &option : {working, off, name})
        command.parser().addOption(option);
    const SignInOptions as = addSignInOptions(command.parser());
    command.parser().addPositionalArgument(QStringLiteral("DATE"), Msg::tr("The day, YYYY-MM-DD."));
    if (auto stop = command.parse(arguments))
        return *stop;
    auto text = onePositional(command, Msg::tr("date"));
    if (!text)
        return fail(text.error());
    auto date = parseDateArgument(text.value(), QStringLiteral("DATE"));
    if (!date)
        return fail(date.error());
    if (command.parser().isSet(working) == command.parser().isSet(off))
        return fail({ErrorCode::InvalidInput, Msg::tr("Give either --working or --off."), {}});
    auto database = command.openDatabase(false);
    if (!database)
        return fail(database.error());
    const bool isWorking = command.parser().isSet(working);
    const QSqlDatabase db = database.value()->connection();
    const auto actor = signedInName(db, command.parser(), as);
    if (!actor)
        return fail(actor.error());
    if (auto saved = DeskAdministration(db).setCalendarDay(actor.value(), date.value(), isWorking,
                                                           command.parser().value(name).trimmed());
        !saved)
        return fail(saved.error());
    printOut(isWorking ? Msg::tr("%1 is now a working day.").arg(date->toString(Qt::ISODate))
                       : Msg::tr("%1 is now a day off.").arg(date->toString(Qt::ISODate)));
    return Success;
}

int runClear(const QStringList &arguments)
{
    SubcommandParser command(QStringLiteral("casedesk-cli calendar clear DATE --database FILE --as USER"),
                             Msg::tr("Undo \"calendar set\" for one day: it follows the published schedule again "
                                     "(or the weekday rule if the schedule does not list it)."));
    command.addDatabaseOption();
    command.parser().addPositionalArgument(QStringLiteral("DATE"), Msg::tr("The day, YYYY-MM-DD."));
    const SignInOptions as = addSignInOptions(command.parser());
    if (auto stop = command.parse(arguments))
        return *stop;
    auto text = onePositional(command, Msg::tr("date"));
    if (!text)
        return fail(text.error());
    auto date = parseDateArgument(text.value(), QStringLiteral("DATE"));
    if (!date)
        return fail(date.error());
    auto database = command.openDatabase(false);
    if (!database)
        return fail(database.error());
    const QSqlDatabase db = database.value()->connection();
    const auto actor = signedInName(db, command.parser(), as);
    if (!actor)
        return fail(actor.error());
    if (auto cleared = DeskAdministration(db).clearCalendarDay(actor.value(), date.value()); !cleared)
        return fail(cleared.error());
    auto calendar = CalendarRepository(db).load();
    if (!calendar)
        return fail(calendar.error());
    printOut(calendar->isWorkingDay(date.value()) ? Msg::tr("%1 is a working day again.").arg(text.value())
                                                  : Msg::tr("%1 is a day off again.").arg(text.value()));
    return Success;
}

int runShow(const QStringList &arguments)
{
    SubcommandParser command(QStringLiteral("casedesk-cli calendar show --year Y [--database FILE]"),
                             Msg::tr("List the days of year Y that differ from the weekday rule (days off on "
                                     "weekdays, make-up working days) and say whether the year's schedule is known."));
    command.addDatabaseOption();
    const QCommandLineOption year(QStringLiteral("year"), Msg::tr("The year."), Msg::tr("Y"));
    command.parser().addOption(year);
    if (auto stop = command.parse(arguments))
        return *stop;
    bool ok = false;
    const int wanted = command.parser().value(year).toInt(&ok);
    if (!ok || wanted < 1900 || wanted > 2199)
        return fail({ErrorCode::InvalidInput, Msg::tr("--year takes a year such as 2026."), {}});
    auto calendar = commandCalendar(command);
    if (!calendar)
        return fail(calendar.error());
    if (!calendar->coversYear(wanted))
        printErr(Msg::tr("casedesk-cli: warning: no holiday schedule for %1; only days set by hand are listed.")
                     .arg(wanted));
    for (const SpecialDay &day : calendar->specialDays(wanted)) {
        // A holiday on a weekend changes nothing; list only what differs from the weekday rule.
        if (day.working == (day.date.dayOfWeek() <= 5))
            continue;
        printOut(QStringList{day.date.toString(Qt::ISODate),
                             QLocale().dayName(day.date.dayOfWeek(), QLocale::ShortFormat),
                             day.working ? Msg::tr("working") : Msg::tr("off"), day.name}
                     .join(QLatin1Char('\t')));
    }
    const QDate last = QDate(wanted, 12, 31);
    printOut(Msg::tr("%1 working days in %2.").arg(calendar->workingDaysBetween(last.addYears(-1), last)).arg(wanted));
    return Success;
}

} // namespace

int runCalendar(const QStringList &arguments)
{
    return dispatch(QStringLiteral("calendar"), arguments,
                    {{QStringLiteral("import"), runImport},
                     {QStringLiteral("set"), runSet},
                     {QStringLiteral("clear"), runClear},
                     {QStringLiteral("show"), runShow}});
}

} // namespace casedesk::cli
