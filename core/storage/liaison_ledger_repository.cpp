#include "storage/liaison_ledger_repository.h"

#include "storage/sql_helpers.h"
#include "storage/stored_values.h"

namespace casedesk {
namespace {

const QString kFigures = QStringLiteral("consultations, trainees, trainings, leaflets, settled, settled_fen");

LedgerFigures figuresFrom(const QSqlQuery &q, int first)
{
    LedgerFigures f;
    f.consultations = q.value(first).toLongLong();
    f.trainees = q.value(first + 1).toLongLong();
    f.trainings = q.value(first + 2).toLongLong();
    f.leaflets = q.value(first + 3).toLongLong();
    f.settled = q.value(first + 4).toLongLong();
    f.settledFen = q.value(first + 5).toLongLong();
    return f;
}

QVariantList figureValues(const LedgerFigures &f)
{
    return {f.consultations, f.trainees, f.trainings, f.leaflets, f.settled, f.settledFen};
}

LedgerMonth ledgerFrom(const QSqlQuery &q)
{
    LedgerMonth l;
    l.pointId = q.value(0).toLongLong();
    l.month = QDate::fromString(q.value(1).toString() + QStringLiteral("-01"), Qt::ISODate);
    l.figures = figuresFrom(q, 2);
    l.version = q.value(8).toInt();
    l.savedBy = q.value(9).toString();
    l.savedAt = dateTimeFromStored(q.value(10));
    return l;
}

const QString kSelect = QStringLiteral("SELECT point_id, month, %1, version, saved_by, saved_at FROM liaison_ledgers ").arg(kFigures);

} // namespace

QString storedMonth(const QDate &month) { return month.toString(QStringLiteral("yyyy-MM")); }

Result<std::optional<LedgerMonth>> LiaisonLedgerRepository::month(qint64 pointId, const QDate &month) const
{
    auto q = runQuery(m_db, kSelect + QStringLiteral("WHERE point_id = ? AND month = ?"), {pointId, storedMonth(month)});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<LedgerMonth>();
    return std::optional<LedgerMonth>(ledgerFrom(q.value()));
}

Result<QList<LedgerMonth>> LiaisonLedgerRepository::year(qint64 pointId, int year) const
{
    auto q = runQuery(m_db, kSelect + QStringLiteral("WHERE point_id = ? AND month >= ? AND month <= ? ORDER BY month"),
                      {pointId, QStringLiteral("%1-01").arg(year), QStringLiteral("%1-12").arg(year)});
    if (!q)
        return q.error();
    QList<LedgerMonth> months;
    while (q->next())
        months.append(ledgerFrom(q.value()));
    return months;
}

Result<bool> LiaisonLedgerRepository::insert(const LedgerMonth &l)
{
    auto q = runQuery(m_db,
                      QStringLiteral("INSERT INTO liaison_ledgers(point_id, month, %1, version, saved_by, saved_at) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?) ON CONFLICT (point_id, month) DO NOTHING")
                          .arg(kFigures),
                      QVariantList{l.pointId, storedMonth(l.month)} + figureValues(l.figures) +
                          QVariantList{l.savedBy, storedDateTime(l.savedAt)});
    if (!q)
        return q.error();
    return q->numRowsAffected() == 1;
}

Result<bool> LiaisonLedgerRepository::update(const LedgerMonth &l)
{
    auto q = runQuery(m_db,
                      QStringLiteral("UPDATE liaison_ledgers SET consultations = ?, trainees = ?, trainings = ?, "
                                     "leaflets = ?, settled = ?, settled_fen = ?, saved_by = ?, saved_at = ?, "
                                     "version = version + 1 WHERE point_id = ? AND month = ? AND version = ?"),
                      figureValues(l.figures) + QVariantList{l.savedBy, storedDateTime(l.savedAt), l.pointId,
                                                             storedMonth(l.month), l.version});
    if (!q)
        return q.error();
    return q->numRowsAffected() == 1;
}

Result<qint64> LiaisonLedgerRepository::insertVisit(const LiaisonVisit &v)
{
    return insertReturningId(m_db,
                             QStringLiteral("INSERT INTO liaison_visits(point_id, visited_on, official, findings, "
                                            "recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?)"),
                             {v.pointId, storedDate(v.visitedOn), v.official, bindable(v.findings), v.recordedBy,
                              storedDateTime(v.recordedAt)});
}

Result<QList<LiaisonVisit>> LiaisonLedgerRepository::visits(qint64 pointId, int year) const
{
    QString sql = QStringLiteral("SELECT id, point_id, visited_on, official, findings, recorded_by, recorded_at "
                                 "FROM liaison_visits WHERE point_id = ?");
    QVariantList values{pointId};
    if (year > 0) {
        sql += QStringLiteral(" AND visited_on >= ? AND visited_on <= ?");
        values << QStringLiteral("%1-01-01").arg(year) << QStringLiteral("%1-12-31").arg(year);
    }
    auto q = runQuery(m_db, sql + QStringLiteral(" ORDER BY visited_on DESC, id DESC"), values);
    if (!q)
        return q.error();
    QList<LiaisonVisit> visits;
    while (q->next())
        visits.append({q->value(0).toLongLong(), q->value(1).toLongLong(), dateFromStored(q->value(2)),
                       q->value(3).toString(), q->value(4).toString(), q->value(5).toString(),
                       dateTimeFromStored(q->value(6))});
    return visits;
}

} // namespace casedesk
