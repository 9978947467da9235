#pragma once

#include "domain/complaint.h"
#include "query/case_list_query.h"
#include "result.h"

#include <QJsonObject>

namespace casedesk {

// The JSON form of a case used by the CLI (`case show --json`, `case list --json`).
// Keys are stable and documented in the README; codes, not labels, for enumerations;
// money both as integer fen and as a yuan string.
QJsonObject complaintToJson(const Complaint &complaint);
QJsonObject caseRowToJson(const CaseListRow &row);

// Reads the same form back (for `case add --json` and saved intake drafts). Unknown codes,
// wrong types and unreadable dates are errors with one FieldError per problem; missing
// optional keys stay empty. The result is not yet validated against the complaint rules.
Result<Complaint> complaintFromJson(const QJsonObject &json);

} // namespace casedesk
