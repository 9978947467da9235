#include "storage/liaison_report_repository.h"

#include "storage/liaison_ledger_repository.h"
#include "storage/sql_helpers.h"
#include "storage/stored_values.h"

namespace casedesk {
namespace {

QString day(const QDate &date) { return date.toString(Qt::ISODate); }

} // namespace

Result<QHash<qint64, LedgerFigures>> LiaisonReportRepository::ledgersByPoint(const QDate &from, const QDate &to) const
{
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT point_id, sum(consultations), sum(trainees), sum(trainings), sum(leaflets), "
                                     "sum(settled), sum(settled_fen) FROM liaison_ledgers WHERE month >= ? AND month <= ? "
                                     "GROUP BY point_id"),
                      {storedMonth(from), storedMonth(to)});
    if (!q)
        return q.error();
    QHash<qint64, LedgerFigures> sums;
    while (q->next()) {
        LedgerFigures f;
        f.consultations = q->value(1).toLongLong();
        f.trainees = q->value(2).toLongLong();
        f.trainings = q->value(3).toLongLong();
        f.leaflets = q->value(4).toLongLong();
        f.settled = q->value(5).toLongLong();
        f.settledFen = q->value(6).toLongLong();
        sums.insert(q->value(0).toLongLong(), f);
    }
    return sums;
}

Result<QList<LiaisonTransfer>> LiaisonReportRepository::transfers(const QDate &from, const QDate &to) const
{
    // The council's first decision on each transfer (accepted, refused or returned), which the
    // point is told: its answer, as the case's due list counts it.
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT c.id, c.liaison_point_id, c.received_at, c.channel, "
                                     "(SELECT min(e.at) FROM case_events e WHERE e.complaint_id = c.id AND e.from_status = 'registered' "
                                     "AND e.to_status IN ('accepted', 'refused', 'returned')), c.case_number, c.status "
                                     "FROM complaints c WHERE c.liaison_point_id IS NOT NULL AND c.received_at >= ? "
                                     "AND c.received_at < ? ORDER BY c.received_at, c.id"),
                      {day(from), day(to.addDays(1))});
    if (!q)
        return q.error();
    QList<LiaisonTransfer> transfers;
    while (q->next()) {
        LiaisonTransfer t;
        t.caseId = q->value(0).toLongLong();
        t.pointId = q->value(1).toLongLong();
        t.receivedAt = dateTimeFromStored(q->value(2));
        t.channel = channelFromCode(q->value(3).toString()).value_or(Channel::LiaisonPoint);
        if (!q->value(4).isNull())
            t.answeredAt = dateTimeFromStored(q->value(4));
        t.caseNumber = q->value(5).toString();
        t.status = statusFromCode(q->value(6).toString()).value_or(CaseStatus::Registered);
        transfers.append(t);
    }
    return transfers;
}

Result<QSet<qint64>> LiaisonReportRepository::visitedPoints(const QDate &from, const QDate &to) const
{
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT DISTINCT point_id FROM liaison_visits WHERE visited_on >= ? AND visited_on <= ?"),
                      {day(from), day(to)});
    if (!q)
        return q.error();
    QSet<qint64> visited;
    while (q->next())
        visited.insert(q->value(0).toLongLong());
    return visited;
}

Result<QHash<QString, int>> LiaisonReportRepository::leadOutcomes(const QDate &from, const QDate &to) const
{
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT outcome, count(*) FROM liaison_leads WHERE received_on >= ? AND "
                                     "received_on <= ? GROUP BY outcome"),
                      {day(from), day(to)});
    if (!q)
        return q.error();
    QHash<QString, int> counts;
    while (q->next())
        counts.insert(q->value(0).toString(), q->value(1).toInt());
    return counts;
}

} // namespace casedesk
