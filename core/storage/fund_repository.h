#pragma once

#include "funds/fund.h"
#include "result.h"

#include <QSqlDatabase>

namespace casedesk {

// The SQL of first-compensation funds. No permission checks or transactions: FundService.
class FundRepository {
public:
    explicit FundRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<QList<Fund>> list() const;
    Result<Fund> get(qint64 fundId) const;
    Result<qint64> insert(const Fund &fund, const QDateTime &now);
    Result<qint64> insertEntry(qint64 fundId, const FundEntry &entry);
    // Oldest first, each with the balance after it.
    Result<QList<FundEntry>> entries(qint64 fundId) const;
    // The payouts made to a case, oldest first.
    Result<QList<CasePayout>> payoutsOf(qint64 caseId) const;

private:
    QSqlDatabase m_db;
};

} // namespace casedesk
