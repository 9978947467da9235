#include "groups/group_service.h"

#include "auth/permissions.h"
#include "domain/money.h"
#include "recovered/recovered_ledger.h"
#include "storage/audit_repository.h"
#include "storage/group_repository.h"
#include "storage/sql_helpers.h"
#include "storage/stored_values.h"
#include "storage/user_repository.h"
#include "text/text_checks.h"
#include "workflow/case_transition_service.h"

#include <QCoreApplication>
#include <QSet>

namespace casedesk {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Groups)
};

Error invalid(const QString &field, const QString &message)
{
    return Error{ErrorCode::InvalidInput, message, {{field, message}}};
}

// The failing member's case number in front of the reason, so the caseworker knows where to look.
Error aboutMember(const GroupMember &member, const Error &error)
{
    Error named = error;
    named.message = Msg::tr("Case %1: %2 Nothing was changed in the group.").arg(member.caseNumber, error.message);
    return named;
}

Status checkName(const QString &name)
{
    const QString field = QStringLiteral("name");
    if (name.trimmed().isEmpty())
        return invalid(field, Msg::tr("Give the group case a name."));
    if (name.trimmed().size() > GroupService::kMaxNameLength)
        return invalid(field, Msg::tr("The group's name is longer than %1 characters.").arg(GroupService::kMaxNameLength));
    if (const QString problem = textProblem(name); !problem.isEmpty())
        return invalid(field, problem);
    return {};
}

Status audit(const QSqlDatabase &db, qint64 caseId, const QDateTime &now, const QString &actor, const QString &action,
             const QString &field, const QString &oldValue, const QString &newValue)
{
    return AuditRepository(db).record({0, caseId, now, actor, action, field, oldValue, newValue});
}

// Who takes part in an outcome and their amounts; `amounts` (if given) gets every member,
// with no value for those left out.
GroupOutcomeResult shares(const QList<GroupMember> &members, const QSet<qint64> &referred, OutcomeBasis basis,
                          int percent, QList<std::pair<GroupMember, std::optional<qint64>>> *amounts)
{
    GroupOutcomeResult result;
    for (const GroupMember &member : members) {
        const QString why = whyLeftOut(member, referred.contains(member.complaintId), basis);
        std::optional<qint64> fen;
        if (why.isEmpty()) {
            fen = outcomeAmount(member, basis, percent);
            result.totalFen += *fen;
            result.members += 1;
        } else {
            result.leftOut.append({member.complaintId, member.caseNumber, why});
        }
        if (amounts)
            amounts->append({member, fen});
    }
    return result;
}

} // namespace

Result<GroupOutcomeResult> GroupService::previewOutcome(qint64 groupId, OutcomeBasis basis, int percent) const
{
    GroupRepository groups(m_db);
    auto members = groups.members(groupId);
    if (!members)
        return members.error();
    auto referred = groups.referredMembers(groupId);
    if (!referred)
        return referred.error();
    return shares(members.value(), referred.value(), basis, percent, nullptr);
}

Result<qint64> GroupService::createFromBusiness(qint64 businessId, const QString &name, const QString &actor,
                                                const QDateTime &now)
{
    auto ids = GroupRepository(m_db).openCasesOf(businessId);
    if (!ids)
        return ids.error();
    if (ids->isEmpty())
        return Error{ErrorCode::InvalidInput, Msg::tr("The business has no open complaints to make a group of."), {}};
    return create(ids.value(), businessId, name, actor, now);
}

Result<qint64> GroupService::createFromCases(const QList<qint64> &caseIds, const QString &name, const QString &actor,
                                             const QDateTime &now)
{
    if (caseIds.isEmpty())
        return Error{ErrorCode::InvalidInput, Msg::tr("Choose at least one case for the group."), {}};
    // One business for all: the group is about that business.
    QVariantList values;
    QStringList marks;
    for (qint64 id : caseIds) {
        values.append(id);
        marks << QStringLiteral("?");
    }
    qint64 businessId = 0;
    if (caseIds.size() <= 500) {
        auto q = runQuery(m_db, QStringLiteral("SELECT DISTINCT business_id FROM complaints WHERE id IN (%1)")
                                    .arg(marks.join(QLatin1Char(','))), values);
        if (!q)
            return q.error();
        QList<qint64> businesses;
        while (q->next())
            businesses.append(q->value(0).toLongLong());
        if (businesses.size() == 1)
            businessId = businesses.first();
    }
    return create(caseIds, businessId, name, actor, now);
}

