#include "storage/fund_repository.h"

#include "storage/sql_helpers.h"
#include "storage/stored_values.h"

#include <QCoreApplication>

namespace casedesk {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Funds)
};

const QString kSelectFund = QStringLiteral(
    "SELECT f.id, f.name, f.holder, f.note, f.created_at, "
    "coalesce(sum(CASE e.kind WHEN 'top_up' THEN e.amount_fen ELSE -e.amount_fen END), 0), "
    "coalesce(sum(CASE e.kind WHEN 'payout' THEN e.amount_fen ELSE 0 END), 0), "
    "count(CASE e.kind WHEN 'payout' THEN 1 END) "
    "FROM funds f LEFT JOIN fund_entries e ON e.fund_id = f.id ");

Fund fundFromRow(const QSqlQuery &q)
{
    Fund f;
    f.id = q.value(0).toLongLong();
    f.name = q.value(1).toString();
    f.holder = q.value(2).toString();
    f.note = q.value(3).toString();
    f.createdAt = dateTimeFromStored(q.value(4));
    f.balanceFen = q.value(5).toLongLong();
    f.paidOutFen = q.value(6).toLongLong();
    f.payouts = q.value(7).toInt();
    return f;
}

} // namespace

Result<QList<Fund>> FundRepository::list() const
{
    auto q = runQuery(m_db, kSelectFund + QStringLiteral("GROUP BY f.id ORDER BY f.name"));
    if (!q)
        return q.error();
    QList<Fund> funds;
    while (q->next())
        funds.append(fundFromRow(q.value()));
    return funds;
}

Result<Fund> FundRepository::get(qint64 fundId) const
{
    auto q = runQuery(m_db, kSelectFund + QStringLiteral("WHERE f.id = ? GROUP BY f.id"), {fundId});
    if (!q)
        return q.error();
    if (!q->next())
        return Error{ErrorCode::NotFound, Msg::tr("No fund %1 was found.").arg(fundId), {}};
    return fundFromRow(q.value());
}

Result<qint64> FundRepository::insert(const Fund &fund, const QDateTime &now)
{
    auto q = insertReturningId(m_db, QStringLiteral("INSERT INTO funds(name, holder, note, created_at) VALUES (?, ?, ?, ?)"),
                      {fund.name.trimmed(), fund.holder.trimmed(), fund.note.trimmed(), storedDateTime(now)});
    if (!q)
        return q.error();
    return q.value();
}

Result<qint64> FundRepository::insertEntry(qint64 fundId, const FundEntry &e)
{
    auto q = insertReturningId(m_db,
                      QStringLiteral("INSERT INTO fund_entries(fund_id, kind, amount_fen, complaint_id, at, actor, note) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                      {fundId, e.kind == FundEntryKind::TopUp ? QStringLiteral("top_up") : QStringLiteral("payout"),
                       e.amountFen, e.complaintId > 0 ? QVariant(e.complaintId) : QVariant(), storedDateTime(e.at),
                       e.actor, e.note.trimmed()});
    if (!q)
        return q.error();
    return q.value();
}

Result<QList<FundEntry>> FundRepository::entries(qint64 fundId) const
{
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT e.id, e.kind, e.amount_fen, coalesce(e.complaint_id, 0), "
                                     "coalesce(c.case_number, ''), coalesce(p.name, ''), e.at, e.actor, e.note "
                                     "FROM fund_entries e LEFT JOIN complaints c ON c.id = e.complaint_id "
                                     "LEFT JOIN consumers p ON p.id = c.consumer_id "
                                     "WHERE e.fund_id = ? ORDER BY e.at, e.id"),
                      {fundId});
    if (!q)
        return q.error();
    QList<FundEntry> entries;
    qint64 balance = 0;
    while (q->next()) {
        FundEntry e;
        e.id = q->value(0).toLongLong();
        e.kind = q->value(1).toString() == QLatin1String("payout") ? FundEntryKind::Payout : FundEntryKind::TopUp;
        e.amountFen = q->value(2).toLongLong();
        e.complaintId = q->value(3).toLongLong();
        e.caseNumber = q->value(4).toString();
        e.consumerName = q->value(5).toString();
        e.at = dateTimeFromStored(q->value(6));
        e.actor = q->value(7).toString();
        e.note = q->value(8).toString();
        balance += e.kind == FundEntryKind::TopUp ? e.amountFen : -e.amountFen;
        e.balanceAfterFen = balance;
        entries.append(e);
    }
    return entries;
}

Result<QList<CasePayout>> FundRepository::payoutsOf(qint64 caseId) const
{
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT e.id, e.amount_fen, e.at, f.name, f.holder FROM fund_entries e "
                                     "JOIN funds f ON f.id = e.fund_id WHERE e.complaint_id = ? AND e.kind = 'payout' "
                                     "ORDER BY e.at, e.id"),
                      {caseId});
    if (!q)
        return q.error();
    QList<CasePayout> payouts;
    while (q->next())
        payouts.append({q->value(0).toLongLong(), q->value(1).toLongLong(), dateTimeFromStored(q->value(2)),
                        q->value(3).toString(), q->value(4).toString()});
    return payouts;
}

} // namespace casedesk
