#pragma once

#include "result.h"
#include "storage/engine_copy.h"

#include <QString>

#include <functional>

namespace casedesk {

// Moves a desk's whole SQLite database into an office's server database: every table's rows
// with their ids (cases, timelines, the audit trail and desk log with their hash chains,
// evidence files, users with their password hashes, settings, calendar, rules, groups, funds,
// follow-ups), in ONE transaction, so a failure leaves the server as it was. The server
// database must be empty or a CaseDesk database without users or cases (a new one is set up
// first). What the server derives (its search index, the daily counts for early warning) is
// built from the copied rows; the statistics summaries come as the file kept them (no first
// full count on the server).
// `progress(done, total)` is called per table; returning false cancels (nothing is kept).
Result<CopySummary> importIntoServer(const QString &sourceFile, const QString &serverUrl,
                                             const std::function<bool(int, int)> &progress = {});

} // namespace casedesk
