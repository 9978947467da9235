#include "workflow/case_history.h"

#include "privacy/masking.h"
#include "storage/case_event_repository.h"
#include "storage/complaint_repository.h"

namespace casedesk {

Result<CaseHistory> caseHistory(const QSqlDatabase &db, qint64 complaintId)
{
    auto complaint = ComplaintRepository(db).get(complaintId);
    if (!complaint)
        return complaint.error();
    auto audit = AuditRepository(db).history(complaintId);
    if (!audit)
        return audit.error();
    auto events = CaseEventRepository(db).events(complaintId);
    if (!events)
        return events.error();

    CaseEvent registration;
    registration.complaintId = complaintId;
    registration.at = complaint->receivedAt;
    registration.recordedAt = complaint->createdAt;
    registration.to = CaseStatus::Registered;
    for (const AuditEntry &entry : audit.value()) {
        if (entry.action == QLatin1String("created")) {
            registration.actor = entry.actor;
            break;
        }
    }
    CaseHistory history;
    history.timeline.append(registration);
    history.timeline.append(events.value());
    history.audit = std::move(audit).value();
    // A corrected phone or ID number is kept in full in the audit table (it is evidence),
    // but the history shown to users masks it like everywhere else: seeing it in full is
    // a logged reveal of the current value only.
    for (AuditEntry &entry : history.audit) {
        // The registration's state stamp is for `audit verify` (trail_state.h), not for people.
        if (entry.action == QLatin1String("created") && entry.field.isEmpty())
            entry.oldValue.clear();
        if (entry.field == QLatin1String("consumer.phone")) {
            entry.oldValue = maskPhone(entry.oldValue);
            entry.newValue = maskPhone(entry.newValue);
        } else if (entry.field == QLatin1String("consumer.idNumber")) {
            entry.oldValue = maskIdNumber(entry.oldValue);
            entry.newValue = maskIdNumber(entry.newValue);
        }
    }
    return history;
}

} // namespace casedesk