Result<qint64> GroupService::create(const QList<qint64> &caseIds, qint64 businessId, const QString &name,
                                    const QString &actor, const QDateTime &now)
{
    if (auto named = checkName(name); !named)
        return named.error();
    return inRetriedTransaction(m_db, [&]() -> Result<qint64> {
        auto user = authorize(m_db, actor, Permission::ManageGroups);
        if (!user)
            return user.error();
        GroupRepository groups(m_db);
        auto id = groups.insert(name.trimmed(), businessId, QString(), now, user->name);
        if (!id)
            return id.error();
        if (auto added = addWithin(id.value(), name.trimmed(), caseIds, user->name, now); !added)
            return added.error();
        return id.value();
    });
}

Status GroupService::addWithin(qint64 groupId, const QString &groupName, const QList<qint64> &caseIds,
                               const QString &actor, const QDateTime &now)
{
    GroupRepository groups(m_db);
    auto taken = groups.alreadyGrouped(caseIds, groupId);
    if (!taken)
        return taken.error();
    if (!taken->isEmpty())
        return Error{ErrorCode::InvalidInput,
                     Msg::tr("These cases already belong to another group case: %1. Remove them there first.")
                         .arg(taken->mid(0, 10).join(QStringLiteral(", "))),
                     {}};
    QSet<qint64> seen;
    for (qint64 caseId : caseIds) {
        if (seen.contains(caseId))
            continue;
        seen.insert(caseId);
        auto already = groups.groupOf(caseId);
        if (!already)
            return already.error();
        if (already.value() == groupId)
            continue; // already a member: adding again changes nothing
        auto exists = queryScalar(m_db, QStringLiteral("SELECT count(*) FROM complaints WHERE id = ?"), {caseId});
        if (!exists)
            return exists.error();
        if (exists->toInt() != 1)
            return Error{ErrorCode::NotFound, Msg::tr("No case with id %1 was found; nothing was changed.").arg(caseId), {}};
        if (auto added = groups.addMember(groupId, caseId, now, actor); !added)
            return added;
        if (auto logged = audit(m_db, caseId, now, actor, QStringLiteral("grouped"), QStringLiteral("group"), QString(),
                                groupName);
            !logged)
            return logged;
    }
    return {};
}

Status GroupService::addMembers(qint64 groupId, const QList<qint64> &caseIds, const QString &actor, const QDateTime &now)
{
    return inRetriedTransaction(m_db, [&]() -> Status {
        auto user = authorize(m_db, actor, Permission::ManageGroups);
        if (!user)
            return user.error();
        auto group = GroupRepository(m_db).get(groupId);
        if (!group)
            return group.error();
        if (auto added = addWithin(groupId, group->name, caseIds, user->name, now); !added)
            return added;
        return {};
    });
}

Status GroupService::removeMembers(qint64 groupId, const QList<qint64> &caseIds, const QString &actor,
                                   const QDateTime &now)
{
    return inRetriedTransaction(m_db, [&]() -> Status {
        auto user = authorize(m_db, actor, Permission::ManageGroups);
        if (!user)
            return user.error();
        GroupRepository groups(m_db);
        auto group = groups.get(groupId);
        if (!group)
            return group.error();
        for (qint64 caseId : caseIds) {
            auto current = groups.groupOf(caseId);
            if (!current)
                return current.error();
            if (current.value() != groupId)
                continue; // not a member: nothing to remove
            if (auto removed = groups.removeMember(groupId, caseId); !removed)
                return removed;
            if (auto logged = audit(m_db, caseId, now, user->name, QStringLiteral("ungrouped"), QStringLiteral("group"),
                                    group->name, QString());
                !logged)
                return logged;
        }
        return {};
    });
}

