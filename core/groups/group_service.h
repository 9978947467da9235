#pragma once

#include "groups/case_group.h"
#include "mediation/session_service.h"
#include "recovered/recovered_entry.h"
#include "result.h"

#include <QDateTime>
#include <QSqlDatabase>

namespace casedesk {

// Group cases and their batch actions. Every write needs ManageGroups, runs in one
// transaction and writes an audit line on each case it touches; a batch that fails on one
// member changes no member (all or nothing) and its message names that member's case.
class GroupService {
public:
    explicit GroupService(QSqlDatabase db) : m_db(std::move(db)) {}

    // A group of the business's open complaints; refused if it has none or one of them is
    // already in another group.
    Result<qint64> createFromBusiness(qint64 businessId, const QString &name, const QString &actor,
                                      const QDateTime &now = QDateTime::currentDateTime());
    // A group of the given cases (at least one); businessId 0 if they concern several businesses.
    Result<qint64> createFromCases(const QList<qint64> &caseIds, const QString &name, const QString &actor,
                                   const QDateTime &now = QDateTime::currentDateTime());
    Status addMembers(qint64 groupId, const QList<qint64> &caseIds, const QString &actor,
                      const QDateTime &now = QDateTime::currentDateTime());
    Status removeMembers(qint64 groupId, const QList<qint64> &caseIds, const QString &actor,
                         const QDateTime &now = QDateTime::currentDateTime());
    Status setRepresentative(qint64 groupId, qint64 caseId, bool representative, const QString &actor,
                             const QDateTime &now = QDateTime::currentDateTime());

    // Batch actions on every member.
    Status assignAll(qint64 groupId, const QString &userName, const QString &actor,
                     const QDateTime &now = QDateTime::currentDateTime());
    // Members already in `to` are left as they are; any other member the rules do not let
    // move stops the whole batch.
    Status transitionAll(qint64 groupId, CaseStatus to, const QString &ground, const QString &note,
                         const QString &actor, const QDateTime &now = QDateTime::currentDateTime());
    // Computes the amount (outcomeAmount) of each member who took part and records it; the
    // others are left out, each with the reason (whyLeftOut), and lose any earlier amount.
    // Marked paid, each amount is an entry on the member's recovered-money ledger
    // (recovered_ledger.h, which says what `decision` answers for all members). Refused when
    // nobody takes part.
    // What recordOutcome would record, without writing: for the window's preview.
    Result<GroupOutcomeResult> previewOutcome(qint64 groupId, OutcomeBasis basis, int percent) const;
    Result<GroupOutcomeResult> recordOutcome(qint64 groupId, const GroupOutcome &outcome, const QString &actor,
                                             const QDateTime &now = QDateTime::currentDateTime(),
                                             const RecoveryDecision &decision = {});

    // One mediation session for the whole group: booked on every member in mediation (the
    // others are not in mediation yet, or any more), all or nothing; refused when no member
    // is in mediation. Returns the sessions booked and their clashes with other bookings.
    Result<QList<SavedSession>> scheduleSession(qint64 groupId, const MediationSession &session, const QString &actor,
                                                const QDateTime &now = QDateTime::currentDateTime());

    Result<QList<CaseGroup>> list() const;
    Result<GroupView> view(qint64 groupId) const;

    static constexpr int kMaxNameLength = 100;

private:
    Result<qint64> create(const QList<qint64> &caseIds, qint64 businessId, const QString &name,
                          const QString &actor, const QDateTime &now);
    Status addWithin(qint64 groupId, const QString &groupName, const QList<qint64> &caseIds, const QString &actor,
                     const QDateTime &now);

    QSqlDatabase m_db;
};

} // namespace casedesk
