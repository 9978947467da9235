#pragma once

#include "domain/complaint.h"
#include "result.h"

#include <QDateTime>
#include <QList>

namespace casedesk {

// Longest text any single field accepts: a long statement of facts fits, a pasted file does not.
constexpr int kMaxLongTextLength = 20'000;
constexpr int kMaxShortTextLength = 200;

// Checks every registration element of a complaint. `now` is passed in so that
// "not in the future" is testable. Returns one FieldError per problem, in form order.
QList<FieldError> validateComplaint(const Complaint &complaint, const QDateTime &now);

// Wraps field errors in an Error whose message lists them all.
Error invalidInput(const QList<FieldError> &problems);

} // namespace casedesk