Status GroupService::setRepresentative(qint64 groupId, qint64 caseId, bool representative, const QString &actor,
                                       const QDateTime &now)
{
    return inRetriedTransaction(m_db, [&]() -> Status {
        auto user = authorize(m_db, actor, Permission::ManageGroups);
        if (!user)
            return user.error();
        GroupRepository groups(m_db);
        auto current = groups.groupOf(caseId);
        if (!current)
            return current.error();
        if (current.value() != groupId)
            return Error{ErrorCode::NotFound, Msg::tr("The case is not a member of this group."), {}};
        if (auto set = groups.setRepresentative(groupId, caseId, representative); !set)
            return set;
        if (auto logged =
                audit(m_db, caseId, now, user->name, QStringLiteral("updated"), QStringLiteral("representative"),
                      representative ? QStringLiteral("0") : QStringLiteral("1"),
                      representative ? QStringLiteral("1") : QStringLiteral("0"));
            !logged)
            return logged;
        return {};
    });
}

Status GroupService::assignAll(qint64 groupId, const QString &userName, const QString &actor, const QDateTime &now)
{
    return inRetriedTransaction(m_db, [&]() -> Status {
        auto user = authorize(m_db, actor, Permission::ManageGroups);
        if (!user)
            return user.error();
        if (auto may = authorize(m_db, actor, Permission::AssignCase); !may)
            return may.error();
        CaseTransitionService workflow(m_db);
        auto assignee = workflow.assignableUser(userName);
        if (!assignee)
            return assignee.error();
        auto members = GroupRepository(m_db).members(groupId);
        if (!members)
            return members.error();
        for (const GroupMember &member : members.value()) {
            if (auto done = workflow.applyAssign(user.value(), assignee.value(), member.complaintId, now); !done)
                return aboutMember(member, done.error());
        }
        return {};
    });
}

Result<QList<SavedSession>> GroupService::scheduleSession(qint64 groupId, const MediationSession &session,
                                                         const QString &actor, const QDateTime &now)
{
    if (auto user = authorize(m_db, actor, Permission::ManageGroups); !user)
        return user.error();
    auto members = GroupRepository(m_db).members(groupId);
    if (!members)
        return members.error();
    QList<qint64> inMediation;
    for (const GroupMember &member : members.value()) {
        if (member.status == CaseStatus::InMediation)
            inMediation.append(member.complaintId);
    }
    if (inMediation.isEmpty())
        return Error{ErrorCode::InvalidInput,
                     Msg::tr("No member of the group is in mediation; move them into mediation first."),
                     {{QStringLiteral("status"), Msg::tr("No member of the group is in mediation; move them into "
                                                         "mediation first.")}}};
    return MediationSessionService(m_db).bookForCases(session, inMediation, actor, now);
}

Status GroupService::transitionAll(qint64 groupId, CaseStatus to, const QString &ground, const QString &note,
                                   const QString &actor, const QDateTime &now)
{
    return inRetriedTransaction(m_db, [&]() -> Status {
        auto user = authorize(m_db, actor, Permission::ManageGroups);
        if (!user)
            return user.error();
        auto members = GroupRepository(m_db).members(groupId);
        if (!members)
            return members.error();
        if (members->isEmpty())
            return Error{ErrorCode::InvalidInput, Msg::tr("The group has no members."), {}};
        CaseTransitionService workflow(m_db);
        for (const GroupMember &member : members.value()) {
            if (member.status == to)
                continue;
            TransitionRequest request;
            request.caseId = member.complaintId;
            request.to = to;
            request.ground = ground;
            request.note = note;
            if (auto done = workflow.applyTransition(user.value(), request, now); !done)
                return aboutMember(member, done.error());
        }
        return {};
    });
}

