// workdays add / between: working-day arithmetic on the calendar, for scripts and checks.

#include "cli_calendar_support.h"

#include <QCoreApplication>

#include <cstdlib>

namespace casedesk::cli {
namespace {

// The translation context of this file's messages.
struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// Sanity limits: anything larger is a typo (the calendar is walked day by day).
constexpr int kMaxDays = 2500;         // about ten years of working days
constexpr qint64 kMaxSpanDays = 36525; // a hundred years

QString calendarHelp()
{
    return Msg::tr("Without --database, the holiday schedules shipped with CaseDesk are used; with it, that "
                   "database's calendar (including imported years and days set by hand).");
}

int runAdd(const QStringList &arguments)
{
    SubcommandParser command(QStringLiteral("casedesk-cli workdays add --from DATE --days N [--database FILE]"),
                             Msg::tr("Print the N-th working day after DATE (before it for a negative N), as a "
                                     "deadline of N working days counted from DATE ends. ") +
                                 calendarHelp());
    command.addDatabaseOption();
    const QCommandLineOption from(QStringLiteral("from"), Msg::tr("The start date, YYYY-MM-DD (not counted)."),
                                  Msg::tr("DATE"));
    const QCommandLineOption days(QStringLiteral("days"), Msg::tr("The number of working days."), Msg::tr("N"));
    command.parser().addOption(from);
    command.parser().addOption(days);
    if (auto stop = command.parse(arguments))
        return *stop;

    auto start = parseDateArgument(command.parser().value(from), QStringLiteral("--from"));
    if (!start)
        return fail(start.error());
    bool ok = false;
    const int n = command.parser().value(days).toInt(&ok);
    if (!ok || n < -kMaxDays || n > kMaxDays)
        return fail(
            {ErrorCode::InvalidInput, Msg::tr("--days takes a whole number from -%1 to %1.").arg(kMaxDays), {}});
    auto calendar = commandCalendar(command);
    if (!calendar)
        return fail(calendar.error());
    const QDate end = calendar->addWorkingDays(start.value(), n);
    warnIfNotCovered(calendar.value(), start.value(), end);
    printOut(end.toString(Qt::ISODate));
    return Success;
}

int runBetween(const QStringList &arguments)
{
    SubcommandParser command(QStringLiteral("casedesk-cli workdays between --from A --to B [--database FILE]"),
                             Msg::tr("Print the number of working days after A up to and including B (negative "
                                     "if B is before A). ") +
                                 calendarHelp());
    command.addDatabaseOption();
    const QCommandLineOption from(QStringLiteral("from"), Msg::tr("The first date, YYYY-MM-DD (not counted)."),
                                  Msg::tr("A"));
    const QCommandLineOption to(QStringLiteral("to"), Msg::tr("The last date, YYYY-MM-DD (counted)."), Msg::tr("B"));
    command.parser().addOption(from);
    command.parser().addOption(to);
    if (auto stop = command.parse(arguments))
        return *stop;

    auto first = parseDateArgument(command.parser().value(from), QStringLiteral("--from"));
    if (!first)
        return fail(first.error());
    auto last = parseDateArgument(command.parser().value(to), QStringLiteral("--to"));
    if (!last)
        return fail(last.error());
    if (std::abs(first->daysTo(last.value())) > kMaxSpanDays)
        return fail({ErrorCode::InvalidInput, Msg::tr("The dates are more than a hundred years apart."), {}});
    auto calendar = commandCalendar(command);
    if (!calendar)
        return fail(calendar.error());
    warnIfNotCovered(calendar.value(), first.value(), last.value());
    printOut(QString::number(calendar->workingDaysBetween(first.value(), last.value())));
    return Success;
}

} // namespace

int runWorkdays(const QStringList &arguments)
{
    return dispatch(QStringLiteral("workdays"), arguments,
                    {{QStringLiteral("add"), runAdd},
                     {QStringLiteral("between"), runBetween}});
}

} // namespace casedesk::cli
