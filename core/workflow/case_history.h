#pragma once

#include "domain/case_event.h"
#include "result.h"
#include "storage/audit_repository.h"

#include <QList>
#include <QSqlDatabase>

namespace casedesk {

// What happened to a case: the lifecycle steps (timeline) and every recorded change (audit).
struct CaseHistory {
    // Starts with the registration, which is not a stored event: it is the case's received
    // time, entered by whoever created the case (so cases older than the events table have
    // a timeline too). Then the stored events in order.
    QList<CaseEvent> timeline;
    QList<AuditEntry> audit;
};

Result<CaseHistory> caseHistory(const QSqlDatabase &db, qint64 complaintId);

} // namespace casedesk
