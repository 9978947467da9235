#pragma once

#include "deadlines/case_deadlines.h"

#include <QJsonObject>

namespace casedesk {

// One due date as `case show --json` prints it (keys in the README): kind and unit codes,
// dueDate (YYYY-MM-DD), dueAt / startedAt / doneAt (ISO-8601 with offset, doneAt empty while
// open), daysLeft, minutesLeft, pausedDays, clockPaused, overdue, beyondCalendar.
QJsonObject deadlineToJson(const Deadline &deadline);

} // namespace casedesk
