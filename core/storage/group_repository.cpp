#include "storage/group_repository.h"

#include "storage/personal_sources.h"
#include "storage/sql_helpers.h"
#include "storage/stored_values.h"

#include <QCoreApplication>

namespace casedesk {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Groups)
};

// Refused, returned and closed cases have left the council's hands.
const QString kOpenCondition = QStringLiteral("c.status NOT IN ('refused', 'returned', 'closed')");

const QString kSelectGroup = QStringLiteral(
    "SELECT g.id, g.name, coalesce(g.business_id, 0), coalesce(b.name, ''), g.note, g.created_at, g.created_by, "
    "(SELECT count(*) FROM case_group_members m WHERE m.group_id = g.id), "
    "(SELECT count(*) FROM case_group_members m JOIN complaints c ON c.id = m.complaint_id "
    " WHERE m.group_id = g.id AND %1) "
    "FROM case_groups g LEFT JOIN businesses b ON b.id = g.business_id ");

CaseGroup groupFromRow(const QSqlQuery &q)
{
    CaseGroup g;
    g.id = q.value(0).toLongLong();
    g.name = q.value(1).toString();
    g.businessId = q.value(2).toLongLong();
    g.businessName = q.value(3).toString();
    g.note = q.value(4).toString();
    g.createdAt = dateTimeFromStored(q.value(5));
    g.createdBy = q.value(6).toString();
    g.members = q.value(7).toInt();
    g.openMembers = q.value(8).toInt();
    return g;
}

QString placeholders(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(QLatin1Char(','));
}

} // namespace

Result<QList<CaseGroup>> GroupRepository::list() const
{
    auto q = runQuery(m_db, kSelectGroup.arg(kOpenCondition) + QStringLiteral("ORDER BY g.id DESC"));
    if (!q)
        return q.error();
    QList<CaseGroup> groups;
    while (q->next())
        groups.append(groupFromRow(q.value()));
    return groups;
}

Result<CaseGroup> GroupRepository::get(qint64 groupId) const
{
    auto q = runQuery(m_db, kSelectGroup.arg(kOpenCondition) + QStringLiteral("WHERE g.id = ?"), {groupId});
    if (!q)
        return q.error();
    if (!q->next())
        return Error{ErrorCode::NotFound, Msg::tr("No group case %1 was found.").arg(groupId), {}};
    return groupFromRow(q.value());
}

Result<QList<GroupMember>> GroupRepository::members(qint64 groupId) const
{
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT c.id, c.case_number, p.name, p.phone, c.status, c.assignee, m.representative, "
                                     "pc.complaint_id IS NOT NULL, coalesce(pc.card_number, ''), coalesce(pc.paid_fen, 0), "
                                     "coalesce(pc.balance_fen, 0), c.amount_fen, m.outcome_fen, c.recovered_fen "
                                     "FROM case_group_members m JOIN complaints c ON c.id = m.complaint_id "
                                     "JOIN %1 p ON p.id = c.consumer_id "
                                     "LEFT JOIN prepaid_cards pc ON pc.complaint_id = c.id "
                                     "WHERE m.group_id = ? ORDER BY c.case_number")
                          .arg(consumersSource(m_db)),
                      {groupId});
    if (!q)
        return q.error();
    QList<GroupMember> members;
    while (q->next()) {
        GroupMember m;
        m.complaintId = q->value(0).toLongLong();
        m.caseNumber = q->value(1).toString();
        m.consumerName = q->value(2).toString();
        m.consumerPhone = q->value(3).toString();
        m.status = statusFromCode(q->value(4).toString()).value_or(CaseStatus::Registered);
        m.assignee = q->value(5).toString();
        m.representative = q->value(6).toBool();
        m.hasCard = q->value(7).toBool();
        m.cardNumber = q->value(8).toString();
        m.paidFen = q->value(9).toLongLong();
        m.balanceFen = q->value(10).toLongLong();
        m.amountFen = q->value(11).toLongLong();
        if (!q->value(12).isNull())
            m.outcomeFen = q->value(12).toLongLong();
        m.recoveredFen = q->value(13).toLongLong();
        members.append(m);
    }
    return members;
}

Result<qint64> GroupRepository::groupOf(qint64 complaintId) const
{
    auto id = queryScalar(m_db, QStringLiteral("SELECT group_id FROM case_group_members WHERE complaint_id = ?"),
                          {complaintId});
    if (!id)
        return id.error();
    return id->toLongLong();
}

Result<QList<qint64>> GroupRepository::openCasesOf(qint64 businessId) const
{
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT c.id FROM complaints c WHERE c.business_id = ? AND ") + kOpenCondition +
                          QStringLiteral(" ORDER BY c.received_at, c.id"),
                      {businessId});
    if (!q)
        return q.error();
    QList<qint64> ids;
    while (q->next())
        ids.append(q->value(0).toLongLong());
    return ids;
}

