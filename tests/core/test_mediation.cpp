#include "catch_qt.h"
#include "test_support.h"

#include "mediation/agreement_service.h"
#include "mediation/directory_service.h"
#include "mediation/mediation_papers.h"
#include "mediation/referral_service.h"
#include "mediation/session_service.h"
#include "mediation/termination_service.h"
#include "storage/audit_repository.h"
#include "storage/complaint_repository.h"
#include "storage/desk_event_repository.h"
#include "storage/user_repository.h"
#include "workflow/case_transition_service.h"

#include <QTimeZone>

using namespace casedesk;
using namespace casedesk::test;

namespace {

const QString kCaseworker = QStringLiteral("李敏");
const QString kSupervisor = QStringLiteral("王主任");

QDateTime at(int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2018, month, day), QTime(hour, minute), QTimeZone(8 * 3600));
}

// The gym case of DOMAIN.md: a three-year card bought 2017-04-05, the gym closed 2017-12-25;
// the complaint is received in January 2018 and mediated; "now" is the evening of the
// circuit hearing, 2018-03-21.
struct GymCase {
    GymCase()
    {
        UserRepository users(db.connection());
        REQUIRE(users.add(kCaseworker, Role::Caseworker, now).ok());
        REQUIRE(users.add(kSupervisor, Role::Supervisor, now).ok());
        Complaint c = sampleComplaint(db.connection());
        c.incidentDate = QDate(2017, 4, 5);
        c.facts = QStringLiteral("消费者于2017年4月5日购买三年期健身卡，2017年12月25日该健身房突然关门。");
        c.receivedAt = at(1, 8, 10);
        auto added = ComplaintRepository(db.connection()).add(c, kCaseworker, at(1, 8, 10));
        REQUIRE(added.ok());
        caseId = added->id;
        move(CaseStatus::Accepted, at(1, 9, 9));
        move(CaseStatus::InMediation, at(1, 10, 9));

        Mediator staff;
        staff.name = QStringLiteral("陈调解");
        staff.kind = MediatorKind::PeoplesMediator;
        auto saved = MediationDirectoryService(db.connection()).saveMediator(staff, kSupervisor);
        INFO((saved.ok() ? QString() : saved.error().message).toStdString());
        REQUIRE(saved.ok());
        mediatorId = saved->id;
        Mediator lawyer;
        lawyer.name = QStringLiteral("赵律师");
        lawyer.kind = MediatorKind::VolunteerLawyer;
        lawyer.office = QStringLiteral("某某律师事务所");
        saved = MediationDirectoryService(db.connection()).saveMediator(lawyer, kSupervisor);
        REQUIRE(saved.ok());
        lawyerId = saved->id;
        Court court;
        court.name = QStringLiteral("长宁区人民法院消保委巡回审判点");
        court.kind = CourtKind::Circuit;
        auto savedCourt = MediationDirectoryService(db.connection()).saveCourt(court, kSupervisor);
        REQUIRE(savedCourt.ok());
        courtId = savedCourt->id;
    }

    void move(CaseStatus to, const QDateTime &when, const QString &ground = {})
    {
        TransitionRequest request;
        request.caseId = caseId;
        request.to = to;
        request.at = when;
        request.ground = ground;
        auto moved = CaseTransitionService(db.connection()).transition(request, kCaseworker, now);
        REQUIRE(moved.ok());
    }

    MediationSession session(const QDateTime &when, SessionOutcome outcome = SessionOutcome::Planned) const
    {
        MediationSession s;
        s.complaintId = caseId;
        s.startsAt = when;
        s.minutes = 60;
        s.mode = SessionMode::OnSite;
        s.outcome = outcome;
        s.mediatorIds = {mediatorId};
        return s;
    }

    Complaint stored() const { return ComplaintRepository(db.connection()).get(caseId).value(); }

    TestDatabase db;
    QDateTime now = at(3, 21, 18);
    qint64 caseId = 0;
    qint64 mediatorId = 0;
    qint64 lawyerId = 0;
    qint64 courtId = 0;
};

