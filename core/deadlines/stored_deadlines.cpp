#include "deadlines/stored_deadlines.h"

#include "deadlines/case_deadline_service.h"
#include "storage/calendar_repository.h"
#include "storage/case_event_repository.h"
#include "storage/clock_pause_repository.h"
#include "storage/termination_notice_repository.h"
#include "storage/deadline_rule_repository.h"
#include "storage/sql_helpers.h"
#include "storage/stored_values.h"

namespace casedesk {

Status refreshStoredDeadlines(const QSqlDatabase &db, const CaseSelection &cases, const QDateTime &now)
{
    // Everything is read and worked out before the old rows go: a selection may name the
    // cases by their stored deadlines (CaseDeadlineRepository::casesMovedByCalendar()).
    CaseDeadlineRepository stored(db);
    auto ruleSets = DeadlineRuleRepository(db).ruleSets();
    if (!ruleSets)
        return ruleSets.error();
    if (ruleSets->isEmpty())
        return stored.removeFor(cases); // no rules, no deadlines
    auto calendar = CalendarRepository(db).load();
    if (!calendar)
        return calendar.error();

    QString sql = QStringLiteral("SELECT c.id, c.received_at, c.channel, c.accepted_at, c.first_contact_at, "
                                 "c.order_dispatched_at, c.order_due_at FROM complaints c "
                                 "WHERE c.closed_at IS NULL");
    if (!cases.condition.isEmpty())
        sql += QStringLiteral(" AND (%1)").arg(cases.condition);
    auto open = runQuery(db, sql, cases.values);
    if (!open)
        return open.error();
    // The cases' events and pauses in two queries, as the computed due list reads them.
    auto events = CaseEventRepository(db).eventsOfOpenCasesWhere(cases.condition, cases.values);
    if (!events)
        return events.error();
    auto pauses = ClockPauseRepository(db).pausesOfOpenCasesWhere(cases.condition, cases.values);
    if (!pauses)
        return pauses.error();
    auto notices = TerminationNoticeRepository(db).noticesOfOpenCasesWhere(cases.condition, cases.values);
    if (!notices)
        return notices.error();

    QList<std::pair<qint64, PendingDeadline>> pending;
    while (open->next()) {
        Complaint c;
        c.id = open->value(0).toLongLong();
        c.receivedAt = dateTimeFromStored(open->value(1));
        c.channel = channelFromCode(open->value(2).toString()).value_or(Channel::Phone);
        c.acceptedAt = dateTimeFromStored(open->value(3));
        c.firstContactAt = dateTimeFromStored(open->value(4));
        c.orderDispatchedAt = dateTimeFromStored(open->value(5));
        c.orderDueAt = dateTimeFromStored(open->value(6));
        const auto rules = ruleSetInForce(ruleSets.value(), c.receivedAt.date());
        if (!rules)
            continue;
        const auto deadlines =
            caseDeadlines(deadlineTimeline(c, events->value(c.id), pauses->value(c.id), notices.value()), *rules,
                          calendar.value(), now);
        for (const Deadline &deadline : deadlines) {
            if (deadline.doneAt.isNull())
                pending.append({c.id, pendingOf(deadline)});
        }
    }
    open->finish();
    if (auto removed = stored.removeFor(cases); !removed)
        return removed;
    return stored.insert(pending);
}

Status refreshStoredDeadlinesOf(const QSqlDatabase &db, qint64 caseId, const QDateTime &now)
{
    return refreshStoredDeadlines(db, {QStringLiteral("c.id = ?"), {caseId}}, now);
}

Status fillStoredDeadlines(const QSqlDatabase &db)
{
    return refreshStoredDeadlines(db, {});
}

} // namespace casedesk