Result<QStringList> GroupRepository::alreadyGrouped(const QList<qint64> &caseIds, qint64 groupId) const
{
    QStringList numbers;
    // In slices: SQLite limits the number of bound parameters.
    for (qsizetype from = 0; from < caseIds.size(); from += 500) {
        const QList<qint64> slice = caseIds.mid(from, 500);
        QVariantList values{groupId};
        for (qint64 id : slice)
            values.append(id);
        auto q = runQuery(m_db,
                          QStringLiteral("SELECT c.case_number FROM case_group_members m JOIN complaints c "
                                         "ON c.id = m.complaint_id WHERE m.group_id <> ? AND m.complaint_id IN (%1) "
                                         "ORDER BY c.case_number")
                              .arg(placeholders(slice.size())),
                          values);
        if (!q)
            return q.error();
        while (q->next())
            numbers.append(q->value(0).toString());
    }
    return numbers;
}

Result<qint64> GroupRepository::insert(const QString &name, qint64 businessId, const QString &note,
                                       const QDateTime &now, const QString &actor)
{
    auto q = insertReturningId(m_db,
                      QStringLiteral("INSERT INTO case_groups(name, business_id, note, created_at, created_by) "
                                     "VALUES (?, ?, ?, ?, ?)"),
                      {name, businessId > 0 ? QVariant(businessId) : QVariant(), note, storedDateTime(now), actor});
    if (!q)
        return q.error();
    return q.value();
}

Status GroupRepository::addMember(qint64 groupId, qint64 caseId, const QDateTime &now, const QString &actor)
{
    auto q = runQuery(m_db,
                      QStringLiteral("INSERT INTO case_group_members(group_id, complaint_id, added_at, added_by) "
                                     "VALUES (?, ?, ?, ?)"),
                      {groupId, caseId, storedDateTime(now), actor});
    if (!q)
        return q.error();
    return {};
}

Status GroupRepository::removeMember(qint64 groupId, qint64 caseId)
{
    auto q = runQuery(m_db, QStringLiteral("DELETE FROM case_group_members WHERE group_id = ? AND complaint_id = ?"),
                      {groupId, caseId});
    if (!q)
        return q.error();
    return {};
}

Status GroupRepository::setRepresentative(qint64 groupId, qint64 caseId, bool representative)
{
    auto q = runQuery(m_db,
                      QStringLiteral("UPDATE case_group_members SET representative = ? WHERE group_id = ? AND complaint_id = ?"),
                      {representative ? 1 : 0, groupId, caseId});
    if (!q)
        return q.error();
    return {};
}

Status GroupRepository::setOutcome(qint64 groupId, qint64 caseId, std::optional<qint64> fen)
{
    auto q = runQuery(m_db,
                      QStringLiteral("UPDATE case_group_members SET outcome_fen = ? WHERE group_id = ? AND complaint_id = ?"),
                      {fen ? QVariant(*fen) : QVariant(), groupId, caseId});
    if (!q)
        return q.error();
    return {};
}

Result<int> GroupRepository::paidOutcomes(qint64 groupId) const
{
    auto count = queryScalar(m_db, QStringLiteral("SELECT count(*) FROM group_outcomes WHERE group_id = ? AND recovered = 1"),
                             {groupId});
    if (!count)
        return count.error();
    return count->toInt();
}

Result<qint64> GroupRepository::insertOutcome(qint64 groupId, const GroupOutcome &outcome, int members,
                                              qint64 totalFen, const QDateTime &now, const QString &actor)
{
    auto q = insertReturningId(m_db,
                      QStringLiteral("INSERT INTO group_outcomes(group_id, basis, percent, description, members, total_fen, "
                                     "recovered, at, actor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                      {groupId, codeOf(outcome.basis), outcome.percent, outcome.description.trimmed(), members, totalFen,
                       outcome.recovered ? 1 : 0, storedDateTime(now), actor});
    if (!q)
        return q.error();
    return q.value();
}

Result<QSet<qint64>> GroupRepository::referredMembers(qint64 groupId) const
{
    auto q = runQuery(m_db, QStringLiteral("SELECT m.complaint_id FROM case_group_members m JOIN court_referrals r"
                                           " ON r.complaint_id = m.complaint_id WHERE m.group_id = ?"),
                      {groupId});
    if (!q)
        return q.error();
    QSet<qint64> referred;
    while (q->next())
        referred.insert(q->value(0).toLongLong());
    return referred;
}

} // namespace casedesk
