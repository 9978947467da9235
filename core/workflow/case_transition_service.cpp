#include "workflow/case_transition_service.h"

#include "auth/permissions.h"
#include "deadlines/stored_deadlines.h"

#include "storage/audit_repository.h"
#include "storage/case_event_repository.h"
#include "storage/complaint_repository.h"
#include "storage/sql_helpers.h"
#include "storage/stale_edit.h"
#include "storage/stored_values.h"
#include "storage/user_repository.h"
#include "workflow/case_workflow.h"

#include <QCoreApplication>

namespace casedesk {
namespace {

// The translation context of this file's messages.
struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Workflow)
};

Error fieldError(ErrorCode code, const QString &field, const QString &message)
{
    return Error{code, message, {{field, message}}};
}

QString shown(const QDateTime &at) { return at.toString(QStringLiteral("yyyy-MM-dd HH:mm")); }

Result<Complaint> loadCase(const QSqlDatabase &db, qint64 caseId, std::optional<int> expectedVersion)
{
    auto current = ComplaintRepository(db).get(caseId);
    if (!current)
        return current.error();
    if (expectedVersion && *expectedVersion != current->version)
        return staleEditError(db, current.value(), {}); // what the latest change was
    return current;
}

Status checkTime(const QSqlDatabase &db, const Complaint &current, const QDateTime &at, const QDateTime &now)
{
    const QString field = QStringLiteral("at");
    if (at > now)
        return fieldError(ErrorCode::InvalidInput, field,
                          Msg::tr("The time of the change (%1) lies in the future.").arg(shown(at)));
    if (at < current.receivedAt)
        return fieldError(ErrorCode::InvalidInput, field,
                          Msg::tr("The time of the change (%1) is before the case was received (%2).")
                              .arg(shown(at), shown(current.receivedAt)));
    auto last = CaseEventRepository(db).lastEvent(current.id);
    if (!last)
        return last.error();
    if (last.value() && at < last.value()->at)
        return fieldError(ErrorCode::InvalidInput, field,
                          Msg::tr("The time of the change (%1) is before the case's last step (%2, %3).")
                              .arg(shown(at), labelOf(last.value()->to), shown(last.value()->at)));
    return {};
}

Error lostRace() { return Error{ErrorCode::Conflict, Msg::tr("The case was changed by someone else; nothing was saved."), {}}; }

} // namespace

Result<Complaint> CaseTransitionService::transition(const TransitionRequest &request, const QString &actor,
                                                    const QDateTime &now)
{
    return retryingConflicts(m_db, [&] { return transitionOnce(request, actor, now); });
}

Result<Complaint> CaseTransitionService::transitionOnce(const TransitionRequest &request, const QString &actor,
                                                        const QDateTime &now)
{
    Transaction transaction(m_db);
    if (auto started = transaction.begin(); !started)
        return started.error();
    // Which moves the role may make is the workflow table's business (checkTransition).
    auto user = authorize(m_db, actor, Permission::ViewCases);
    if (!user)
        return user.error();
    if (auto applied = applyTransition(user.value(), request, now); !applied)
        return applied.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return ComplaintRepository(m_db).get(request.caseId);
}

