#include "deadlines/due_list.h"

#include "deadlines/case_deadline_service.h"
#include "storage/calendar_repository.h"
#include "storage/case_deadline_repository.h"
#include "storage/case_event_repository.h"
#include "storage/clock_pause_repository.h"
#include "storage/termination_notice_repository.h"
#include "storage/deadline_rule_repository.h"
#include "storage/sql_helpers.h"
#include "storage/talk_repository.h"
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

// A date the business itself set (an agreement's 履行期限, a talk's promise), counted in calendar
// days: from `started` to the end of `due`.
Deadline calendarDayDeadline(const QDate &started, const QDate &due, const QDateTime &now)
{
    Deadline d;
    d.rule.unit = DeadlineUnit::CalendarDays;
    d.startedAt = QDateTime(started, QTime(0, 0), now.timeZone());
    d.dueDate = due;
    d.dueAt = QDateTime(d.dueDate, QTime(23, 59, 59, 999), now.timeZone());
    d.daysLeft = int(now.date().daysTo(d.dueDate));
    d.overdue = d.daysLeft < 0;
    return d;
}

DueItem agreementToCheck(const QSqlQuery &q, const QDateTime &now)
{
    const Deadline d = calendarDayDeadline(dateFromStored(q.value(7)), dateFromStored(q.value(6)), now);
    return {q.value(0).toLongLong(),
            q.value(1).toString(),
            q.value(2).toString(),
            q.value(3).toString(),
            q.value(4).toString(),
            statusFromCode(q.value(5).toString()).value_or(CaseStatus::AgreementReached),
            d,
            true};
}

// Signed agreements of open cases whose performance nobody has recorded yet, due by `until`
// or already late: the `limit` due first (all if negative) added to `due`, and all of them
// counted into `page`.
Status addAgreementsToCheck(const QSqlDatabase &db, const QDateTime &now, const QDate &until, const QString &assignee,
                            int limit, QList<DueItem> &due, DuePage &page)
{
    // The pending agreements first, then their cases (CROSS JOIN keeps that order in
    // SQLite): not every open case first, looking up its agreement.
    QString from = QStringLiteral("FROM mediation_agreements a CROSS JOIN complaints c "
                                  "JOIN consumers p ON p.id = c.consumer_id JOIN businesses b ON b.id = c.business_id "
                                  "WHERE c.id = a.complaint_id AND a.signed_on IS NOT NULL AND a.performance = 'pending' "
                                  "AND a.perform_by IS NOT NULL AND a.perform_by <= ? AND c.closed_at IS NULL");
    QVariantList values{until.toString(Qt::ISODate)};
    if (!assignee.isEmpty()) {
        from += QStringLiteral(" AND c.assignee = ?");
        values << assignee;
    }
    auto counted = runQuery(db,
                            QStringLiteral("SELECT count(*), sum(CASE WHEN a.perform_by < ? THEN 1 ELSE 0 END) ") + from,
                            QVariantList{now.date().toString(Qt::ISODate)} + values);
    if (!counted)
        return counted.error();
    if (counted->next()) {
        page.total += counted->value(0).toLongLong();
        page.overdue += counted->value(1).toLongLong();
    }
    QString sql = QStringLiteral("SELECT c.id, c.case_number, p.name, b.name, c.assignee, c.status, a.perform_by, "
                                 "a.signed_on ") +
                  from + QStringLiteral(" ORDER BY a.perform_by, c.case_number");
    if (limit >= 0) {
        sql += QStringLiteral(" LIMIT ?");
        values << limit;
    }
    auto agreements = runQuery(db, sql, values);
    if (!agreements)
        return agreements.error();
    while (agreements->next())
        due.append(agreementToCheck(agreements.value(), now));
    return {};
}

// The promises from talks not checked yet, due by `until` or already late, all added to `due`
// and counted into `page` (few: a council holds a handful of talks a month).
Status addPromisesToCheck(const QSqlDatabase &db, const QDateTime &now, const QDate &until, const QString &assignee,
                          QList<DueItem> &due, DuePage &page)
{
    auto promises = TalkRepository(db).dueBy(until, assignee);
    if (!promises)
        return promises.error();
    for (const DuePromise &p : promises.value()) {
        const Deadline d = calendarDayDeadline(p.heldOn, p.promise.dueOn, now);
        DueItem item;
        item.businessName = p.businessName;
        item.assignee = p.recordedBy;
        item.deadline = d;
        item.promiseId = p.promise.id;
        item.promiseText = p.promise.text;
        due.append(item);
        ++page.total;
        page.overdue += d.overdue ? 1 : 0;
    }
    return {};
}

