#include "mediation/referral_service.h"

#include "auth/permissions.h"
#include "domain/money.h"
#include "mediation/mediation_checks.h"
#include "storage/complaint_repository.h"
#include "storage/court_referral_repository.h"
#include "storage/mediation_directory_repository.h"
#include "recovered/recovered_ledger.h"
#include "storage/sql_helpers.h"
#include "storage/user_repository.h"
#include "workflow/case_transition_service.h"
#include "workflow/case_workflow.h"

#include <QCoreApplication>

namespace casedesk {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Mediation)
};

using mediation::checkText;
using mediation::invalid;

Status checkOutcome(const CourtReferral &r, const QDate &today)
{
    const QString outcomeField = QStringLiteral("outcome");
    if (r.outcome == ReferralOutcome::Pending) {
        if (r.decidedOn.isValid() || r.awardedFen != 0 || r.recoveredFen != 0)
            return invalid(outcomeField, Msg::tr("Choose the outcome before giving its date or any money."));
        return {};
    }
    if (auto s = mediation::checkPastDate(QStringLiteral("decidedOn"), Msg::tr("The date of the outcome"), r.decidedOn,
                                          today);
        !s)
        return s;
    if (r.decidedOn < r.referredOn)
        return invalid(
            QStringLiteral("decidedOn"),
            Msg::tr("The outcome cannot be dated before the referral (%1).").arg(r.referredOn.toString(Qt::ISODate)));
    if (auto s = mediation::checkAmount(QStringLiteral("awarded"), Msg::tr("The amount awarded"), r.awardedFen); !s)
        return s;
    if (auto s = mediation::checkAmount(QStringLiteral("recovered"), Msg::tr("The money recovered"), r.recoveredFen);
        !s)
        return s;
    const bool lost = r.outcome == ReferralOutcome::Against || r.outcome == ReferralOutcome::Dismissed;
    if (lost && (r.awardedFen != 0 || r.recoveredFen != 0))
        return invalid(QStringLiteral("awarded"),
                       Msg::tr("Nothing is awarded or recovered when the outcome is \"%1\".").arg(labelOf(r.outcome)));
    const bool settledOutside = r.outcome == ReferralOutcome::Settled || r.outcome == ReferralOutcome::Withdrawn;
    if (settledOutside && r.awardedFen != 0)
        return invalid(QStringLiteral("awarded"), Msg::tr("A court awards nothing when the case is \"%1\"; record the "
                                                          "money paid as recovered.")
                                                      .arg(labelOf(r.outcome)));
    return {};
}

} // namespace

Result<std::optional<CourtReferral>> CourtReferralService::referralOf(qint64 caseId) const
{
    return CourtReferralRepository(m_db).referralOf(caseId);
}

