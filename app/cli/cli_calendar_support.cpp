#include "cli_calendar_support.h"

#include "calendar/holiday_schedule.h"
#include "storage/calendar_repository.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace casedesk::cli {
namespace {
// The translation context of this file's messages.
struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};
} // namespace

Result<QDate> parseDateArgument(const QString &text, const QString &option)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate date = QDate::fromString(text.trimmed(), Qt::ISODate);
    if (!shape.match(text.trimmed()).hasMatch() || !date.isValid())
        return Error{ErrorCode::InvalidInput,
                     Msg::tr("%1 takes a date as YYYY-MM-DD, e.g. 2026-02-12; \"%2\" is not one.").arg(option, text),
                     {}};
    return date;
}

Result<WorkingCalendar> commandCalendar(SubcommandParser &command)
{
    if (command.parser().value(QStringLiteral("database")).isEmpty())
        return shippedWorkingCalendar();
    auto database = command.openDatabase(false);
    if (!database)
        return database.error();
    return CalendarRepository(database.value()->connection()).load();
}

void warnIfNotCovered(const WorkingCalendar &calendar, QDate from, QDate to)
{
    QStringList missing;
    for (int year = std::min(from.year(), to.year()); year <= std::max(from.year(), to.year()); ++year) {
        if (!calendar.coversYear(year))
            missing.append(QString::number(year));
    }
    if (!missing.isEmpty())
        printErr(Msg::tr("casedesk-cli: warning: no holiday schedule for %1; only weekends were skipped there. "
                         "Import the year's notice with: casedesk-cli calendar import FILE --database DB")
                     .arg(missing.join(QStringLiteral(", "))));
}

} // namespace casedesk::cli
