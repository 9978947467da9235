#pragma once

#include "cli_support.h"

#include "calendar/working_calendar.h"

#include <QDate>

// What the workdays, calendar and rules commands share: dates typed on the command line and
// the calendar a command works with.

namespace casedesk::cli {

// A date typed as YYYY-MM-DD, or an InvalidInput error naming `option`.
Result<QDate> parseDateArgument(const QString &text, const QString &option);

// The calendar of --database FILE if given, else the one shipped with this build.
Result<WorkingCalendar> commandCalendar(SubcommandParser &command);

// Warns on stderr when the counted period reaches a year with no published schedule.
void warnIfNotCovered(const WorkingCalendar &calendar, QDate from, QDate to);

} // namespace casedesk::cli
