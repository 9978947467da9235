#pragma once

#include "domain/complaint.h"
#include "result.h"

#include <QSqlDatabase>

namespace casedesk {

// The refusal of a change made on a version of a case that a colleague has changed since
// (ErrorCode::Conflict): who changed it first, when, and what, read from the audit trail:
// its entries after `openedAt`, when the version the user worked on was saved (the latest
// change if that is not known). `current` is the case as it is now.
Error staleEditError(const QSqlDatabase &db, const Complaint &current, const QDateTime &openedAt);

} // namespace casedesk
