#include "storage/business_repository.h"

#include "auth/permissions.h"
#include "storage/audit_repository.h"
#include "storage/sql_helpers.h"
#include "storage/stored_values.h"
#include "storage/user_repository.h"
#include "text/text_checks.h"

#include <QCoreApplication>

namespace casedesk {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Businesses)
};

// Counts per business come from correlated subqueries on indexed columns
// (complaints_business), so listing a few hundred businesses stays quick.
const QString kSelectBusiness = QStringLiteral(
    "SELECT b.id, b.name, b.credit_code, b.address, b.district, b.networked, "
    "(SELECT count(*) FROM complaints c WHERE c.business_id = b.id "
    " AND c.status NOT IN ('refused', 'returned', 'closed')) AS open_count, "
    "(SELECT count(*) FROM complaints c WHERE c.business_id = b.id "
    " AND c.status IN ('refused', 'returned', 'closed')) AS closed_count, "
    "(SELECT count(*) FROM case_groups g WHERE g.business_id = b.id), "
    "(SELECT count(*) FROM prepaid_cards p JOIN complaints c ON c.id = p.complaint_id WHERE c.business_id = b.id), "
    "(SELECT p.business_status FROM prepaid_cards p JOIN complaints c ON c.id = p.complaint_id "
    " WHERE c.business_id = b.id AND p.business_status <> 'unknown' ORDER BY c.received_at DESC LIMIT 1), "
    "(SELECT count(*) FROM complaints c WHERE c.business_id = b.id AND c.status = 'forwarded') ");

BusinessRow rowFrom(const QSqlQuery &q)
{
    BusinessRow row;
    row.id = q.value(0).toLongLong();
    row.name = q.value(1).toString();
    row.creditCode = q.value(2).toString();
    row.address = q.value(3).toString();
    row.district = q.value(4).toString();
    row.networked = q.value(5).toBool();
    row.openComplaints = q.value(6).toInt();
    row.closedComplaints = q.value(7).toInt();
    row.groups = q.value(8).toInt();
    row.prepaidComplaints = q.value(9).toInt();
    row.state = businessStateFromCode(q.value(10).toString()).value_or(BusinessState::Unknown);
    row.forwardedOpen = q.value(11).toInt();
    return row;
}

Error invalid(const QString &message) { return Error{ErrorCode::InvalidInput, message, {}}; }

} // namespace

Result<QList<BusinessRow>> BusinessRepository::list(const QString &search, int limit) const
{
    QString where;
    QVariantList values;
    if (!search.trimmed().isEmpty()) {
        where = QStringLiteral("WHERE b.name LIKE ? ESCAPE '\\' OR b.credit_code LIKE ? ESCAPE '\\' ");
        const QString pattern = QLatin1Char('%') + escapeLike(search.trimmed()) + QLatin1Char('%');
        values << pattern << pattern;
    }
    values << limit;
    // The most complained-about first: ranked on one indexed count, and only the rows shown
    // get the other counts (a city has tens of thousands of businesses).
    auto q = runQuery(m_db,
                      kSelectBusiness +
                          QStringLiteral("FROM (SELECT b.id AS id, (SELECT count(*) FROM complaints c WHERE "
                                         "c.business_id = b.id) AS total FROM businesses b ") +
                          where +
                          QStringLiteral("ORDER BY total DESC, b.name, b.id LIMIT ?) top "
                                         "JOIN businesses b ON b.id = top.id ORDER BY top.total DESC, b.name, b.id"),
                      values);
    if (!q)
        return q.error();
    QList<BusinessRow> rows;
    while (q->next())
        rows.append(rowFrom(q.value()));
    return rows;
}

Result<BusinessRow> BusinessRepository::get(qint64 businessId) const
{
    auto q = runQuery(m_db, kSelectBusiness + QStringLiteral("FROM businesses b WHERE b.id = ?"), {businessId});
    if (!q)
        return q.error();
    if (!q->next())
        return Error{ErrorCode::NotFound, Msg::tr("No business with id %1 was found.").arg(businessId), {}};
    return rowFrom(q.value());
}

Result<QList<qint64>> BusinessRepository::complaintsOf(qint64 businessId) const
{
    auto q = runQuery(m_db, QStringLiteral("SELECT id FROM complaints WHERE business_id = ? ORDER BY received_at DESC, id DESC"),
                      {businessId});
    if (!q)
        return q.error();
    QList<qint64> ids;
    while (q->next())
        ids.append(q->value(0).toLongLong());
    return ids;
}

