#pragma once

#include "liaison/liaison_ledger.h"
#include "result.h"

#include <QDateTime>
#include <QSqlDatabase>

namespace casedesk {

// The points' ledgers (台账): a month's figures per point and the official's visits (a period's
// sums are the liaison report's, liaison_report.h). Saving needs Permission::WorkCase (the
// point's official enters them in a quick monthly form), reading Permission::ViewCases. Each
// save is one transaction and noted in the desk log.
class LiaisonLedgerService {
public:
    explicit LiaisonLedgerService(QSqlDatabase db) : m_db(std::move(db)) {}

    // A typo guard for one month's count (not a law): a point's month never has a million.
    static constexpr qint64 kMaxCount = 1'000'000;
    static constexpr int kMaxFindings = 2000;

    // Saves the month's figures: a month never saved needs version 0, a saved one the version
    // read (ErrorCode::Conflict when another desk saved in between). Returns it as stored.
    Result<LedgerMonth> saveMonth(LedgerMonth ledger, const QString &actor,
                                  const QDateTime &now = QDateTime::currentDateTime());
    // The twelve months of `year`, January first; a month never saved has version 0 and zeros.
    Result<QList<LedgerMonth>> year(qint64 pointId, int year, const QString &actor) const;

    Result<LiaisonVisit> addVisit(LiaisonVisit visit, const QString &actor,
                                  const QDateTime &now = QDateTime::currentDateTime());
    Result<QList<LiaisonVisit>> visits(qint64 pointId, int year, const QString &actor) const;

    // The checks that need no database: a month not after today's, counts from 0 to kMaxCount,
    // an amount from 0 to kMaxAmountFen, no amount without settlements.
    static Status checkMonth(const LedgerMonth &ledger, const QDate &today);

private:
    QSqlDatabase m_db;
};

} // namespace casedesk
