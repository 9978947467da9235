#pragma once

#include "domain/case_event.h"
#include "result.h"

#include <QList>
#include <QHash>
#include <QSqlDatabase>

#include <optional>

namespace casedesk {

// The stored steps of a case's lifecycle. Rules are not checked here: events are written
// by CaseTransitionService (workflow/), inside the transaction of the status change.
class CaseEventRepository {
public:
    explicit CaseEventRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // Needs event.from; returns the new row's id.
    Result<qint64> record(const CaseEvent &event);
    // In the order they happened (ids grow with `at`: a new event is never dated before the last).
    Result<QList<CaseEvent>> events(qint64 complaintId) const;
    Result<std::optional<CaseEvent>> lastEvent(qint64 complaintId) const;
    // The events of these cases, per case in the order of events() (cases without events are
    // absent): one query for a page of cases.
    Result<QHash<qint64, QList<CaseEvent>>> eventsOfCases(const QList<qint64> &complaintIds) const;
    // The events of every open case (of one caseworker, if `assignee` is given), per case in
    // the order of events(): one query where the due list asked once per case.
    Result<QHash<qint64, QList<CaseEvent>>> eventsOfOpenCases(const QString &assignee = {}) const;
    // The same for the open cases meeting `condition` on `complaints c` (empty: all).
    Result<QHash<qint64, QList<CaseEvent>>> eventsOfOpenCasesWhere(const QString &condition,
                                                                    const QVariantList &values) const;

private:
    QSqlDatabase m_db;
};

} // namespace casedesk
