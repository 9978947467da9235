#include "letters/letter_values.h"

#include "deadlines/case_deadline_service.h"
#include "domain/money.h"
#include "followup/follow_up_service.h"
#include "letters/ground_phrases.h"
#include "mediation/mediation_checks.h"
#include "mediation/mediation_papers.h"
#include "mediation/termination_service.h"
#include "privacy/masking.h"
#include "storage/fund_repository.h"
#include "storage/mediation_session_repository.h"
#include "storage/settings_repository.h"

#include <QCoreApplication>

namespace casedesk {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Letters)
};

Error unfit(const Complaint &complaint, LetterKind kind, const QString &why)
{
    const QString message = Msg::tr("A %1 does not fit case %2: %3").arg(labelOf(kind), complaint.caseNumber, why);
    return Error{ErrorCode::InvalidInput, message, {{QStringLiteral("kind"), message}}};
}

// A caseworker's note as the letter's sentence after the ground: "说明：……。"
QString notePhrase(const QString &note)
{
    const QString text = note.simplified();
    if (text.isEmpty())
        return {};
    const bool ended = text.endsWith(QChar(0x3002)) || text.endsWith(QLatin1Char('.'));
    return QStringLiteral("说明：") + text + (ended ? QString() : QString(QChar(0x3002)));
}

QString chineseTime(const QDateTime &at)
{
    return at.isValid() ? chineseDate(at.date()) + at.toString(QStringLiteral(" HH:mm")) : chineseDate({});
}

QString orUnknown(const QString &text) { return text.trimmed().isEmpty() ? QStringLiteral("无") : text.trimmed(); }

// The follow-up verdict as the record writes it, whatever the window's language.
QString verdictOf(FollowUpResult result, bool reached)
{
    if (!reached)
        return QStringLiteral("未能联系到消费者");
    switch (result) {
    case FollowUpResult::Satisfied: return QStringLiteral("满意");
    case FollowUpResult::BasicallySatisfied: return QStringLiteral("基本满意");
    case FollowUpResult::Dissatisfied: return QStringLiteral("不满意");
    case FollowUpResult::None: break;
    }
    return QStringLiteral("未评价");
}

Status addRefusalOrReturn(const QSqlDatabase &db, const Complaint &complaint, LetterKind kind, LetterFacts &facts)
{
    const bool refusal = kind == LetterKind::Refusal;
    const CaseStatus status = refusal ? CaseStatus::Refused : CaseStatus::Returned;
    if (complaint.status != status)
        return unfit(complaint, kind, refusal ? Msg::tr("it is not refused.") : Msg::tr("it is not returned."));
    auto step = mediation::lastStepInto(db, complaint.id, status);
    if (!step)
        return step.error();
    if (!step.value())
        return unfit(complaint, kind, Msg::tr("its timeline has no such decision."));
    const CaseEvent &event = *step.value();
    facts.decisionAt = event.at;
    facts.values.insert(QStringLiteral("ground"),
                        groundPhraseOfCode(refusal ? GroundKind::Refusal : GroundKind::Return, event.ground));
    facts.values.insert(QStringLiteral("note"), notePhrase(event.note));
    return {};
}

Status addTermination(const QSqlDatabase &db, const Complaint &complaint, LetterFacts &facts)
{
    auto termination = TerminationService(db).lastTermination(complaint.id);
    if (!termination)
        return termination.error();
    if (!termination.value())
        return unfit(complaint, LetterKind::Termination, Msg::tr("its mediation was not terminated."));
    const TerminationRecord &record = *termination.value();
    facts.decisionAt = record.terminatedAt;
    facts.values.insert(QStringLiteral("accepted_date"), chineseDate(complaint.acceptedAt.date()));
    facts.values.insert(QStringLiteral("terminated_date"), chineseDate(record.terminatedAt.date()));
    facts.values.insert(QStringLiteral("ground"), groundPhraseOfCode(GroundKind::Termination, record.ground));
    facts.values.insert(QStringLiteral("note"), notePhrase(record.note));
    return {};
}

Status addForwarding(const QSqlDatabase &db, const Complaint &complaint, LetterFacts &facts)
{
    auto step = mediation::lastStepInto(db, complaint.id, CaseStatus::ForwardedToEnterprise);
    if (!step)
        return step.error();
    if (!step.value())
        return unfit(complaint, LetterKind::Forwarding, Msg::tr("it was never forwarded to an enterprise."));
    facts.decisionAt = step.value()->at;
    QDate due;
    auto deadlines = deadlinesOfCase(db, complaint.id);
    if (!deadlines)
        return deadlines.error();
    for (const Deadline &deadline : deadlines.value()) {
        if (deadline.kind == DeadlineKind::Enterprise)
            due = deadline.dueDate;
    }
    facts.addressee = complaint.business.name;
    facts.values.insert(QStringLiteral("complainant_phone"), maskPhone(complaint.consumer.phone));
    facts.values.insert(QStringLiteral("facts"), orUnknown(complaint.facts));
    facts.values.insert(QStringLiteral("forwarded_date"), chineseDate(step.value()->at.date()));
    facts.values.insert(QStringLiteral("answer_due"), chineseDate(due));
    return {};
}

