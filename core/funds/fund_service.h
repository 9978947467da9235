#pragma once

#include "funds/fund.h"
#include "recovered/recovered_entry.h"
#include "result.h"

#include <QSqlDatabase>

namespace casedesk {

// First-compensation funds. Writes need ManageFunds and run in one transaction; a payout
// is an entry of the case's recovered money and writes an audit line on the case.
class FundService {
public:
    explicit FundService(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<qint64> create(const Fund &fund, const QString &actor, const QDateTime &now = QDateTime::currentDateTime());
    Status topUp(qint64 fundId, qint64 amountFen, const QString &note, const QString &actor,
                 const QDateTime &now = QDateTime::currentDateTime());
    // Refused if the fund's balance does not cover it. The payout is an entry on the case's
    // recovered-money ledger (recovered_ledger.h, which says what `decision` answers).
    Status payout(qint64 fundId, qint64 caseId, qint64 amountFen, const QString &note, const QString &actor,
                  const QDateTime &now = QDateTime::currentDateTime(), const RecoveryDecision &decision = {});

    Result<QList<Fund>> list() const;
    Result<Fund> get(qint64 fundId) const;
    Result<QList<FundEntry>> statement(qint64 fundId) const;

private:
    QSqlDatabase m_db;
};

} // namespace casedesk