Result<CourtReferral> CourtReferralService::save(const CourtReferral &referral, const QString &actor,
                                                 const QDateTime &now, const RecoveryDecision &decision)
{
    CourtReferral r = referral;
    r.claims = r.claims.trimmed();
    r.courtCaseNumber = r.courtCaseNumber.trimmed();
    if (auto s = checkText(QStringLiteral("claims"), Msg::tr("The claims"), r.claims, kMaxMediationText, true); !s)
        return s.error();
    if (auto s = checkText(QStringLiteral("courtCaseNumber"), Msg::tr("The court's case number"), r.courtCaseNumber, 60,
                           false);
        !s)
        return s.error();
    const QDate today = now.date();
    if (auto s = mediation::checkPastDate(QStringLiteral("consentOn"), Msg::tr("The date of the consumer's consent"),
                                          r.consentOn, today);
        !s)
        return s.error();
    if (auto s = mediation::checkPastDate(QStringLiteral("referredOn"), Msg::tr("The date of the referral"),
                                          r.referredOn, today);
        !s)
        return s.error();
    if (r.referredOn < r.consentOn)
        return invalid(QStringLiteral("consentOn"), Msg::tr("The consumer's consent must come before the referral."));
    if (auto s = checkOutcome(r, today); !s)
        return s.error();

    auto done = inRetriedTransaction(m_db, [&]() -> Status {
        auto user = authorize(m_db, actor, Permission::Mediate);
        if (!user)
            return user.error();
        auto complaint = ComplaintRepository(m_db).get(r.complaintId);
        if (!complaint)
            return complaint.error();
        CourtReferralRepository repository(m_db);
        auto stored = repository.referralOf(r.complaintId);
        if (!stored)
            return stored.error();
        const std::optional<CourtReferral> before = stored.value();
        if (complaint->status != CaseStatus::MediationTerminated)
            return invalid(QStringLiteral("status"),
                           before ? Msg::tr("%1 is \"%2\"; its referral can no longer be changed.")
                                        .arg(complaint->caseNumber, labelOf(complaint->status))
                                  : Msg::tr("A dispute goes to court after mediation was terminated; %1 is \"%2\".")
                                        .arg(complaint->caseNumber, labelOf(complaint->status)));
        if (r.consentOn < complaint->receivedAt.date())
            return invalid(QStringLiteral("consentOn"),
                           Msg::tr("The consumer's consent is dated before the case was received."));
        // Consent and referral follow the termination; the hearings follow the referral.
        auto terminated = mediation::lastStepAt(m_db, r.complaintId, CaseStatus::MediationTerminated);
        if (!terminated)
            return terminated.error();
        const QDate terminatedOn = terminated->value_or(QDateTime()).date();
        const QString termination = Msg::tr("the termination of mediation");
        if (auto s = mediation::checkNotBefore(QStringLiteral("consentOn"), Msg::tr("The consumer's consent"),
                                               r.consentOn, termination, terminatedOn);
            !s)
            return s.error();
        if (auto s = mediation::checkNotBefore(QStringLiteral("referredOn"), Msg::tr("The referral"), r.referredOn,
                                               termination, terminatedOn);
            !s)
            return s.error();
        if (before) {
            for (const CourtHearing &hearing : before->hearings) {
                if (auto s = mediation::checkNotBefore(QStringLiteral("referredOn"), Msg::tr("A hearing"),
                                                       hearing.at.date(), Msg::tr("the referral"), r.referredOn);
                    !s)
                    return s.error();
            }
        }
        MediationDirectoryRepository directory(m_db);
        auto court = directory.court(r.courtId);
        if (!court)
            return invalid(QStringLiteral("court"), court.error().message);
        if (!court->active && !(before && before->courtId == r.courtId))
            return invalid(QStringLiteral("court"),
                           Msg::tr("%1 is no longer in use; choose another court.").arg(court->name));
        if (r.lawyerId) {
            auto lawyer = directory.mediator(*r.lawyerId);
            if (!lawyer)
                return invalid(QStringLiteral("lawyer"), lawyer.error().message);
            if (lawyer->kind != MediatorKind::VolunteerLawyer)
                return invalid(QStringLiteral("lawyer"), Msg::tr("%1 is not a volunteer lawyer.").arg(lawyer->name));
        }
        RecoveryPosting posting;
        posting.caseId = r.complaintId;
        posting.source = RecoverySource::Court;
        posting.amountFen = r.recoveredFen;
        posting.on = r.decidedOn;
        posting.auditAction = QStringLiteral("referral_recovered");
        if (auto posted = postRecovery(m_db, posting, decision, user->name, now); !posted)
            return posted.error();
        r.updatedAt = now;
        r.updatedBy = user->name;
        if (auto saved = repository.save(r); !saved)
            return saved.error();
        const QString was =
            before ? QStringLiteral("%1 / %2").arg(before->courtName, codeOf(before->outcome)) : QString();
        if (auto logged = mediation::audit(m_db, r.complaintId, now, user->name,
                                           before ? QStringLiteral("referral_updated") : QStringLiteral("referred"),
                                           QStringLiteral("referral"), was,
                                           QStringLiteral("%1 / %2").arg(court->name, codeOf(r.outcome)));
            !logged)
            return logged.error();
        return {};
    });
    if (!done)
        return done.error();
    auto result = CourtReferralRepository(m_db).referralOf(r.complaintId);
    if (!result)
        return result.error();
    return *result.value();
}

Result<CourtReferral> CourtReferralService::addHearing(qint64 caseId, const QDateTime &at, const QString &note,
                                                       const QString &actor, const QDateTime &now)
{
    if (!at.isValid())
        return invalid(QStringLiteral("hearingAt"), Msg::tr("Give the date and time of the hearing."));
    if (auto s = checkText(QStringLiteral("note"), Msg::tr("The note"), note, 2000, false); !s)
        return s.error();
    auto done = inRetriedTransaction(m_db, [&]() -> Status {
        auto user = authorize(m_db, actor, Permission::Mediate);
        if (!user)
            return user.error();
        CourtReferralRepository repository(m_db);
        auto stored = repository.referralOf(caseId);
        if (!stored)
            return stored.error();
        if (!stored.value())
            return invalid(QStringLiteral("referral"), Msg::tr("The case was not referred to a court."));
        if (at.date() < stored.value()->referredOn)
            return invalid(QStringLiteral("hearingAt"), Msg::tr("A hearing cannot be before the referral (%1).")
                                                            .arg(stored.value()->referredOn.toString(Qt::ISODate)));
        if (at > now.addYears(2))
            return invalid(QStringLiteral("hearingAt"), Msg::tr("The hearing is more than two years ahead."));
        if (auto added = repository.addHearing(caseId, {0, at, note.trimmed()}); !added)
            return added.error();
        if (auto logged = mediation::audit(m_db, caseId, now, user->name, QStringLiteral("hearing_added"),
                                           QStringLiteral("hearingAt"), QString(),
                                           at.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
            !logged)
            return logged.error();
        return {};
    });
    if (!done)
        return done.error();
    auto result = CourtReferralRepository(m_db).referralOf(caseId);
    if (!result)
        return result.error();
    return *result.value();
}

Result<Complaint> CourtReferralService::closeCase(qint64 caseId, const QString &actor, const QDateTime &now)
{
    if (auto user = authorize(m_db, actor, Permission::Mediate); !user)
        return user.error();
    auto stored = referralOf(caseId);
    if (!stored)
        return stored.error();
    if (!stored.value())
        return invalid(QStringLiteral("referral"), Msg::tr("The case was not referred to a court."));
    if (stored.value()->outcome == ReferralOutcome::Pending)
        return invalid(QStringLiteral("outcome"), Msg::tr("Record the court's outcome before closing the case."));
    TransitionRequest request;
    request.caseId = caseId;
    request.to = CaseStatus::Closed;
    request.note = Msg::tr("Court referral: %1").arg(labelOf(stored.value()->outcome));
    return CaseTransitionService(m_db).transition(request, actor, now);
}

} // namespace casedesk
