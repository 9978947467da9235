#include "export/deadline_json.h"

#include "storage/stored_values.h"

namespace casedesk {

QJsonObject deadlineToJson(const Deadline &d)
{
    return QJsonObject{
        {QStringLiteral("kind"), codeOf(d.kind)},
        {QStringLiteral("amount"), d.rule.amount},
        {QStringLiteral("unit"), codeOf(d.rule.unit)},
        {QStringLiteral("startedAt"), storedDateTime(d.startedAt)},
        {QStringLiteral("dueDate"), d.dueDate.toString(Qt::ISODate)},
        {QStringLiteral("dueAt"), storedDateTime(d.dueAt)},
        {QStringLiteral("doneAt"), storedDateTime(d.doneAt)},
        {QStringLiteral("daysLeft"), d.daysLeft},
        {QStringLiteral("minutesLeft"), d.minutesLeft},
        {QStringLiteral("pausedDays"), d.pausedDays},
        {QStringLiteral("clockPaused"), d.clockPaused},
        {QStringLiteral("overdue"), d.overdue},
        {QStringLiteral("beyondCalendar"), d.beyondCalendar},
    };
}

} // namespace casedesk
