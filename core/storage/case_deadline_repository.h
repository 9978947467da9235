#pragma once

#include "deadlines/case_deadlines.h"
#include "domain/codes.h"
#include "result.h"

#include <QSqlDatabase>

#include <functional>

namespace casedesk {

// Which cases a refresh of the stored deadlines covers: a condition on `complaints c`
// ("c.id = ?", "c.received_at >= ?", ...) with its values. Empty: every case.
struct CaseSelection {
    QString condition;
    QVariantList values;
};

// One pending deadline of an open case as the due list reads it, with what the list shows.
struct StoredDueRow {
    qint64 caseId = 0;
    QString caseNumber;
    QString consumerName;
    QString businessName;
    QString assignee;
    QString status;
    PendingDeadline deadline;
};

// Stored deadlines that the due list would show or leave out alike, and how many there are:
// `sample` has their unit, due day, due time (hour targets) and start (for its offset).
struct StoredDueGroup {
    PendingDeadline sample;
    qint64 count = 0;
};

// The SQL of table case_deadlines (schema step 16): the deadlines still to meet on open
// cases, kept by refreshStoredDeadlines() in the transaction of every write that moves them.
class CaseDeadlineRepository {
public:
    explicit CaseDeadlineRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // Removes the stored deadlines of the selected cases.
    Status removeFor(const CaseSelection &cases);
    // Stores pending deadlines (after removeFor() of their cases), each with its case id.
    Status insert(const QList<std::pair<qint64, PendingDeadline>> &pending);

    // The deadlines due before `dueBefore` (a day, ISO text order) or held by an open pause,
    // of open cases (of one caseworker if `assignee` is given). Two index look-ups.
    Result<QList<StoredDueRow>> dueBefore(QDate dueBefore, const QString &assignee = {}) const;

    // What a page of the due list reads (due_list.h): the deadlines no pause holds, due on or
    // after `from` (if valid) and before `before`, soonest day first, each given to `take`
    // until it returns false...
    Status unpausedDue(QDate from, QDate before, const QString &assignee,
                       const std::function<bool(StoredDueRow &&)> &take) const;
    // ...how many of them are due before `before`...
    Result<qint64> countUnpausedDue(QDate before, const QString &assignee = {}) const;
    // ...the same deadlines from `from`, counted by what decides whether the list shows them
    // (due day, unit, due time of an hour target, the offset of the time they started)...
    Result<QList<StoredDueGroup>> unpausedDueGroups(QDate from, QDate before, const QString &assignee = {}) const;
    // ...and the deadlines an open pause holds, which move with every day of the pause.
    Result<QList<StoredDueRow>> heldByPause(const QString &assignee = {}) const;
    // The statement unpausedDue() runs, with its values (casedesk-bench runs it bare).
    static std::pair<QString, QVariantList> unpausedDueStatement(QDate from, QDate before,
                                                                 const QString &assignee = {});

    // The open cases whose stored day deadlines a change to the calendar days from `first` to
    // `last` can move: started before `last`, and due on or after `first` or held by a pause.
    CaseSelection casesMovedByCalendar(QDate first, QDate last) const;

private:
    QSqlDatabase m_db;
};

} // namespace casedesk