CourtReferral referralOf(const GymCase &gym)
{
    CourtReferral r;
    r.complaintId = gym.caseId;
    r.consentOn = QDate(2018, 3, 21);
    r.referredOn = QDate(2018, 3, 21);
    r.courtId = gym.courtId;
    r.claims = QStringLiteral("判令被告退还剩余健身卡费用人民币2400元。");
    r.lawyerId = gym.lawyerId;
    return r;
}

} // namespace

TEST_CASE("the mediator and court directories need the directory permission and clean input", "[mediation]")
{
    GymCase gym;
    MediationDirectoryService service(gym.db.connection());
    Mediator m;
    m.name = QStringLiteral("刘专家");
    m.kind = MediatorKind::Expert;
    m.office = QStringLiteral("汽车专业委员会");
    auto refused = service.saveMediator(m, kCaseworker);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Forbidden);

    m.name = QStringLiteral("  ");
    auto empty = service.saveMediator(m, kSupervisor);
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().fieldErrors.value(0).field == QStringLiteral("name"));

    m.name = QStringLiteral("刘专家");
    m.office = QString(300, QLatin1Char('x'));
    CHECK_FALSE(service.saveMediator(m, kSupervisor).ok());
    m.office = QStringLiteral("汽车专业委员会");
    auto saved = service.saveMediator(m, kSupervisor);
    REQUIRE(saved.ok());
    CHECK(saved->kind == MediatorKind::Expert);
    CHECK(saved->office == QStringLiteral("汽车专业委员会"));

    // Every change to the directories is in the desk's log, with what changed.
    Mediator moved = saved.value();
    moved.office = QStringLiteral("家电专业委员会");
    moved.active = false;
    REQUIRE(service.saveMediator(moved, kSupervisor).ok());
    REQUIRE(service.saveMediator(moved, kSupervisor).ok()); // nothing changed: nothing recorded
    auto events = DeskEventRepository(gym.db.connection()).latest(2);
    REQUIRE(events.ok());
    REQUIRE(events->size() == 2);
    CHECK(events->at(0).action == QStringLiteral("mediator_changed"));
    CHECK(events->at(0).actor == kSupervisor);
    CHECK(events->at(0).subject == QStringLiteral("刘专家"));
    CHECK(events->at(0).detail == QStringLiteral("office: 汽车专业委员会 → 家电专业委员会; active: active → inactive"));
    CHECK(events->at(1).action == QStringLiteral("mediator_added"));
    CHECK(events->at(1).detail.contains(QStringLiteral("kind: expert")));
    CHECK(events->at(1).detail.contains(QStringLiteral("office: 汽车专业委员会")));

    Court duplicate;
    duplicate.name = QStringLiteral("长宁区人民法院消保委巡回审判点");
    auto twice = service.saveCourt(duplicate, kSupervisor);
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().message.contains(duplicate.name));

    Court circuit;
    circuit.name = QStringLiteral("徐汇区人民法院消保巡回审判点");
    circuit.address = QStringLiteral("漕溪北路");
    auto addedCourt = service.saveCourt(circuit, kSupervisor);
    REQUIRE(addedCourt.ok());
    Court relocated = addedCourt.value();
    relocated.address = QStringLiteral("漕溪北路88号");
    REQUIRE(service.saveCourt(relocated, kSupervisor).ok());
    auto courtEvents = DeskEventRepository(gym.db.connection()).latest(2);
    REQUIRE(courtEvents.ok());
    REQUIRE(courtEvents->size() == 2);
    CHECK(courtEvents->at(0).action == QStringLiteral("court_changed"));
    CHECK(courtEvents->at(0).detail == QStringLiteral("address: 漕溪北路 → 漕溪北路88号"));
    CHECK(courtEvents->at(1).action == QStringLiteral("court_added"));
    CHECK(courtEvents->at(1).subject == circuit.name);
}

