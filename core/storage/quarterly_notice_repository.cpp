#include "storage/quarterly_notice_repository.h"

#include "recovered/recovered_entry.h"
#include "storage/sql_helpers.h"
#include "storage/stored_values.h"

namespace casedesk {
namespace {

// A day as the first stored time of it compares: "2026-04-01" sorts before every time that day.
QString dayBound(const QDate &day)
{
    return day.toString(Qt::ISODate);
}

// The cases forwarded in [?, ?): a subquery the statements below share.
const QString kForwardedIn = QStringLiteral("SELECT complaint_id FROM case_events WHERE to_status = ? AND at >= ? "
                                            "AND at < ?");

QVariantList forwardedIn(const QDate &from, const QDate &to)
{
    return {codeOf(CaseStatus::ForwardedToEnterprise), dayBound(from), dayBound(to.addDays(1))};
}

} // namespace

Result<QList<QuarterlyNoticeRepository::CaseStep>>
QuarterlyNoticeRepository::stepsOfCasesForwardedIn(const QDate &from, const QDate &to) const
{
    auto rows = runQuery(m_db,
                         QStringLiteral("SELECT e.complaint_id, e.at, e.to_status, c.business_id, c.received_at, "
                                        "c.channel FROM case_events e JOIN complaints c ON c.id = e.complaint_id "
                                        "WHERE e.complaint_id IN (%1) ORDER BY e.complaint_id, e.at, e.id")
                             .arg(kForwardedIn),
                         forwardedIn(from, to));
    if (!rows)
        return rows.error();
    QList<CaseStep> steps;
    while (rows->next()) {
        CaseStep step;
        step.caseId = rows->value(0).toLongLong();
        step.at = dateTimeFromStored(rows->value(1));
        step.to = statusFromCode(rows->value(2).toString());
        step.businessId = rows->value(3).toLongLong();
        step.receivedAt = dateTimeFromStored(rows->value(4));
        step.channel = channelFromCode(rows->value(5).toString()).value_or(Channel::Phone);
        steps.append(step);
    }
    return steps;
}

Result<QHash<qint64, QString>> QuarterlyNoticeRepository::networkedIn(const QDate &from, const QDate &to) const
{
    auto rows = runQuery(m_db,
                         QStringLiteral("SELECT a.business_id, b.name FROM enterprise_agreements a JOIN businesses b "
                                        "ON b.id = a.business_id WHERE a.signed_on <= ? "
                                        "AND (a.ended_on IS NULL OR a.ended_on >= ?)"),
                         {dayBound(to), dayBound(from)});
    if (!rows)
        return rows.error();
    QHash<qint64, QString> names;
    while (rows->next())
        names.insert(rows->value(0).toLongLong(), rows->value(1).toString());
    return names;
}

Result<QHash<qint64, QHash<QString, int>>> QuarterlyNoticeRepository::receivedIn(const QDate &from,
                                                                                 const QDate &to) const
{
    auto rows = runQuery(m_db,
                         QStringLiteral("SELECT c.business_id, k.name, count(*) FROM complaints c JOIN categories k "
                                        "ON k.id = c.category_id WHERE c.received_at >= ? AND c.received_at < ? "
                                        "GROUP BY c.business_id, k.name"),
                         {dayBound(from), dayBound(to.addDays(1))});
    if (!rows)
        return rows.error();
    QHash<qint64, QHash<QString, int>> counts;
    while (rows->next())
        counts[rows->value(0).toLongLong()][rows->value(1).toString()] += rows->value(2).toInt();
    return counts;
}

Result<QHash<qint64, qint64>> QuarterlyNoticeRepository::enterpriseMoneyOfCasesForwardedIn(const QDate &from,
                                                                                           const QDate &to) const
{
    auto rows = runQuery(m_db,
                         QStringLiteral("SELECT complaint_id, sum(amount_fen) FROM recovered_entries WHERE source = ? "
                                        "AND complaint_id IN (%1) GROUP BY complaint_id")
                             .arg(kForwardedIn),
                         QVariantList{codeOf(RecoverySource::Enterprise)} + forwardedIn(from, to));
    if (!rows)
        return rows.error();
    QHash<qint64, qint64> money;
    while (rows->next())
        money.insert(rows->value(0).toLongLong(), rows->value(1).toLongLong());
    return money;
}

} // namespace casedesk
