#include "deadlines/due_list.h"

#include "deadlines/case_deadline_service.h"
#include "storage/calendar_repository.h"
#include "storage/case_deadline_repository.h"
#include "storage/case_event_repository.h"
#include "storage/clock_pause_repository.h"
#include "storage/deadline_rule_repository.h"
#include "storage/sql_helpers.h"
#include "storage/stored_values.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <algorithm>

namespace casedesk {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Deadlines)
};

bool isUrgent(const Deadline &d, int withinWorkingDays)
{
    if (!d.doneAt.isNull())
        return false;
    if (d.overdue)
        return true;
    if (d.rule.unit == DeadlineUnit::Hours)
        return d.minutesLeft <= 24 * 60;
    return d.daysLeft <= withinWorkingDays;
}

// Signed agreements of open cases whose performance nobody has recorded yet, due by `until`
// or already late.
Status addAgreementsToCheck(const QSqlDatabase &db, const QDateTime &now, const QDate &until, const QString &assignee,
                            QList<DueItem> &due)
{
    QString sql = QStringLiteral("SELECT c.id, c.case_number, p.name, b.name, c.assignee, c.status, a.perform_by, "
                                 "a.signed_on FROM mediation_agreements a JOIN complaints c ON c.id = a.complaint_id "
                                 "JOIN consumers p ON p.id = c.consumer_id JOIN businesses b ON b.id = c.business_id "
                                 "WHERE a.signed_on IS NOT NULL AND a.performance = 'pending' "
                                 "AND a.perform_by IS NOT NULL AND a.perform_by <= ? AND c.closed_at IS NULL");
    QVariantList values{until.toString(Qt::ISODate)};
    if (!assignee.isEmpty()) {
        sql += QStringLiteral(" AND c.assignee = ?");
        values << assignee;
    }
    auto agreements = runQuery(db, sql, values);
    if (!agreements)
        return agreements.error();
    while (agreements->next()) {
        Deadline d;
        d.rule.unit = DeadlineUnit::CalendarDays;
        d.startedAt = QDateTime(dateFromStored(agreements->value(7)), QTime(0, 0), now.timeZone());
        d.dueDate = dateFromStored(agreements->value(6));
        d.dueAt = QDateTime(d.dueDate, QTime(23, 59, 59, 999), now.timeZone());
        d.daysLeft = int(now.date().daysTo(d.dueDate));
        d.overdue = d.daysLeft < 0;
        due.append({agreements->value(0).toLongLong(), agreements->value(1).toString(), agreements->value(2).toString(),
                    agreements->value(3).toString(), agreements->value(4).toString(),
                    statusFromCode(agreements->value(5).toString()).value_or(CaseStatus::AgreementReached), d, true});
    }
    return {};
}

// Most overdue first, then the soonest due.
bool moreUrgent(const DueItem &a, const DueItem &b)
{
    if (a.deadline.overdue != b.deadline.overdue)
        return a.deadline.overdue;
    return a.deadline.dueAt < b.deadline.dueAt;
}

} // namespace

Result<QList<DueItem>> dueSoonOrOverdue(const QSqlDatabase &db, const QDateTime &now, int withinWorkingDays,
                                        const QString &assignee)
{
    auto calendar = CalendarRepository(db).load();
    if (!calendar)
        return calendar.error();
    // Every deadline the list can show is due before this day, whatever its unit (the day
    // after the last one within reach, in working or calendar days; hour targets within a
    // day), with two days to spare for a case written in another time zone. The exact test
    // is isUrgent() on the deadline as of `now`.
    const QDate today = now.date();
    const int within = std::max(withinWorkingDays, 0);
    const QDate before =
        std::max(calendar->addWorkingDays(today, within + 1), today.addDays(within + 1)).addDays(2);
    auto rows = CaseDeadlineRepository(db).dueBefore(before, assignee);
    if (!rows)
        return rows.error();
    QList<DueItem> due;
    for (const StoredDueRow &row : rows.value()) {
        const Deadline deadline = pendingDeadlineAsOf(row.deadline, calendar.value(), now);
        if (!isUrgent(deadline, withinWorkingDays))
            continue;
        due.append({row.caseId, row.caseNumber, row.consumerName, row.businessName, row.assignee,
                    statusFromCode(row.status).value_or(CaseStatus::Registered), deadline});
    }
    const QDate until = calendar->addWorkingDays(now.date(), withinWorkingDays);
    if (auto added = addAgreementsToCheck(db, now, until, assignee, due); !added)
        return added.error();
    std::sort(due.begin(), due.end(), moreUrgent);
    return due;
}

Result<QList<DueItem>> dueSoonOrOverdueComputed(const QSqlDatabase &db, const QDateTime &now, int withinWorkingDays,
                                                const QString &assignee)
{
    auto ruleSets = DeadlineRuleRepository(db).ruleSets();
    if (!ruleSets)
        return ruleSets.error();
    auto calendar = CalendarRepository(db).load();
    if (!calendar)
        return calendar.error();

    QString sql = QStringLiteral("SELECT c.id, c.case_number, c.received_at, c.channel, c.accepted_at, c.status, "
                                 "c.assignee, p.name, b.name FROM complaints c "
                                 "JOIN consumers p ON p.id = c.consumer_id JOIN businesses b ON b.id = c.business_id "
                                 "WHERE c.closed_at IS NULL");
    QVariantList values;
    if (!assignee.isEmpty()) {
        sql += QStringLiteral(" AND c.assignee = ?");
        values << assignee;
    }
    auto open = runQuery(db, sql, values);
    if (!open)
        return open.error();

    // Every open case's events and pauses in two queries (two per case took most of the time).
    auto events = CaseEventRepository(db).eventsOfOpenCases(assignee);
    if (!events)
        return events.error();
    auto pauses = ClockPauseRepository(db).pausesOfOpenCases(assignee);
    if (!pauses)
        return pauses.error();
    QList<DueItem> due;
    while (open->next()) {
        Complaint c;
        c.id = open->value(0).toLongLong();
        c.receivedAt = dateTimeFromStored(open->value(2));
        c.channel = channelFromCode(open->value(3).toString()).value_or(Channel::Phone);
        c.acceptedAt = dateTimeFromStored(open->value(4));
        const auto rules = ruleSetInForce(ruleSets.value(), c.receivedAt.date());
        if (!rules)
            continue; // received before any rule set: no deadlines to watch
        const auto deadlines = caseDeadlines(deadlineTimeline(c, events->value(c.id), pauses->value(c.id)), *rules,
                                             calendar.value(), now);
        for (const Deadline &deadline : deadlines) {
            if (!isUrgent(deadline, withinWorkingDays))
                continue;
            due.append({c.id, open->value(1).toString(), open->value(7).toString(), open->value(8).toString(),
                        open->value(6).toString(),
                        statusFromCode(open->value(5).toString()).value_or(CaseStatus::Registered), deadline});
        }
    }
    const QDate until = calendar->addWorkingDays(now.date(), withinWorkingDays);
    if (auto added = addAgreementsToCheck(db, now, until, assignee, due); !added)
        return added.error();
    std::sort(due.begin(), due.end(), moreUrgent);
    return due;
}

QString dueItemLabel(const DueItem &item)
{
    return item.agreementPerformance ? Msg::tr("Check the agreement was carried out") : labelOf(item.deadline.kind);
}

} // namespace casedesk