// Most overdue first, then the soonest due; the same moment in case number order.
bool moreUrgent(const DueItem &a, const DueItem &b)
{
    if (a.deadline.overdue != b.deadline.overdue)
        return a.deadline.overdue;
    if (a.deadline.dueAt != b.deadline.dueAt)
        return a.deadline.dueAt < b.deadline.dueAt;
    if (a.caseNumber != b.caseNumber)
        return a.caseNumber < b.caseNumber;
    if (a.agreementPerformance != b.agreementPerformance)
        return b.agreementPerformance;
    if (a.promiseId != b.promiseId)
        return a.promiseId < b.promiseId;
    return a.deadline.kind < b.deadline.kind;
}

} // namespace

Result<DuePage> dueSoonOrOverduePage(const QSqlDatabase &db, const QDateTime &now, int withinWorkingDays, int limit,
                                     const QString &assignee)
{
    auto calendar = CalendarRepository(db).load();
    if (!calendar)
        return calendar.error();
    const QDate today = now.date();
    const int within = std::max(withinWorkingDays, 0);
    const QDate before =
        std::max(calendar->addWorkingDays(today, within + 1), today.addDays(within + 1)).addDays(2);
    // A deadline no pause holds that fell due before the day before yesterday is overdue in
    // any time zone.
    const QDate surelyOverdueBefore = std::min(today.addDays(-2), before);
    const bool everything = limit < 0;
    CaseDeadlineRepository stored(db);
    DuePage page;
    QList<DueItem> due;
    // Adds an urgent deadline to the lines to sort (counting it unless it is counted already).
    auto addIfUrgent = [&](const StoredDueRow &row, bool count) {
        const Deadline deadline = pendingDeadlineAsOf(row.deadline, calendar.value(), now);
        if (!isUrgent(deadline, withinWorkingDays))
            return false;
        if (count) {
            ++page.total;
            page.overdue += deadline.overdue ? 1 : 0;
        }
        due.append({row.caseId, row.caseNumber, row.consumerName, row.businessName, row.assignee,
                    statusFromCode(row.status).value_or(CaseStatus::Registered), deadline});
        return true;
    };
    // The lines a page can need of deadlines read soonest day first: the first `limit` urgent
    // ones, and those of the next day, which another time zone can put before them. (Of two
    // deadlines two days apart, the earlier is at least as urgent in any time zone.)
    struct {
        bool full = false; // the last read took `limit` lines
        QDate last;        // the day of the last of them
    } pageDays;
    auto readInOrder = [&](QDate from, QDate until, bool count) -> Status {
        int taken = 0;
        QDate lastDay;
        const Status read = stored.unpausedDue(from, until, assignee, [&](StoredDueRow &&row) {
            if (!everything && taken >= limit && row.deadline.dueDate > lastDay.addDays(1))
                return false;
            if (addIfUrgent(row, count) && (everything || taken < limit)) {
                ++taken;
                lastDay = row.deadline.dueDate;
            }
            return true;
        });
        pageDays = {!everything && taken >= limit, lastDay};
        return read;
    };

    // Long overdue: counted in SQL, and only the most overdue read (all if no limit).
    if (everything) {
        if (auto read = readInOrder({}, surelyOverdueBefore, true); !read)
            return read.error();
    } else {
        auto counted = stored.countUnpausedDue(surelyOverdueBefore, assignee);
        if (!counted)
            return counted.error();
        page.total += counted.value();
        page.overdue += counted.value();
        if (limit > 0) {
            if (auto read = readInOrder({}, surelyOverdueBefore, false); !read)
                return read.error();
        }
    }
    // Due about now: counted by what decides whether a deadline is shown (there can be
    // thousands a day), and the first of them read.
    if (everything) {
        if (auto read = readInOrder(surelyOverdueBefore, before, true); !read)
            return read.error();
    } else {
        auto groups = stored.unpausedDueGroups(surelyOverdueBefore, before, assignee);
        if (!groups)
            return groups.error();
        for (const StoredDueGroup &group : groups.value()) {
            const Deadline deadline = pendingDeadlineAsOf(group.sample, calendar.value(), now);
            if (isUrgent(deadline, withinWorkingDays)) {
                page.total += group.count;
                page.overdue += deadline.overdue ? group.count : 0;
            }
        }
        // The page is full of long overdue deadlines already: none due about now comes before
        // them, but those of the day after the last one shown (another time zone).
        const QDate readBefore = pageDays.full ? std::min(pageDays.last.addDays(2), before) : before;
        if (limit > 0 && readBefore > surelyOverdueBefore) {
            if (auto read = readInOrder(surelyOverdueBefore, readBefore, false); !read)
                return read.error();
        }
    }
    // Held by a pause: few, and due later with every day of the pause.
    auto held = stored.heldByPause(assignee);
    if (!held)
        return held.error();
    for (const StoredDueRow &row : held.value())
        addIfUrgent(row, true);

    const QDate until = calendar->addWorkingDays(today, withinWorkingDays);
    if (auto added = addAgreementsToCheck(db, now, until, assignee, limit, due, page); !added)
        return added.error();
    if (auto added = addPromisesToCheck(db, now, until, assignee, due, page); !added)
        return added.error();
    std::sort(due.begin(), due.end(), moreUrgent);
    if (!everything && due.size() > limit)
        due.resize(limit);
    page.items = std::move(due);
    return page;
}

