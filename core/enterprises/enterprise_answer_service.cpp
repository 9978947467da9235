#include "enterprises/enterprise_answer_service.h"

#include "auth/permissions.h"
#include "mediation/mediation_checks.h"
#include "recovered/recovered_ledger.h"
#include "storage/complaint_repository.h"
#include "storage/enterprise_answer_repository.h"
#include "storage/sql_helpers.h"
#include "storage/user_repository.h"
#include "workflow/case_transition_service.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <algorithm>

namespace casedesk {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Enterprises)
};

using mediation::invalid;

} // namespace

Result<EnterpriseAnswer> EnterpriseAnswerService::record(qint64 caseId, const EnterpriseAnswer &given,
                                                         const QString &actor, const QDateTime &now,
                                                         const RecoveryDecision &decision)
{
    EnterpriseAnswer answer = given;
    answer.text = answer.text.trimmed();
    if (auto s = mediation::checkText(QStringLiteral("text"),
                                      answer.settled ? Msg::tr("What was settled") : Msg::tr("Why it was not settled"),
                                      answer.text, kMaxText, true);
        !s)
        return s.error();
    if (answer.settled) {
        if (auto s = mediation::checkAmount(QStringLiteral("amount"), Msg::tr("The money paid"), answer.amountFen); !s)
            return s.error();
    } else if (answer.amountFen != 0) {
        return invalid(QStringLiteral("amount"), Msg::tr("No money is recorded with a failed settlement."));
    }
    if (auto s = mediation::checkPastDate(QStringLiteral("answeredOn"), Msg::tr("The day of the answer"),
                                          answer.answeredOn, now.date());
        !s)
        return s.error();
    // May run twice (a server's deadlock victim is tried again): `answer` is filled in afresh.
    return inRetriedTransaction(m_db, [&]() -> Result<EnterpriseAnswer> {
        auto user = authorize(m_db, actor, Permission::WorkCase);
        if (!user)
            return user.error();
        auto complaint = ComplaintRepository(m_db).get(caseId);
        if (!complaint)
            return complaint.error();
        if (complaint->status != CaseStatus::ForwardedToEnterprise)
            return invalid(QStringLiteral("status"), Msg::tr("Case %1 is not with an enterprise.").arg(complaint->caseNumber));
        auto step = mediation::lastStepInto(m_db, caseId, CaseStatus::ForwardedToEnterprise);
        if (!step)
            return step.error();
        const std::optional<CaseEvent> &forwarded = step.value();
        if (!forwarded)
            return invalid(QStringLiteral("status"), Msg::tr("Case %1 has no forwarding step.").arg(complaint->caseNumber));
        if (answer.answeredOn < forwarded->at.date())
            return invalid(QStringLiteral("answeredOn"), Msg::tr("The enterprise cannot have answered before the case was "
                                                                 "forwarded to it (%1).")
                                                             .arg(forwarded->at.date().toString(Qt::ISODate)));
        answer.forwardEventId = forwarded->id;
        answer.complaintId = caseId;
        answer.forwardedOn = forwarded->at.date();
        answer.recordedBy = user->name;
        answer.recordedAt = now;
        if (auto added = EnterpriseAnswerRepository(m_db).add(answer); !added)
            return added.error();
        if (answer.settled && answer.amountFen > 0) {
            RecoveryPosting posting;
            posting.caseId = caseId;
            posting.source = RecoverySource::Enterprise;
            posting.sourceRef = forwarded->id;
            posting.amountFen = answer.amountFen;
            posting.on = answer.answeredOn;
            posting.note = answer.text;
            posting.auditAction = QStringLiteral("enterprise_answer");
            if (auto posted = postRecovery(m_db, posting, decision, user->name, now); !posted)
                return posted.error();
        }
        // The step the answer leads to, on the day of the answer (at the moment of recording when
        // that is today, never before the forwarding).
        TransitionRequest next;
        next.caseId = caseId;
        next.to = answer.settled ? CaseStatus::Closed : CaseStatus::InMediation;
        next.note = answer.settled ? Msg::tr("Settled by the enterprise: %1").arg(answer.text)
                                   : Msg::tr("Not settled by the enterprise: %1").arg(answer.text);
        next.at = answer.answeredOn == now.date()
                      ? now
                      : std::max(forwarded->at, QDateTime(answer.answeredOn, QTime(17, 0), now.timeZone()));
        if (auto moved = CaseTransitionService(m_db).applyTransition(user.value(), next, now); !moved)
            return moved.error();
        return answer;
    });
}

Result<QList<EnterpriseAnswer>> EnterpriseAnswerService::answers(qint64 caseId, const QString &actor) const
{
    if (auto user = authorize(m_db, actor, Permission::ViewCases); !user)
        return user.error();
    return EnterpriseAnswerRepository(m_db).ofCase(caseId);
}

} // namespace casedesk
