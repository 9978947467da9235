#pragma once

#include "domain/complaint.h"
#include "prepaid/prepaid_card.h"
#include "query/case_list_query.h"
#include "result.h"

#include <QJsonObject>

#include <optional>

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

// The case with its prepaid-card details under the optional key "prepaidCard" (codes for
// the vocabularies, money in fen, dates as YYYY-MM-DD, sessionsLeft omitted when unknown).
QJsonObject complaintToJson(const Complaint &complaint, const std::optional<PrepaidCard> &card);
QJsonObject prepaidCardToJson(const PrepaidCard &card);
// The "prepaidCard" object of a case's JSON, nullopt if the key is absent or null; wrong
// types and unknown codes are errors with field keys "prepaidCard.<key>". Not yet validated.
Result<std::optional<PrepaidCard>> prepaidCardFromJson(const QJsonObject &complaintJson);

} // namespace casedesk