Status CaseTransitionService::applyTransition(const User &user, const TransitionRequest &request, const QDateTime &now)
{
    auto current = loadCase(m_db, request.caseId, request.expectedVersion);
    if (!current)
        return current.error();
    const QString ground = request.ground.trimmed();
    const QString note = request.note.trimmed();
    if (auto allowed = checkTransition(current->status, request.to, user.role, ground, note); !allowed)
        return allowed.error();
    // The permission table agrees with the workflow table; checking both means loosening one
    // alone cannot let a caseworker reopen a finished case.
    const Permission needed = isFinalStatus(current->status) ? Permission::ReopenCase : Permission::WorkCase;
    if (auto permitted = authorize(m_db, user.name, needed); !permitted)
        return permitted.error();
    const QDateTime at = request.at.isValid() ? request.at : now;
    if (auto timely = checkTime(m_db, current.value(), at, now); !timely)
        return timely.error();

    // accepted_at keeps the first acceptance (a reopened case was still accepted then);
    // closed_at follows the case in and out of its final statuses.
    const QDateTime acceptedAt =
        request.to == CaseStatus::Accepted && !current->acceptedAt.isValid() ? at : current->acceptedAt;
    const QDateTime closedAt = isFinalStatus(request.to) ? at : QDateTime();
    auto updated = runQuery(m_db,
                            QStringLiteral("UPDATE complaints SET status = ?, accepted_at = ?, closed_at = ?, "
                                           "version = version + 1, updated_at = ? WHERE id = ? AND version = ?"),
                            {codeOf(request.to), nullableDateTime(acceptedAt), nullableDateTime(closedAt),
                             storedDateTime(now), current->id, current->version});
    if (!updated)
        return updated.error();
    if (updated->numRowsAffected() != 1)
        return lostRace();

    const CaseEvent event{0, current->id, at, now, user.name, current->status, request.to, ground, note};
    if (auto recorded = CaseEventRepository(m_db).record(event); !recorded)
        return recorded.error();
    if (auto stored = refreshStoredDeadlinesOf(m_db, current->id, now); !stored)
        return stored;
    const AuditEntry audit{0, current->id, now, user.name, QStringLiteral("transition"), QStringLiteral("status"),
                           codeOf(current->status), codeOf(request.to)};
    return AuditRepository(m_db).record(audit);
}

Result<Complaint> CaseTransitionService::assign(qint64 caseId, const QString &userName, const QString &actor,
                                                const QDateTime &now, std::optional<int> expectedVersion)
{
    return retryingConflicts(m_db, [&] { return assignOnce(caseId, userName, actor, now, expectedVersion); });
}

Result<Complaint> CaseTransitionService::assignOnce(qint64 caseId, const QString &userName, const QString &actor,
                                                    const QDateTime &now, std::optional<int> expectedVersion)
{
    Transaction transaction(m_db);
    if (auto started = transaction.begin(); !started)
        return started.error();
    auto user = authorize(m_db, actor, Permission::AssignCase);
    if (!user)
        return user.error();
    auto assignee = assignableUser(userName);
    if (!assignee)
        return assignee.error();
    if (auto applied = applyAssign(user.value(), assignee.value(), caseId, now, expectedVersion); !applied)
        return applied.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return ComplaintRepository(m_db).get(caseId);
}

Result<User> CaseTransitionService::assignableUser(const QString &userName)
{
    const QString field = QStringLiteral("assignee");
    auto assignee = UserRepository(m_db).findByName(userName);
    if (!assignee) {
        if (assignee.error().code != ErrorCode::NotFound)
            return assignee.error();
        return fieldError(ErrorCode::InvalidInput, field, assignee.error().message);
    }
    if (!assignee->active)
        return fieldError(ErrorCode::InvalidInput, field,
                          Msg::tr("The user \"%1\" is no longer active and cannot take cases.").arg(assignee->name));
    // Only someone who works cases can be given one (not administrators, not auditors).
    if (assignee->role == Role::Administrator)
        return fieldError(ErrorCode::InvalidInput, field,
                          Msg::tr("The user \"%1\" is an administrator and does no case work.").arg(assignee->name));
    if (!roleAllows(assignee->role, Permission::WorkCase))
        return fieldError(ErrorCode::InvalidInput, field,
                          Msg::tr("The user \"%1\" (%2) only reads cases and cannot take one.")
                              .arg(assignee->name, labelOf(assignee->role)));
    return assignee;
}

Status CaseTransitionService::applyAssign(const User &user, const User &assignee, qint64 caseId, const QDateTime &now,
                                          std::optional<int> expectedVersion)
{
    auto current = loadCase(m_db, caseId, expectedVersion);
    if (!current)
        return current.error();
    if (current->assignee == assignee.name)
        return {}; // nothing to change, nothing to record

    auto updated = runQuery(m_db,
                            QStringLiteral("UPDATE complaints SET assignee = ?, version = version + 1, updated_at = ? "
                                           "WHERE id = ? AND version = ?"),
                            {assignee.name, storedDateTime(now), current->id, current->version});
    if (!updated)
        return updated.error();
    if (updated->numRowsAffected() != 1)
        return lostRace();
    const AuditEntry audit{0, current->id, now, user.name, QStringLiteral("assigned"), QStringLiteral("assignee"),
                           current->assignee, assignee.name};
    return AuditRepository(m_db).record(audit);
}

} // namespace casedesk
