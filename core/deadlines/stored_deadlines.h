#pragma once

#include "result.h"
#include "storage/case_deadline_repository.h"

#include <QDateTime>
#include <QSqlDatabase>

namespace casedesk {

// The stored due list (table case_deadlines, schema step 16): every open case's deadlines
// still to meet, as pendingOf() keeps them. Every write that can move a case's deadlines
// calls one of these inside its own transaction, so the table always equals what
// caseDeadlines() works out from the cases:
//   registration and correction (ComplaintRepository), a status change
//   (CaseTransitionService), a clock pause started or ended (ClockPauseRepository), a new
//   rule set (DeadlineRuleRepository), a calendar change (CalendarRepository), the bulk
//   writer (demo), and schema step 16 itself for the cases already there.

// Works the selected cases' pending deadlines out again and stores them (closed cases keep
// none). Runs inside the caller's transaction.
Status refreshStoredDeadlines(const QSqlDatabase &db, const CaseSelection &cases,
                              const QDateTime &now = QDateTime::currentDateTime());

// The same for one case.
Status refreshStoredDeadlinesOf(const QSqlDatabase &db, qint64 caseId,
                                const QDateTime &now = QDateTime::currentDateTime());

// Schema step 16's data work: the deadlines of every case already in the file.
Status fillStoredDeadlines(const QSqlDatabase &db);

} // namespace casedesk
