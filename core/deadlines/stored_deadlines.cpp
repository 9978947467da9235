#include "deadlines/stored_deadlines.h"

#include "deadlines/case_deadline_service.h"
#include "storage/calendar_repository.h"
#include "storage/case_event_repository.h"
#include "storage/clock_pause_repository.h"
#include "storage/termination_notice_repository.h"
#include "storage/deadline_rule_repository.h"
#include "storage/sql_helpers.h"
#include "storage/stored_values.h"

#include <thread>

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

    QList<Complaint> openCases;
    while (open->next()) {
        Complaint c;
        c.id = open->value(0).toLongLong();
        c.receivedAt = dateTimeFromStored(open->value(1));
        c.channel = channelFromCode(open->value(2).toString()).value_or(Channel::Phone);
        c.acceptedAt = dateTimeFromStored(open->value(3));
        c.firstContactAt = dateTimeFromStored(open->value(4));
        c.orderDispatchedAt = dateTimeFromStored(open->value(5));
        c.orderDueAt = dateTimeFromStored(open->value(6));
        openCases.append(std::move(c));
    }
    open->finish();
    // Worked out from what was read (the rules, calendar and timelines are only read), on two
    // threads, one half each: the open cases of a bulk write are 48,000 of a million demo cases,
    // a second of work on one core.
    auto work = [&](qsizetype from, qsizetype to) {
        QList<std::pair<qint64, PendingDeadline>> found;
        for (qsizetype i = from; i < to; ++i) {
            const Complaint &c = openCases.at(i);
            const auto rules = ruleSetInForce(ruleSets.value(), c.receivedAt.date());
            if (!rules)
                continue;
            const auto deadlines =
                caseDeadlines(deadlineTimeline(c, events->value(c.id), pauses->value(c.id), notices.value()), *rules,
                              calendar.value(), now);
            for (const Deadline &deadline : deadlines) {
                if (deadline.doneAt.isNull())
                    found.append({c.id, pendingOf(deadline)});
            }
        }
        return found;
    };
    constexpr qsizetype kCasesForTwoThreads = 32; // a thread costs what a few cases cost
    const qsizetype half = openCases.size() >= kCasesForTwoThreads ? openCases.size() / 2 : openCases.size();
    QList<std::pair<qint64, PendingDeadline>> secondHalf;
    std::thread other;
    if (half < openCases.size())
        other = std::thread([&] { secondHalf = work(half, openCases.size()); });
    QList<std::pair<qint64, PendingDeadline>> pending = work(0, half);
    if (other.joinable())
        other.join();
    pending.append(secondHalf);
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