TEST_CASE("mediation sessions: checks, double bookings and the agenda", "[mediation]")
{
    GymCase gym;
    MediationSessionService service(gym.db.connection());

    MediationSession noMediator = gym.session(at(3, 22, 9));
    noMediator.mediatorIds.clear();
    CHECK_FALSE(service.save(noMediator, kCaseworker, gym.now).ok());

    auto future = service.save(gym.session(at(3, 22, 9), SessionOutcome::NoAgreement), kCaseworker, gym.now);
    REQUIRE_FALSE(future.ok());
    CHECK(future.error().fieldErrors.value(0).field == QStringLiteral("outcome"));

    MediationSession huge = gym.session(at(3, 20, 9), SessionOutcome::Continued);
    huge.record = QString(1024 * 1024, QChar(0x8BB0));
    CHECK_FALSE(service.save(huge, kCaseworker, gym.now).ok());
    MediationSession broken = gym.session(at(3, 20, 9), SessionOutcome::Continued);
    broken.record = QStringLiteral("笔录") + QChar(0xFFFD);
    CHECK_FALSE(service.save(broken, kCaseworker, gym.now).ok());

    MediationSession held = gym.session(at(3, 20, 9), SessionOutcome::Continued);
    held.record = QStringLiteral("双方陈述意见，经营者称资金困难。");
    held.participants = QStringLiteral("张伟；悦动健身会所店长");
    auto first = service.save(held, kCaseworker, gym.now);
    REQUIRE(first.ok());
    CHECK(first->clashes.isEmpty());
    CHECK(first->session.mediatorNames == QStringList{QStringLiteral("陈调解")});
    CHECK(first->session.record == held.record);

    // The same mediator half an hour later: saved, with a warning naming the other session.
    auto second = service.save(gym.session(at(3, 20, 9, 30), SessionOutcome::NoAgreement), kCaseworker, gym.now);
    REQUIRE(second.ok());
    REQUIRE(second->clashes.size() == 1);
    CHECK(second->clashes.first().otherSessionId == first->session.id);
    CHECK(second->clashes.first().mediatorName == QStringLiteral("陈调解"));
    // Right after the first one ends: no clash.
    auto clashes = service.clashesFor(gym.session(at(3, 20, 10, 30)));
    REQUIRE(clashes.ok());
    CHECK(clashes->isEmpty());

    auto agenda = service.agenda(QDate(2018, 3, 19), QDate(2018, 3, 25));
    REQUIRE(agenda.ok());
    CHECK(agenda->size() == 2);
    CHECK(agenda->first().caseNumber == gym.stored().caseNumber);
    auto nextWeek = service.agenda(QDate(2018, 3, 26), QDate(2018, 4, 1));
    REQUIRE(nextWeek.ok());
    CHECK(nextWeek->isEmpty());

    auto history = AuditRepository(gym.db.connection()).history(gym.caseId);
    REQUIRE(history.ok());
    CHECK(std::any_of(history->cbegin(), history->cend(),
                      [](const AuditEntry &e) { return e.action == QStringLiteral("session_added"); }));
}