Status addSession(const QSqlDatabase &db, const Complaint &complaint, qint64 itemId, LetterFacts &facts)
{
    auto sessions = MediationSessionRepository(db).sessionsOf(complaint.id);
    if (!sessions)
        return sessions.error();
    std::optional<MediationSession> chosen;
    for (const MediationSession &session : sessions.value()) {
        if (itemId ? session.id == itemId : (!chosen || session.startsAt >= chosen->startsAt))
            chosen = session;
    }
    if (!chosen) {
        return unfit(complaint, LetterKind::SessionRecord, itemId ? Msg::tr("it has no mediation session %1.").arg(itemId)
                                                       : Msg::tr("it has no mediation session."));
    }
    facts.decisionAt = chosen->startsAt;
    facts.values.insert(QStringLiteral("session_time"), chineseTime(chosen->startsAt));
    facts.values.insert(QStringLiteral("session_place"), orUnknown(chosen->place));
    facts.values.insert(QStringLiteral("mediators"), orUnknown(chosen->mediatorNames.join(QStringLiteral("、"))));
    facts.values.insert(QStringLiteral("participants"), orUnknown(chosen->participants));
    facts.values.insert(QStringLiteral("session_record"), orUnknown(chosen->record));
    return {};
}

Status addFollowUp(const QSqlDatabase &db, const Complaint &complaint, qint64 itemId, LetterFacts &facts)
{
    auto visits = FollowUpService(db).visits(complaint.id);
    if (!visits)
        return visits.error();
    std::optional<FollowUp> chosen;
    for (const FollowUp &visit : visits.value()) {
        if (itemId ? visit.id == itemId : (!chosen || visit.at >= chosen->at))
            chosen = visit;
    }
    if (!chosen) {
        return unfit(complaint, LetterKind::FollowUpRecord, itemId ? Msg::tr("it has no follow-up visit %1.").arg(itemId)
                                                        : Msg::tr("it has had no follow-up visit."));
    }
    facts.decisionAt = chosen->at;
    facts.values.insert(QStringLiteral("closed_date"), chineseDate(complaint.closedAt.date()));
    facts.values.insert(QStringLiteral("visit_time"), chineseTime(chosen->at));
    facts.values.insert(QStringLiteral("visitor"), chosen->actor);
    facts.values.insert(QStringLiteral("visit_result"), verdictOf(chosen->result, chosen->reached));
    facts.values.insert(QStringLiteral("visit_comment"), orUnknown(chosen->comment));
    return {};
}

Status addPayout(const QSqlDatabase &db, const Complaint &complaint, qint64 itemId, LetterFacts &facts)
{
    auto payouts = FundRepository(db).payoutsOf(complaint.id);
    if (!payouts)
        return payouts.error();
    std::optional<CasePayout> chosen;
    for (const CasePayout &payout : payouts.value()) {
        if (!itemId || payout.entryId == itemId)
            chosen = payout; // oldest first: the last one is the latest
    }
    if (!chosen) {
        return unfit(complaint, LetterKind::PayoutReceipt, itemId ? Msg::tr("it has no payout %1.").arg(itemId)
                                                       : Msg::tr("no fund has paid it out."));
    }
    facts.decisionAt = chosen->at;
    facts.values.insert(QStringLiteral("fund_name"), chosen->fundName);
    facts.values.insert(QStringLiteral("fund_holder"), orUnknown(chosen->fundHolder));
    facts.values.insert(QStringLiteral("payout_amount"), QStringLiteral("¥") + formatYuan(chosen->amountFen));
    facts.values.insert(QStringLiteral("payout_amount_words"), yuanInCapitals(chosen->amountFen));
    facts.values.insert(QStringLiteral("payout_date"), chineseDate(chosen->at.date()));
    // The receipt is the complainant's own: their ID number in full, or a line to write it on.
    facts.values.insert(QStringLiteral("complainant_id_number"),
                        complaint.consumer.idNumber.isEmpty() ? QStringLiteral("__________________")
                                                              : complaint.consumer.idNumber);
    return {};
}

