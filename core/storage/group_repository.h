#pragma once

#include "groups/case_group.h"
#include "result.h"

#include <QDateTime>
#include <QSet>
#include <QSqlDatabase>

#include <optional>

namespace casedesk {

// The SQL of group cases (case_groups, case_group_members, group_outcomes). No permission
// checks and no transactions: GroupService holds both.
class GroupRepository {
public:
    explicit GroupRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<QList<CaseGroup>> list() const;
    Result<CaseGroup> get(qint64 groupId) const;
    Result<QList<GroupMember>> members(qint64 groupId) const;
    // The group a case belongs to, 0 if none.
    Result<qint64> groupOf(qint64 complaintId) const;
    // Open (not refused, returned or closed) complaints against a business, oldest first.
    Result<QList<qint64>> openCasesOf(qint64 businessId) const;
    // Case numbers of the given cases that already belong to a group (other than `groupId`).
    Result<QStringList> alreadyGrouped(const QList<qint64> &caseIds, qint64 groupId) const;

    Result<qint64> insert(const QString &name, qint64 businessId, const QString &note, const QDateTime &now,
                          const QString &actor);
    Status addMember(qint64 groupId, qint64 caseId, const QDateTime &now, const QString &actor);
    Status removeMember(qint64 groupId, qint64 caseId);
    Status setRepresentative(qint64 groupId, qint64 caseId, bool representative);
    // No value: the member has no amount under the outcome (left out of it).
    Status setOutcome(qint64 groupId, qint64 caseId, std::optional<qint64> fen);
    // How many outcomes of the group were recorded as paid.
    Result<int> paidOutcomes(qint64 groupId) const;
    Result<qint64> insertOutcome(qint64 groupId, const GroupOutcome &outcome, int members, qint64 totalFen,
                                 const QDateTime &now, const QString &actor);
    // The members whose dispute was referred to a court.
    Result<QSet<qint64>> referredMembers(qint64 groupId) const;

private:
    QSqlDatabase m_db;
};

} // namespace casedesk
