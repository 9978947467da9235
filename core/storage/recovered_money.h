#pragma once

#include "result.h"

#include <QDateTime>
#include <QSqlDatabase>

namespace casedesk {

// Adds `deltaFen` (may be negative: a correction) to complaints.recovered_fen inside the
// caller's transaction, bumps the case's version and writes the audit line. Each source of
// recovered money (an agreement, a court outcome, a fund payout) adds the change of its own
// amount, so the sources never overwrite each other. `source` is the audit action.
Status addRecoveredMoney(const QSqlDatabase &db, qint64 caseId, qint64 deltaFen, const QString &source,
                         const QString &actor, const QDateTime &now);

} // namespace casedesk
