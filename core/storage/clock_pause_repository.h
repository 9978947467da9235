#pragma once

#include "deadlines/clock_pause.h"
#include "result.h"

#include <QHash>
#include <QSqlDatabase>

namespace casedesk {

// A case's clock pauses for appraisal or testing (table clock_pauses). Each start and end
// writes an audit line in the same transaction. At most one pause per case is open.
class ClockPauseRepository {
public:
    explicit ClockPauseRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // The case's pauses, oldest first.
    Result<QList<ClockPause>> pausesOf(qint64 complaintId) const;
    // The pauses of every open case (of one caseworker, if `assignee` is given), per case in
    // the order of pausesOf(): one query for the due list.
    Result<QHash<qint64, QList<ClockPause>>> pausesOfOpenCases(const QString &assignee = {}) const;
    // The same for the open cases meeting `condition` on `complaints c` (empty: all).
    Result<QHash<qint64, QList<ClockPause>>> pausesOfOpenCasesWhere(const QString &condition,
                                                                     const QVariantList &values) const;

    // Stops the clock from `at`; refused if it is already stopped. `reason` says what is
    // being appraised or tested.
    Result<ClockPause> start(qint64 complaintId, const QDateTime &at, const QString &reason, const QString &actor);
    // Restarts the clock at `at` (not before the pause started); refused if it runs.
    Result<ClockPause> end(qint64 complaintId, const QDateTime &at, const QString &actor);

private:
    Result<QList<ClockPause>> select(const QString &where, qint64 complaintId) const;

    QSqlDatabase m_db;
};

} // namespace casedesk
