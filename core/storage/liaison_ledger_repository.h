#pragma once

#include "liaison/liaison_ledger.h"
#include "result.h"

#include <QSqlDatabase>

#include <optional>

namespace casedesk {

// The points' monthly ledgers and the officials' visits (tables liaison_ledgers,
// liaison_visits, schema step 25). Months are stored as "YYYY-MM".
class LiaisonLedgerRepository {
public:
    explicit LiaisonLedgerRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<std::optional<LedgerMonth>> month(qint64 pointId, const QDate &month) const;
    // The saved months of `year`, in order.
    Result<QList<LedgerMonth>> year(qint64 pointId, int year) const;
    // Inside the caller's transaction. insert(): version 1; false when the month exists already.
    Result<bool> insert(const LedgerMonth &ledger);
    // Replaces the month's figures if its stored version is still `ledger.version`; false otherwise.
    Result<bool> update(const LedgerMonth &ledger);

    Result<qint64> insertVisit(const LiaisonVisit &visit);
    // Newest first; a year of 0 for every year.
    Result<QList<LiaisonVisit>> visits(qint64 pointId, int year = 0) const;

private:
    QSqlDatabase m_db;
};

// "2026-03" for March 2026.
QString storedMonth(const QDate &month);

} // namespace casedesk