// The mediation papers say NotFound when the case has none: for a letter, the kind does not fit.
Error unfitUnlessFailed(const Complaint &complaint, LetterKind kind, const Error &error)
{
    return error.code == ErrorCode::NotFound ? unfit(complaint, kind, error.message) : error;
}

Status addAgreement(const QSqlDatabase &db, const Complaint &complaint, LetterFacts &facts)
{
    auto paper = agreementPaper(db, complaint.id);
    if (!paper)
        return unfitUnlessFailed(complaint, LetterKind::Agreement, paper.error());
    const MediationAgreement &agreement = paper->agreement;
    facts.values.insert(QStringLiteral("copies"), chineseNumeral(agreement.copies));
    facts.values.insert(QStringLiteral("council_copies"), chineseNumeral(qMax(1, agreement.copies - 2)));
    facts.values.insert(QStringLiteral("signed_date"), chineseDate(agreement.signedOn));
    facts.values.insert(QStringLiteral("mediator"), orUnknown(paper->mediatorName));
    return {};
}

Status addReferral(const QSqlDatabase &db, const Complaint &complaint, LetterFacts &facts)
{
    auto paper = referralPaper(db, complaint.id);
    if (!paper)
        return unfitUnlessFailed(complaint, LetterKind::Referral, paper.error());
    QString result = QStringLiteral("经本会调解未能达成协议");
    if (paper->termination) {
        const QString ground = groundPhraseForCourtOfCode(paper->termination->ground);
        result = QStringLiteral("经本会调解，因%1，于%2终止调解")
                     .arg(ground.isEmpty() ? QStringLiteral("其他原因") : ground,
                          chineseDate(paper->termination->terminatedAt.date()));
    }
    facts.addressee = paper->court.name;
    facts.decisionAt = paper->referral.referredOn.startOfDay();
    facts.values.insert(QStringLiteral("court"), paper->court.name);
    facts.values.insert(QStringLiteral("mediation_result"), result);
    facts.values.insert(QStringLiteral("consent_date"), chineseDate(paper->referral.consentOn));
    facts.values.insert(QStringLiteral("referred_date"), chineseDate(paper->referral.referredOn));
    facts.values.insert(QStringLiteral("court_point"),
                        paper->court.kind == CourtKind::Circuit ? QStringLiteral("（巡回审判点）") : QString());
    return {};
}

} // namespace

Result<LetterFacts> letterFacts(const QSqlDatabase &db, const Complaint &complaint, LetterKind kind, qint64 itemId)
{
    auto council = SettingsRepository(db).value(SettingsRepository::kCouncilName);
    if (!council)
        return council.error();
    LetterFacts facts;
    facts.addressee = addresseeOf(kind) == Addressee::Complainant ? complaint.consumer.name : QString();
    facts.values = {
        {QStringLiteral("complainant"), complaint.consumer.name},
        {QStringLiteral("business"), complaint.business.name},
        {QStringLiteral("case_number"), complaint.caseNumber},
        {QStringLiteral("received_date"), chineseDate(complaint.receivedAt.date())},
        {QStringLiteral("caseworker"), complaint.assignee.isEmpty() ? QStringLiteral("待定") : complaint.assignee},
        {QStringLiteral("council"), council.value()},
        {QStringLiteral("demand"), orUnknown(complaint.demand)},
        {QStringLiteral("amount"), QStringLiteral("¥") + formatYuan(complaint.amountFen)},
    };
    Status added;
    switch (kind) {
    case LetterKind::Acceptance:
        if (!complaint.acceptedAt.isValid())
            return unfit(complaint, kind, Msg::tr("it was never accepted."));
        facts.decisionAt = complaint.acceptedAt;
        facts.values.insert(QStringLiteral("accepted_date"), chineseDate(complaint.acceptedAt.date()));
        break;
    case LetterKind::Refusal:
    case LetterKind::Return: added = addRefusalOrReturn(db, complaint, kind, facts); break;
    case LetterKind::Termination: added = addTermination(db, complaint, facts); break;
    case LetterKind::Forwarding: added = addForwarding(db, complaint, facts); break;
    case LetterKind::SessionRecord: added = addSession(db, complaint, itemId, facts); break;
    case LetterKind::FollowUpRecord: added = addFollowUp(db, complaint, itemId, facts); break;
    case LetterKind::PayoutReceipt: added = addPayout(db, complaint, itemId, facts); break;
    case LetterKind::Agreement: added = addAgreement(db, complaint, facts); break;
    case LetterKind::Referral: added = addReferral(db, complaint, facts); break;
    }
    if (!added)
        return added.error();
    return facts;
}

} // namespace casedesk
