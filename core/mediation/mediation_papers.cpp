#include "mediation/mediation_papers.h"

#include "storage/trail_anchors.h"

#include "mediation/termination_service.h"
#include "storage/complaint_repository.h"
#include "storage/court_referral_repository.h"
#include "storage/mediation_agreement_repository.h"
#include "storage/mediation_directory_repository.h"
#include "storage/mediation_session_repository.h"
#include "storage/settings_repository.h"

#include <QCoreApplication>

namespace casedesk {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Mediation)
};

Result<QString> councilName(const QSqlDatabase &db)
{
    return SettingsRepository(db).value(SettingsRepository::kCouncilName);
}

} // namespace

QString chineseDate(const QDate &date)
{
    if (!date.isValid())
        return QStringLiteral("      年    月    日");
    return QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
}

QString chineseNumeral(int n)
{
    static const QString digits = QStringLiteral("零一二三四五六七八九");
    if (n < 0 || n > 99)
        return QString::number(n);
    if (n < 10)
        return digits.at(n);
    const int tens = n / 10;
    const int ones = n % 10;
    QString text = tens == 1 ? QString() : QString(digits.at(tens));
    text += QStringLiteral("十");
    if (ones)
        text += digits.at(ones);
    return text;
}

Result<AgreementPaper> agreementPaper(const QSqlDatabase &db, qint64 caseId)
{
    AgreementPaper paper;
    auto complaint = ComplaintRepository(db).get(caseId);
    if (!complaint)
        return complaint.error();
    paper.complaint = complaint.value();
    auto agreement = MediationAgreementRepository(db).agreementOf(caseId);
    if (!agreement)
        return agreement.error();
    if (!agreement.value())
        return Error{
            ErrorCode::NotFound, Msg::tr("%1 has no mediation agreement.").arg(paper.complaint.caseNumber), {}};
    paper.agreement = *agreement.value();
    if (paper.agreement.mediatorId) {
        auto mediator = MediationDirectoryRepository(db).mediator(*paper.agreement.mediatorId);
        if (!mediator)
            return mediator.error();
        paper.mediatorName = mediator->name;
    }
    auto council = councilName(db);
    if (!council)
        return council.error();
    paper.councilName = council.value();
    auto heads = currentHeads(db);
    if (!heads)
        return heads.error();
    paper.trailAnchor = anchorFooterText(heads.value());
    return paper;
}

Result<ReferralPaper> referralPaper(const QSqlDatabase &db, qint64 caseId)
{
    ReferralPaper paper;
    auto complaint = ComplaintRepository(db).get(caseId);
    if (!complaint)
        return complaint.error();
    paper.complaint = complaint.value();
    auto referral = CourtReferralRepository(db).referralOf(caseId);
    if (!referral)
        return referral.error();
    if (!referral.value())
        return Error{
            ErrorCode::NotFound, Msg::tr("%1 was not referred to a court.").arg(paper.complaint.caseNumber), {}};
    paper.referral = *referral.value();
    auto court = MediationDirectoryRepository(db).court(paper.referral.courtId);
    if (!court)
        return court.error();
    paper.court = court.value();
    auto evidence = EvidenceRepository(db).list(caseId);
    if (!evidence)
        return evidence.error();
    paper.evidence = evidence.value();
    auto sessions = MediationSessionRepository(db).sessionsOf(caseId);
    if (!sessions)
        return sessions.error();
    paper.sessions = sessions.value();
    auto termination = TerminationService(db).lastTermination(caseId);
    if (!termination)
        return termination.error();
    paper.termination = termination.value();
    auto council = councilName(db);
    if (!council)
        return council.error();
    paper.councilName = council.value();
    return paper;
}

} // namespace casedesk