Result<GroupOutcomeResult> GroupService::recordOutcome(qint64 groupId, const GroupOutcome &outcome,
                                                       const QString &actor, const QDateTime &now,
                                                       const RecoveryDecision &decision)
{
    if (outcome.percent < 0 || outcome.percent > 100)
        return invalid(QStringLiteral("percent"), Msg::tr("The share must be between 0% and 100%."));
    if (outcome.description.size() > 2000)
        return invalid(QStringLiteral("description"), Msg::tr("The description is longer than 2000 characters."));
    if (const QString problem = textProblem(outcome.description); !problem.isEmpty())
        return invalid(QStringLiteral("description"), problem);
    return inRetriedTransaction(m_db, [&]() -> Result<GroupOutcomeResult> {
        auto user = authorize(m_db, actor, Permission::ManageGroups);
        if (!user)
            return user.error();
        GroupRepository groups(m_db);
        if (outcome.recovered) {
            // Money paid is an entry on each case once; a second paid outcome would count it twice.
            auto paid = groups.paidOutcomes(groupId);
            if (!paid)
                return paid.error();
            if (paid.value() > 0)
                return invalid(QStringLiteral("recovered"),
                               Msg::tr("An outcome of this group was already recorded as paid. Record this one without "
                                       "marking it paid, and any further payment on the cases themselves."));
        }
        auto members = groups.members(groupId);
        if (!members)
            return members.error();
        if (members->isEmpty())
            return invalid(QStringLiteral("group"), Msg::tr("The group has no members."));
        auto referred = groups.referredMembers(groupId);
        if (!referred)
            return referred.error();

        // First who takes part and their amounts, so the outcome's row (which the ledger's
        // entries point at) carries its total.
        QList<std::pair<GroupMember, std::optional<qint64>>> amounts;
        GroupOutcomeResult result = shares(members.value(), referred.value(), outcome.basis, outcome.percent, &amounts);
        if (result.members == 0)
            return invalid(
                QStringLiteral("group"),
                Msg::tr("No member of the group takes part in this outcome: %1").arg(result.leftOut.first().reason));
        auto outcomeId = groups.insertOutcome(groupId, outcome, result.members, result.totalFen, now, user->name);
        if (!outcomeId)
            return outcomeId.error();
        const QString how = QStringLiteral("%1% %2").arg(outcome.percent).arg(codeOf(outcome.basis));
        for (const auto &[member, fen] : amounts) {
            if (auto set = groups.setOutcome(groupId, member.complaintId, fen); !set)
                return aboutMember(member, set.error());
            if (!fen && !member.outcomeFen)
                continue; // left out, and had no amount before: nothing changed on the case
            const QString newValue =
                fen ? QString::number(*fen) + QStringLiteral(" (") + how + QLatin1Char(')') : QString();
            if (auto logged = audit(m_db, member.complaintId, now, user->name, QStringLiteral("group_outcome"),
                                    QStringLiteral("outcome_fen"),
                                    member.outcomeFen ? QString::number(*member.outcomeFen) : QString(), newValue);
                !logged)
                return aboutMember(member, logged.error());
            if (outcome.recovered && fen && *fen > 0) {
                RecoveryPosting posting;
                posting.caseId = member.complaintId;
                posting.source = RecoverySource::Group;
                posting.sourceRef = outcomeId.value();
                posting.amountFen = *fen;
                posting.on = now.date();
                posting.note = outcome.description.trimmed().left(200);
                posting.auditAction = QStringLiteral("group_outcome");
                if (auto posted = postRecovery(m_db, posting, decision, user->name, now); !posted)
                    return aboutMember(member, posted.error());
            }
        }
        return result;
    });
}

Result<QList<CaseGroup>> GroupService::list() const { return GroupRepository(m_db).list(); }

Result<GroupView> GroupService::view(qint64 groupId) const
{
    GroupRepository groups(m_db);
    auto group = groups.get(groupId);
    if (!group)
        return group.error();
    auto members = groups.members(groupId);
    if (!members)
        return members.error();
    GroupView view;
    view.group = group.value();
    view.members = members.value();
    for (const GroupMember &m : std::as_const(view.members)) {
        view.totalPaidFen += m.paidFen;
        view.totalBalanceFen += m.balanceFen;
        view.totalClaimFen += m.claimFen();
        view.totalOutcomeFen += m.outcomeFen.value_or(0);
        view.statusCounts[m.status] += 1;
    }
    return view;
}

} // namespace casedesk
