#pragma once

#include "domain/complaint.h"
#include "result.h"

#include <QDateTime>
#include <QSqlDatabase>

#include <optional>

namespace casedesk {

struct User;

// A status change a caseworker asks for.
struct TransitionRequest {
    qint64 caseId = 0;
    CaseStatus to = CaseStatus::Accepted;
    QString ground; // code, when the rule takes one (refusal, return, termination)
    QString note;
    QDateTime at;                       // when it happened; invalid: now
    std::optional<int> expectedVersion; // the version the caller read; checked when given
};

// Applies the workflow rules (case_workflow.h) to stored cases. Each call is one
// transaction: the case row, its event and its audit line are written together or not at
// all. The actor must be an active user of the database; their role decides what they may do.
class CaseTransitionService {
public:
    explicit CaseTransitionService(QSqlDatabase db) : m_db(std::move(db)) {}

    // Moves the case to request.to. `at` may not lie in the future, before the case was
    // received or before its last event. Returns the case as stored afterwards.
    Result<Complaint> transition(const TransitionRequest &request, const QString &actor,
                                 const QDateTime &now = QDateTime::currentDateTime());

    // Makes `userName` (an active caseworker or supervisor) the case's caseworker;
    // reassigning is allowed, assigning the same person again changes nothing.
    Result<Complaint> assign(qint64 caseId, const QString &userName, const QString &actor,
                             const QDateTime &now = QDateTime::currentDateTime(),
                             std::optional<int> expectedVersion = std::nullopt);

    // The inside of transition() and assign(), for callers that hold the transaction and have
    // authorized `user` themselves (batch actions on a group: one transaction for every case).
    // Same rules, same event and audit lines; nothing is committed or reloaded here.
    Status applyTransition(const User &user, const TransitionRequest &request, const QDateTime &now);
    // The user a case may be given to: active and not an administrator; else a field error.
    Result<User> assignableUser(const QString &userName);
    Status applyAssign(const User &user, const User &assignee, qint64 caseId, const QDateTime &now,
                       std::optional<int> expectedVersion = std::nullopt);

private:
    // One attempt of transition() and assign(), which try again when a server broke it off.
    Result<Complaint> transitionOnce(const TransitionRequest &request, const QString &actor, const QDateTime &now);
    Result<Complaint> assignOnce(qint64 caseId, const QString &userName, const QString &actor, const QDateTime &now,
                                 std::optional<int> expectedVersion);
    QSqlDatabase m_db;
};

} // namespace casedesk
