#pragma once

#include "domain/complaint.h"
#include "storage/user_repository.h"
#include "workflow/case_history.h"

#include <QJsonObject>

namespace casedesk {

// JSON of the workflow records for the CLI (`case history --json`, `user list --json`).
// Keys are stable and documented in the README; codes, not labels.
QJsonObject caseEventToJson(const CaseEvent &event);
QJsonObject auditEntryToJson(const AuditEntry &entry);
QJsonObject caseHistoryToJson(const Complaint &complaint, const CaseHistory &history);
QJsonObject userToJson(const User &user);

} // namespace casedesk
