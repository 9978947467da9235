#pragma once

#include "deadlines/case_deadlines.h"
#include "domain/codes.h"
#include "result.h"

#include <QSqlDatabase>

namespace casedesk {

// One open deadline of an open case, for the "due soon / overdue" list.
struct DueItem {
    qint64 caseId = 0;
    QString caseNumber;
    QString consumerName;
    QString businessName;
    QString assignee;
    CaseStatus status = CaseStatus::Registered;
    Deadline deadline;
    // Not one of the rules' deadlines: the business carries out a signed mediation agreement
    // by its 履行期限 (deadline.dueDate; daysLeft in calendar days), and the caseworker then
    // checks and records the performance. deadline.kind means nothing then.
    bool agreementPerformance = false;
    // Not a case's either: a business promised this in a talk (约谈) by deadline.dueDate
    // (calendar days), and the talk's recorder (assignee) checks it. caseId is 0 then.
    qint64 promiseId = 0;
    QString promiseText{}; // braced: the lists that build a DueItem in due_list.cpp may leave it out
};

// What is due, as lists show it: the deadline's kind, carrying out the agreement, or a talk's promise.
QString dueItemLabel(const DueItem &item);

// The deadlines still to meet on open cases that are overdue or fall due within
// `withinWorkingDays` working days (hour targets: within 24 hours), most urgent first (the
// most overdue, then the soonest due), with the signed mediation agreements whose performance
// is still to be checked by then. `assignee` limits it to one caseworker's cases. Read from
// the stored deadlines (stored_deadlines.h).
Result<QList<DueItem>> dueSoonOrOverdue(const QSqlDatabase &db, const QDateTime &now, int withinWorkingDays,
                                        const QString &assignee = {});

// The first page of that list and how long the whole list is: what the Due Soon and Overdue
// window shows. An office that has let thousands of deadlines pass still opens it at once:
// the deadlines overdue for days are counted in SQL and only the most urgent of them read.
struct DuePage {
    QList<DueItem> items; // the `limit` most urgent, in the list's order
    qint64 total = 0;     // deadlines to watch in all
    qint64 overdue = 0;   // of which overdue
};
Result<DuePage> dueSoonOrOverduePage(const QSqlDatabase &db, const QDateTime &now, int withinWorkingDays, int limit,
                                     const QString &assignee = {});

// The same list worked out from every open case's events, pauses, rules and calendar, as it
// was before the deadlines were stored: what the tests hold the stored list to, and what
// casedesk-bench compares it with.
Result<QList<DueItem>> dueSoonOrOverdueComputed(const QSqlDatabase &db, const QDateTime &now, int withinWorkingDays,
                                                const QString &assignee = {});

} // namespace casedesk
