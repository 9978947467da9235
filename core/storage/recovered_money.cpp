#include "storage/recovered_money.h"

#include "storage/sql_helpers.h"
#include "storage/stored_values.h"

namespace casedesk {
namespace {

const QString kColumns = QStringLiteral("id, complaint_id, source, source_ref, amount_fen, recovered_on, same_as,"
                                        " above_amount_confirmed, note, recorded_at, recorded_by");

RecoveredEntry entryFrom(const QSqlQuery &q)
{
    RecoveredEntry e;
    e.id = q.value(0).toLongLong();
    e.complaintId = q.value(1).toLongLong();
    e.source = recoverySourceFromCode(q.value(2).toString()).value_or(RecoverySource::Earlier);
    e.sourceRef = q.value(3).toLongLong();
    e.amountFen = q.value(4).toLongLong();
    e.recoveredOn = dateFromStored(q.value(5));
    if (!q.value(6).isNull())
        e.sameAs = q.value(6).toLongLong();
    e.aboveAmountConfirmed = q.value(7).toInt() != 0;
    e.note = q.value(8).toString();
    e.recordedAt = dateTimeFromStored(q.value(9));
    e.recordedBy = q.value(10).toString();
    return e;
}

QVariant sameAsValue(const RecoveredEntry &e)
{
    return e.sameAs ? QVariant(*e.sameAs) : QVariant();
}

} // namespace

Result<QList<RecoveredEntry>> RecoveredMoneyRepository::entriesOf(qint64 caseId) const
{
    auto q =
        runQuery(m_db,
                 QStringLiteral("SELECT %1 FROM recovered_entries WHERE complaint_id = ? ORDER BY recovered_on, id")
                     .arg(kColumns),
                 {caseId});
    if (!q)
        return q.error();
    QList<RecoveredEntry> entries;
    while (q->next())
        entries.append(entryFrom(q.value()));
    return entries;
}

Result<std::optional<RecoveredEntry>> RecoveredMoneyRepository::entry(qint64 entryId) const
{
    auto q = runQuery(m_db, QStringLiteral("SELECT %1 FROM recovered_entries WHERE id = ?").arg(kColumns), {entryId});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<RecoveredEntry>();
    return std::optional<RecoveredEntry>(entryFrom(q.value()));
}

Result<std::optional<RecoveredEntry>> RecoveredMoneyRepository::entryFor(qint64 caseId, RecoverySource source,
                                                                         qint64 sourceRef) const
{
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT %1 FROM recovered_entries WHERE complaint_id = ? AND source = ?"
                                     " AND source_ref = ? ORDER BY id LIMIT 1")
                          .arg(kColumns),
                      {caseId, codeOf(source), sourceRef});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<RecoveredEntry>();
    return std::optional<RecoveredEntry>(entryFrom(q.value()));
}

Result<qint64> RecoveredMoneyRepository::insert(const RecoveredEntry &e)
{
    auto q = insertReturningId(m_db,
                      QStringLiteral("INSERT INTO recovered_entries(complaint_id, source, source_ref, amount_fen,"
                                     " recovered_on, same_as, above_amount_confirmed, note, recorded_at, recorded_by)"
                                     " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                      {e.complaintId, codeOf(e.source), e.sourceRef, e.amountFen, storedDate(e.recoveredOn),
                       sameAsValue(e), e.aboveAmountConfirmed ? 1 : 0, bindable(e.note), storedDateTime(e.recordedAt),
                       bindable(e.recordedBy)});
    if (!q)
        return q.error();
    return q.value();
}

Status RecoveredMoneyRepository::update(const RecoveredEntry &e)
{
    auto q = runQuery(m_db,
                      QStringLiteral("UPDATE recovered_entries SET amount_fen = ?, recovered_on = ?, same_as = ?,"
                                     " above_amount_confirmed = ?, note = ?, recorded_at = ?, recorded_by = ?"
                                     " WHERE id = ?"),
                      {e.amountFen, storedDate(e.recoveredOn), sameAsValue(e), e.aboveAmountConfirmed ? 1 : 0,
                       bindable(e.note), storedDateTime(e.recordedAt), bindable(e.recordedBy), e.id});
    if (!q)
        return q.error();
    return {};
}

Status RecoveredMoneyRepository::remove(qint64 entryId)
{
    auto heir = queryScalar(m_db, QStringLiteral("SELECT min(id) FROM recovered_entries WHERE same_as = ?"), {entryId});
    if (!heir)
        return heir.error();
    if (!heir->isNull()) {
        const qint64 next = heir->toLongLong();
        if (auto moved =
                runQuery(m_db, QStringLiteral("UPDATE recovered_entries SET same_as = NULL WHERE id = ?"), {next});
            !moved)
            return moved.error();
        if (auto moved = runQuery(m_db, QStringLiteral("UPDATE recovered_entries SET same_as = ? WHERE same_as = ?"),
                                  {next, entryId});
            !moved)
            return moved.error();
    }
    if (auto removed = runQuery(m_db, QStringLiteral("DELETE FROM recovered_entries WHERE id = ?"), {entryId});
        !removed)
        return removed.error();
    return {};
}

Result<QList<RecoveredAboveAmount>> RecoveredMoneyRepository::aboveAmount(const QDate &closedFrom,
                                                                          const QDate &closedTo) const
{
    const bool period = closedFrom.isValid() && closedTo.isValid();
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT c.id, c.case_number, c.amount_fen, c.recovered_fen,"
                                     " EXISTS (SELECT 1 FROM recovered_entries e WHERE e.complaint_id = c.id"
                                     " AND e.above_amount_confirmed = 1)"
                                     " FROM complaints c WHERE c.amount_fen > 0 AND c.recovered_fen > c.amount_fen%1"
                                     " ORDER BY c.recovered_fen - c.amount_fen DESC, c.id")
                          // A range on closed_at itself: the index on it finds the period's cases
                          // (substr() read every case: seconds on a million of them, for each report).
                          .arg(period ? QStringLiteral(" AND c.closed_at >= ? AND c.closed_at < ?") : QString()),
                      period ? QVariantList{storedDate(closedFrom), storedDate(closedTo.addDays(1))} : QVariantList{});
    if (!q)
        return q.error();
    QList<RecoveredAboveAmount> cases;
    while (q->next()) {
        cases.append({q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toLongLong(),
                      q->value(3).toLongLong(), q->value(4).toInt() != 0});
    }
    return cases;
}

} // namespace casedesk