Result<int> BusinessRepository::merge(qint64 keptId, qint64 mergedId, bool confirmed, const QString &reason,
                                      const QString &actor, const QDateTime &now)
{
    if (keptId == mergedId)
        return invalid(Msg::tr("A business cannot be merged with itself."));
    if (reason.size() > 2000 || !textProblem(reason).isEmpty())
        return invalid(Msg::tr("The reason is too long or holds unreadable characters."));
    return inRetriedTransaction(m_db, [&]() -> Result<int> {
        auto user = authorize(m_db, actor, Permission::ManageGroups);
        if (!user)
            return user.error();
        auto kept = get(keptId);
        if (!kept)
            return kept.error();
        auto merged = get(mergedId);
        if (!merged)
            return merged.error();
        const bool bothCoded = !kept->creditCode.isEmpty() && !merged->creditCode.isEmpty();
        if (bothCoded && kept->creditCode != merged->creditCode)
            return invalid(
                Msg::tr("\"%1\" and \"%2\" have different credit codes (%3, %4): they are different businesses "
                        "and are not merged.")
                    .arg(kept->name, merged->name, kept->creditCode, merged->creditCode));
        if (!bothCoded && !confirmed)
            return invalid(
                Msg::tr("\"%1\" and \"%2\" do not share a credit code; confirm that they are the same business.")
                    .arg(kept->name, merged->name));

        auto cases = complaintsOf(mergedId);
        if (!cases)
            return cases.error();
        AuditRepository audit(m_db);
        const QString oldName = merged->name + QStringLiteral(" #") + QString::number(mergedId);
        const QString newName = kept->name + QStringLiteral(" #") + QString::number(keptId);
        for (qint64 caseId : cases.value()) {
            if (auto logged = audit.record({0, caseId, now, user->name, QStringLiteral("business_merged"),
                                            QStringLiteral("business"), oldName, newName});
                !logged)
                return logged.error();
        }
        const QList<std::pair<QString, QVariantList>> statements = {
            {QStringLiteral(
                 "UPDATE complaints SET business_id = ?, version = version + 1, updated_at = ? WHERE business_id = ?"),
             {keptId, storedDateTime(now), mergedId}},
            {QStringLiteral("UPDATE case_groups SET business_id = ? WHERE business_id = ?"), {keptId, mergedId}},
            // The talks held with either record were held with the one business.
            {QStringLiteral("UPDATE talks SET business_id = ? WHERE business_id = ?"), {keptId, mergedId}},
            // One complaint-network agreement per business: the kept record's, else the merged one's.
            {QStringLiteral("DELETE FROM enterprise_agreements WHERE business_id = ? AND EXISTS (SELECT 1 FROM "
                            "enterprise_agreements k WHERE k.business_id = ?)"),
             {mergedId, keptId}},
            {QStringLiteral("UPDATE enterprise_agreements SET business_id = ? WHERE business_id = ?"),
             {keptId, mergedId}},
            // An acknowledgement of the same run may exist on both records: keep the kept one's.
            {QStringLiteral(
                 "DELETE FROM warning_alerts WHERE business_id = ? AND EXISTS (SELECT 1 FROM warning_alerts k "
                 "WHERE k.business_id = ? AND k.rule_id = warning_alerts.rule_id "
                 "AND k.first_day = warning_alerts.first_day)"),
             {mergedId, keptId}},
            {QStringLiteral("UPDATE warning_alerts SET business_id = ? WHERE business_id = ?"), {keptId, mergedId}},
            {QStringLiteral(
                 "UPDATE businesses SET credit_code = CASE WHEN credit_code = '' THEN ? ELSE credit_code END, "
                 "address = CASE WHEN address = '' THEN ? ELSE address END, "
                 "district = CASE WHEN district = '' THEN ? ELSE district END, "
                 "networked = CASE WHEN ? = 1 THEN 1 ELSE networked END WHERE id = ?"),
             {merged->creditCode, merged->address, merged->district, merged->networked ? 1 : 0, keptId}},
            {QStringLiteral(
                 "INSERT INTO business_merges(kept_id, merged_id, merged_name, merged_credit_code, cases_moved, "
                 "reason, at, actor) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
             {keptId, mergedId, merged->name, merged->creditCode, int(cases->size()), reason.trimmed(),
              storedDateTime(now), user->name}},
            {QStringLiteral("DELETE FROM businesses WHERE id = ?"), {mergedId}},
        };
        for (const auto &[sql, values] : statements) {
            if (auto done = runQuery(m_db, sql, values); !done)
                return done.error();
        }
        return int(cases->size());
    });
}

} // namespace casedesk