TEST_CASE("a mediation agreement is drafted from the Chinese template, signed and its performance reaches the case",
          "[mediation]")
{
    GymCase gym;
    MediationAgreementService service(gym.db.connection());
    MediationAgreement draft = agreementTemplate(gym.stored());
    CHECK(draft.facts.contains(QStringLiteral("2017年4月5日")));
    CHECK(draft.facts.contains(QStringLiteral("悦动健身会所（长宁店）")));
    CHECK(draft.terms.contains(QStringLiteral("退还人民币2,400.00元")));
    CHECK(draft.copies == 3);

    // Unsigned drafts may be incomplete; signing may not.
    REQUIRE(service.saveDraft(draft, kCaseworker, gym.now).ok());
    auto incomplete = service.sign(gym.caseId, QDate(2018, 3, 21), kCaseworker, gym.now);
    REQUIRE_FALSE(incomplete.ok());
    CHECK(incomplete.error().fieldErrors.value(0).field == QStringLiteral("performBy"));
    CHECK(gym.stored().status == CaseStatus::InMediation);

    draft.performBy = QDate(2018, 3, 31);
    draft.mediatorId = gym.mediatorId;
    draft.amountFen = 240000;
    REQUIRE(service.saveDraft(draft, kCaseworker, gym.now).ok());
    CHECK_FALSE(service.sign(gym.caseId, QDate(2018, 3, 22), kCaseworker, gym.now).ok()); // in the future
    auto signedAgreement = service.sign(gym.caseId, QDate(2018, 3, 21), kCaseworker, gym.now);
    REQUIRE(signedAgreement.ok());
    CHECK(gym.stored().status == CaseStatus::AgreementReached);
    CHECK(judicialConfirmationDeadline(signedAgreement.value()) == QDate(2018, 4, 20));
    CHECK_FALSE(performanceOverdue(signedAgreement.value(), QDate(2018, 3, 31)));
    CHECK(performanceOverdue(signedAgreement.value(), QDate(2018, 4, 1)));

    // Signed terms are frozen.
    CHECK_FALSE(service.saveDraft(draft, kCaseworker, gym.now).ok());

    CHECK_FALSE(
        service.recordPerformance(gym.caseId, Performance::Performed, QDate(2018, 3, 21), 250000, kCaseworker,
                                  gym.now)
            .ok()); // more than agreed
    CHECK_FALSE(
        service.recordPerformance(gym.caseId, Performance::Partly, QDate(2018, 3, 21), -5, kCaseworker, gym.now).ok());
    CHECK_FALSE(
        service.recordPerformance(gym.caseId, Performance::NotPerformed, QDate(2018, 3, 21), 1000, kCaseworker, gym.now)
            .ok());
    const int versionBefore = gym.stored().version;
    REQUIRE(service.recordPerformance(gym.caseId, Performance::Partly, QDate(2018, 3, 21), 100000, kCaseworker, gym.now)
                .ok());
    CHECK(gym.stored().recoveredFen == 100000);
    CHECK(gym.stored().version == versionBefore + 1);
    auto performed =
        service.recordPerformance(gym.caseId, Performance::Performed, QDate(2018, 3, 21), 240000, kCaseworker, gym.now);
    REQUIRE(performed.ok());
    CHECK(performed->performance == Performance::Performed);
    CHECK(gym.stored().recoveredFen == 240000); // the change is added, not the amount twice
    CHECK_FALSE(performanceOverdue(performed.value(), QDate(2018, 5, 1)));

    auto paper = agreementPaper(gym.db.connection(), gym.caseId);
    REQUIRE(paper.ok());
    CHECK(paper->mediatorName == QStringLiteral("陈调解"));
    CHECK(paper->councilName == QStringLiteral("区消费者权益保护委员会"));
}

