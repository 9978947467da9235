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
};

// The deadlines still to meet on open cases that are overdue or fall due within
// `withinWorkingDays` working days (hour targets: within 24 hours), most urgent first.
// `assignee` limits it to one caseworker's cases.
Result<QList<DueItem>> dueSoonOrOverdue(const QSqlDatabase &db, const QDateTime &now, int withinWorkingDays,
                                        const QString &assignee = {});

} // namespace casedesk
