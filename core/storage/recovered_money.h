#pragma once

#include "recovered/recovered_entry.h"
#include "result.h"

#include <QSqlDatabase>

#include <optional>

namespace casedesk {

// The SQL of the recovered-money ledger (schema step 13). The case's total is kept by the
// schema's triggers as the entries' total; nothing here writes complaints.recovered_fen.
class RecoveredMoneyRepository {
public:
    explicit RecoveredMoneyRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<QList<RecoveredEntry>> entriesOf(qint64 caseId) const;
    Result<std::optional<RecoveredEntry>> entry(qint64 entryId) const;
    // The entry a record (an agreement, a referral, a payout, a group outcome) keeps on the case.
    Result<std::optional<RecoveredEntry>> entryFor(qint64 caseId, RecoverySource source, qint64 sourceRef) const;
    Result<qint64> insert(const RecoveredEntry &entry);
    Status update(const RecoveredEntry &entry);
    // Removes the entry; the entries recorded as the same money follow the earliest of them.
    Status remove(qint64 entryId);
    // Cases whose total is above their amount involved (a known amount), largest excess first;
    // with dates, the cases finished (closed_at) from `closedFrom` to `closedTo`: a report's period.
    Result<QList<RecoveredAboveAmount>> aboveAmount(const QDate &closedFrom = {}, const QDate &closedTo = {}) const;

private:
    QSqlDatabase m_db;
};

} // namespace casedesk