TEST_CASE("termination, its notice deadline, and the court referral lifecycle to closing", "[mediation]")
{
    GymCase gym;
    CourtReferralService referrals(gym.db.connection());

    // Not yet: mediation has not failed.
    auto early = referrals.save(referralOf(gym), kCaseworker, gym.now);
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().fieldErrors.value(0).field == QStringLiteral("status"));

    TerminationService termination(gym.db.connection());
    CHECK_FALSE(
        termination.terminate(gym.caseId, QStringLiteral("nonsense"), {}, at(3, 21, 9), kCaseworker, gym.now).ok());
    REQUIRE(
        termination.terminate(gym.caseId, QStringLiteral("no_agreement"), {}, at(3, 21, 9), kCaseworker, gym.now).ok());
    auto record = termination.lastTermination(gym.caseId);
    REQUIRE(record.ok());
    REQUIRE(record->has_value());
    CHECK(record.value()->ground == QStringLiteral("no_agreement"));
    CHECK(record.value()->noticeDue == QDate(2018, 3, 30)); // 7 working days after Wed 21 March
    CHECK_FALSE(record.value()->notifiedOn.isValid());
    CHECK_FALSE(
        termination.recordNotice(gym.caseId, QDate(2018, 3, 20), QStringLiteral("电话"), kCaseworker, gym.now).ok());
    CHECK_FALSE(termination.recordNotice(gym.caseId, QDate(2018, 3, 21), QString(), kCaseworker, gym.now).ok());
    auto notified =
        termination.recordNotice(gym.caseId, QDate(2018, 3, 21), QStringLiteral("当面告知"), kCaseworker, gym.now);
    REQUIRE(notified.ok());
    CHECK(notified->notifiedOn == QDate(2018, 3, 21));

    CourtReferral r = referralOf(gym);
    r.consentOn = QDate(2018, 3, 22);
    CHECK_FALSE(referrals.save(r, kCaseworker, gym.now).ok()); // consent in the future
    r = referralOf(gym);
    r.lawyerId = gym.mediatorId; // a people's mediator, not a lawyer
    CHECK_FALSE(referrals.save(r, kCaseworker, gym.now).ok());
    r = referralOf(gym);
    r.claims.clear();
    CHECK_FALSE(referrals.save(r, kCaseworker, gym.now).ok());

    r = referralOf(gym);
    auto referred = referrals.save(r, kCaseworker, gym.now);
    REQUIRE(referred.ok());
    CHECK(referred->courtName == QStringLiteral("长宁区人民法院消保委巡回审判点"));
    CHECK(referred->lawyerName == QStringLiteral("赵律师"));
    CHECK(referred->outcome == ReferralOutcome::Pending);
    auto tooEarly = referrals.closeCase(gym.caseId, kCaseworker, gym.now);
    REQUIRE_FALSE(tooEarly.ok());
    CHECK(tooEarly.error().fieldErrors.value(0).field == QStringLiteral("outcome"));

    auto hearing =
        referrals.addHearing(gym.caseId, at(3, 21, 14), QStringLiteral("当日立案、当日开庭"), kCaseworker, gym.now);
    REQUIRE(hearing.ok());
    REQUIRE(hearing->hearings.size() == 1);
    CHECK_FALSE(referrals.addHearing(gym.caseId, at(3, 20, 14), {}, kCaseworker, gym.now).ok()); // before the referral

    r = referred.value();
    r.outcome = ReferralOutcome::ForConsumer;
    CHECK_FALSE(referrals.save(r, kCaseworker, gym.now).ok()); // no date
    r.decidedOn = QDate(2018, 3, 21);
    r.courtCaseNumber = QStringLiteral("（2018）沪0105民初1234号");
    r.awardedFen = 240000;
    r.recoveredFen = 240000;
    auto decided = referrals.save(r, kCaseworker, gym.now);
    REQUIRE(decided.ok());
    CHECK(gym.stored().recoveredFen == 240000);

    // Each outcome with its rules about money.
    for (ReferralOutcome outcome : {ReferralOutcome::Against, ReferralOutcome::Dismissed}) {
        CourtReferral lost = decided.value();
        lost.outcome = outcome;
        CHECK_FALSE(referrals.save(lost, kCaseworker, gym.now).ok());
        lost.awardedFen = 0;
        lost.recoveredFen = 0;
        REQUIRE(referrals.save(lost, kCaseworker, gym.now).ok());
        CHECK(gym.stored().recoveredFen == 0);
    }
    for (ReferralOutcome outcome : {ReferralOutcome::Settled, ReferralOutcome::Withdrawn}) {
        CourtReferral settled = decided.value();
        settled.outcome = outcome;
        CHECK_FALSE(referrals.save(settled, kCaseworker, gym.now).ok()); // a court awards nothing then
        settled.awardedFen = 0;
        settled.recoveredFen = 180000;
        REQUIRE(referrals.save(settled, kCaseworker, gym.now).ok());
        CHECK(gym.stored().recoveredFen == 180000);
    }
    CourtReferral partly = decided.value();
    partly.outcome = ReferralOutcome::Partly;
    partly.awardedFen = 120000;
    partly.recoveredFen = 120000;
    REQUIRE(referrals.save(partly, kCaseworker, gym.now).ok());
    CHECK(gym.stored().recoveredFen == 120000);
    REQUIRE(referrals.save(decided.value(), kCaseworker, gym.now).ok());
    CHECK(gym.stored().recoveredFen == 240000);

    auto closed = referrals.closeCase(gym.caseId, kCaseworker, gym.now);
    REQUIRE(closed.ok());
    CHECK(closed->status == CaseStatus::Closed);
    CHECK_FALSE(referrals.save(decided.value(), kCaseworker, gym.now).ok()); // closed: frozen

    auto paper = referralPaper(gym.db.connection(), gym.caseId);
    REQUIRE(paper.ok());
    CHECK(paper->court.kind == CourtKind::Circuit);
    REQUIRE(paper->termination.has_value());
    CHECK(paper->termination->ground == QStringLiteral("no_agreement"));

    for (ReferralOutcome outcome : allReferralOutcomes())
        CHECK(referralOutcomeFromCode(codeOf(outcome)) == outcome);
    CHECK(allReferralOutcomes().size() == 7);
}