Result<QList<DueItem>> dueSoonOrOverdue(const QSqlDatabase &db, const QDateTime &now, int withinWorkingDays,
                                        const QString &assignee)
{
    auto page = dueSoonOrOverduePage(db, now, withinWorkingDays, -1, assignee);
    if (!page)
        return page.error();
    return page->items;
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
                                 "c.assignee, p.name, b.name, c.first_contact_at, c.order_dispatched_at, c.order_due_at "
                                 "FROM complaints c "
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
    auto notices = TerminationNoticeRepository(db).noticesOfOpenCasesWhere(
        assignee.isEmpty() ? QString() : QStringLiteral("c.assignee = ?"),
        assignee.isEmpty() ? QVariantList() : QVariantList{assignee});
    if (!notices)
        return notices.error();
    QList<DueItem> due;
    while (open->next()) {
        Complaint c;
        c.id = open->value(0).toLongLong();
        c.receivedAt = dateTimeFromStored(open->value(2));
        c.channel = channelFromCode(open->value(3).toString()).value_or(Channel::Phone);
        c.acceptedAt = dateTimeFromStored(open->value(4));
        c.firstContactAt = dateTimeFromStored(open->value(9));
        c.orderDispatchedAt = dateTimeFromStored(open->value(10));
        c.orderDueAt = dateTimeFromStored(open->value(11));
        const auto rules = ruleSetInForce(ruleSets.value(), c.receivedAt.date());
        if (!rules)
            continue; // received before any rule set: no deadlines to watch
        const auto deadlines = caseDeadlines(
            deadlineTimeline(c, events->value(c.id), pauses->value(c.id), notices.value()), *rules, calendar.value(), now);
        for (const Deadline &deadline : deadlines) {
            if (!isUrgent(deadline, withinWorkingDays))
                continue;
            due.append({c.id, open->value(1).toString(), open->value(7).toString(), open->value(8).toString(),
                        open->value(6).toString(),
                        statusFromCode(open->value(5).toString()).value_or(CaseStatus::Registered), deadline});
        }
    }
    const QDate until = calendar->addWorkingDays(now.date(), withinWorkingDays);
    DuePage counted;
    if (auto added = addAgreementsToCheck(db, now, until, assignee, -1, due, counted); !added)
        return added.error();
    if (auto added = addPromisesToCheck(db, now, until, assignee, due, counted); !added)
        return added.error();
    std::sort(due.begin(), due.end(), moreUrgent);
    return due;
}

QString dueItemLabel(const DueItem &item)
{
    if (item.promiseId != 0)
        return Msg::tr("Check a promise from a talk: %1").arg(item.promiseText);
    return item.agreementPerformance ? Msg::tr("Check the agreement was carried out") : labelOf(item.deadline.kind);
}

} // namespace casedesk
