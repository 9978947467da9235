#pragma once

#include "domain/codes.h"
#include "liaison/liaison_ledger.h"
#include "result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>

namespace casedesk {

// A complaint a liaison point transferred, with the first step that answered the point (into
// closed, refused or returned), if any.
struct LiaisonTransfer {
    qint64 caseId = 0;
    qint64 pointId = 0;
    QDateTime receivedAt;
    Channel channel = Channel::LiaisonPoint;
    QDateTime answeredAt; // null while unanswered
    QString caseNumber;
    CaseStatus status = CaseStatus::Registered;
};

// The reads of the liaison-point report (liaison/liaison_report.h), each over the days from
// `from` to `to` (both inclusive). SQL only: what the figures mean is the report's.
class LiaisonReportRepository {
public:
    explicit LiaisonReportRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // Each point's ledger sums over the months the days touch.
    Result<QHash<qint64, LedgerFigures>> ledgersByPoint(const QDate &from, const QDate &to) const;
    // The complaints received in the days that name a point, oldest first.
    Result<QList<LiaisonTransfer>> transfers(const QDate &from, const QDate &to) const;
    // The points with a visit dated in the days.
    Result<QSet<qint64>> visitedPoints(const QDate &from, const QDate &to) const;
    // Leads received in the days, by outcome code.
    Result<QHash<QString, int>> leadOutcomes(const QDate &from, const QDate &to) const;

private:
    QSqlDatabase m_db;
};

} // namespace casedesk
