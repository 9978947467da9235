#pragma once

#include "domain/complaint.h"
#include "query/case_list_query.h"

#include <QJsonObject>

namespace casedesk {

// The JSON form of a case used by the CLI (`case show --json`, `case list --json`).
// Keys are stable and documented in the README; codes, not labels, for enumerations;
// money both as integer fen and as a yuan string.
QJsonObject complaintToJson(const Complaint &complaint);
QJsonObject caseRowToJson(const CaseListRow &row);

} // namespace casedesk
