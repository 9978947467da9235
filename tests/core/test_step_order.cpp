#include "catch_qt.h"
#include "test_support.h"

#include "auth/restore_authorization.h"
#include "mediation/agreement_service.h"
#include "mediation/directory_service.h"
#include "mediation/referral_service.h"
#include "mediation/termination_service.h"
#include "prepaid/case_registration.h"
#include "storage/backups.h"
#include "storage/complaint_repository.h"
#include "storage/prepaid_card_repository.h"
#include "storage/sql_helpers.h"
#include "storage/user_repository.h"
#include "workflow/case_transition_service.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace casedesk;
using namespace casedesk::test;

namespace {

const QString kCaseworker = QStringLiteral("李敏");
const QString kSupervisor = QStringLiteral("王主任");

QDateTime day(int month, int d, int hour = 10)
{
    return QDateTime(QDate(2026, month, d), QTime(hour, 0), QTimeZone(8 * 3600));
}

// A case received 10 January 2026, accepted the 11th, in mediation from 20 January.
struct DatedCase {
    DatedCase()
    {
        const QSqlDatabase c = db.connection();
        REQUIRE(UserRepository(c).add(kCaseworker, Role::Caseworker, fixedNow()).ok());
        REQUIRE(UserRepository(c).add(kSupervisor, Role::Supervisor, fixedNow()).ok());
        Complaint complaint = sampleComplaint(c);
        complaint.receivedAt = day(1, 10);
        auto added = ComplaintRepository(c).add(complaint, kCaseworker, fixedNow());
        REQUIRE(added.ok());
        id = added->id;
        move(CaseStatus::Accepted, day(1, 11));
        move(CaseStatus::InMediation, day(1, 20));
        Court court;
        court.name = QStringLiteral("长宁区人民法院");
        court.kind = CourtKind::Court;
        auto saved = MediationDirectoryService(c).saveCourt(court, kSupervisor);
        REQUIRE(saved.ok());
        courtId = saved->id;
        Mediator staff;
        staff.name = QStringLiteral("陈调解");
        staff.kind = MediatorKind::Staff;
        auto mediator = MediationDirectoryService(c).saveMediator(staff, kSupervisor);
        REQUIRE(mediator.ok());
        mediatorId = mediator->id;
    }

    void move(CaseStatus to, const QDateTime &at)
    {
        TransitionRequest request;
        request.caseId = id;
        request.to = to;
        request.at = at;
        REQUIRE(CaseTransitionService(db.connection()).transition(request, kCaseworker, fixedNow()).ok());
    }

    CourtReferral referral(const QDate &consent, const QDate &referred) const
    {
        CourtReferral r;
        r.complaintId = id;
        r.consentOn = consent;
        r.referredOn = referred;
        r.courtId = courtId;
        r.claims = QStringLiteral("判令被告退还剩余卡费。");
        return r;
    }

    TestDatabase db;
    qint64 id = 0;
    qint64 courtId = 0;
    qint64 mediatorId = 0;
};

QString fieldOf(const Error &error)
{
    return error.fieldErrors.value(0).field;
}

} // namespace

TEST_CASE("consent and referral cannot come before the termination they follow", "[mediation][dates]")
{
    DatedCase desk;
    const QSqlDatabase c = desk.db.connection();
    REQUIRE(TerminationService(c)
                .terminate(desk.id, QStringLiteral("no_agreement"), {}, day(3, 2), kCaseworker, fixedNow())
                .ok());
    CourtReferralService referrals(c);

    // The letter: consent and referral dated before the termination of 2 March.
    auto early = referrals.save(desk.referral(QDate(2026, 2, 20), QDate(2026, 2, 25)), kCaseworker, fixedNow());
    REQUIRE_FALSE(early.ok());
    CHECK(fieldOf(early.error()) == QStringLiteral("consentOn"));
    CHECK(early.error().message.contains(QStringLiteral("2026-02-20")));
    CHECK(early.error().message.contains(QStringLiteral("2026-03-02")));
    auto referredEarly = referrals.save(desk.referral(QDate(2026, 3, 2), QDate(2026, 3, 1)), kCaseworker, fixedNow());
    REQUIRE_FALSE(referredEarly.ok());
    auto onlyReferralEarly =
        referrals.save(desk.referral(QDate(2026, 3, 3), QDate(2026, 3, 1)), kCaseworker, fixedNow());
    REQUIRE_FALSE(onlyReferralEarly.ok()); // consent after the referral, and the referral before the termination
    CHECK_FALSE(referrals.referralOf(desk.id)->has_value());

    // The same day as the termination is fine; then a hearing, and the referral cannot move past it.
    auto saved = referrals.save(desk.referral(QDate(2026, 3, 2), QDate(2026, 3, 3)), kCaseworker, fixedNow());
    REQUIRE(saved.ok());
    REQUIRE(referrals.addHearing(desk.id, day(3, 10, 9), {}, kCaseworker, fixedNow()).ok());
    CourtReferral later = saved.value();
    later.referredOn = QDate(2026, 3, 12);
    later.consentOn = QDate(2026, 3, 12);
    auto afterHearing = referrals.save(later, kCaseworker, fixedNow());
    REQUIRE_FALSE(afterHearing.ok());
    CHECK(fieldOf(afterHearing.error()) == QStringLiteral("referredOn"));
    // The decision cannot come before the referral.
    CourtReferral decided = saved.value();
    decided.outcome = ReferralOutcome::ForConsumer;
    decided.decidedOn = QDate(2026, 3, 1);
    CHECK(fieldOf(referrals.save(decided, kCaseworker, fixedNow()).error()) == QStringLiteral("decidedOn"));
}

TEST_CASE("an agreement is signed after mediation began and performed after it was signed", "[mediation][dates]")
{
    DatedCase desk;
    const QSqlDatabase c = desk.db.connection();
    MediationAgreementService agreements(c);
    MediationAgreement draft = agreementTemplate(ComplaintRepository(c).get(desk.id).value());
    draft.performBy = QDate(2026, 3, 31);
    draft.mediatorId = desk.mediatorId;
    draft.amountFen = 100000;
    REQUIRE(agreements.saveDraft(draft, kCaseworker, fixedNow()).ok());

    // After the case was received but before mediation began (20 January).
    auto early = agreements.sign(desk.id, QDate(2026, 1, 15), kCaseworker, fixedNow());
    REQUIRE_FALSE(early.ok());
    CHECK(fieldOf(early.error()) == QStringLiteral("signedOn"));
    CHECK(early.error().message.contains(QStringLiteral("2026-01-20")));
    CHECK(ComplaintRepository(c).get(desk.id)->status == CaseStatus::InMediation);

    REQUIRE(agreements.sign(desk.id, QDate(2026, 2, 1), kCaseworker, fixedNow()).ok());
    auto performedEarly = agreements.recordPerformance(desk.id, Performance::Performed, QDate(2026, 1, 31), 100000,
                                                       kCaseworker, fixedNow());
    REQUIRE_FALSE(performedEarly.ok());
    CHECK(fieldOf(performedEarly.error()) == QStringLiteral("checkedOn"));
    CHECK(agreements
              .recordPerformance(desk.id, Performance::Performed, QDate(2026, 2, 1), 100000, kCaseworker, fixedNow())
              .ok());
}

TEST_CASE("a case and its card are registered in one transaction", "[prepaid][intake]")
{
    TestDatabase db;
    const QSqlDatabase c = db.connection();
    REQUIRE(UserRepository(c).add(kCaseworker, Role::Caseworker, fixedNow()).ok());
    PrepaidCard card;
    card.cardNumber = QStringLiteral("VIP0001");
    card.paidFen = 480000;
    card.balanceFen = 240000;
    card.businessState = BusinessState::Absconded;
    card.noticeGiven = NoticeGiven::No;

    SECTION("a card that cannot be stored leaves no case behind")
    {
        // The card's write fails the way a full disk or a broken constraint would.
        const qint64 auditBefore = rowCount(c, QStringLiteral("audit_log"));
        failInsertsInto(c, QStringLiteral("prepaid_cards"), QStringLiteral("card_fails"));
        auto stored = registerCases(c, {NewCase{sampleComplaint(c), card}}, kCaseworker, fixedNow());
        REQUIRE_FALSE(stored.ok());
        CHECK(rowCount(c, QStringLiteral("complaints")) == 0); // was: the case stayed, without its card
        CHECK(rowCount(c, QStringLiteral("audit_log")) == auditBefore);
    }
    SECTION("a card that breaks a rule registers nothing, and says so before writing")
    {
        PrepaidCard bad = card;
        bad.balanceFen = bad.paidFen + 1;
        auto stored = registerCases(c, {NewCase{sampleComplaint(c), std::nullopt}, NewCase{sampleComplaint(c), bad}},
                                    kCaseworker, fixedNow());
        REQUIRE_FALSE(stored.ok());
        CHECK(stored.error().message.startsWith(QStringLiteral("Item 2")));
        CHECK(rowCount(c, QStringLiteral("complaints")) == 0);
    }
    SECTION("both are stored, with one history line each")
    {
        auto stored = registerCases(c, {NewCase{sampleComplaint(c), card}}, kCaseworker, fixedNow());
        REQUIRE(stored.ok());
        auto saved = PrepaidCardRepository(c).get(stored->first().id);
        REQUIRE(saved.ok());
        REQUIRE(saved->has_value());
        CHECK(saved.value()->balanceFen == 240000);
        CHECK(queryScalar(c, QStringLiteral("SELECT count(*) FROM audit_log WHERE field = 'prepaid_card'"))->toInt() ==
              1);
    }
}

TEST_CASE("who may restore a backup is checked in core, never nobody", "[backup][authorization]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cases.db"));
    const QString backup = dir.filePath(QStringLiteral("cases.casedesk-backup"));
    {
        auto db = Database::open(path, Database::OpenMode::CreateIfMissing);
        REQUIRE(db.ok());
        addTestUser(db.value()->connection(), QStringLiteral("管理员"), Role::Administrator);
        addTestUser(db.value()->connection(), kCaseworker, Role::Caseworker);
        REQUIRE(backupDatabase(*db.value(), backup).ok());
        CHECK(authorizeRestoreBy(db.value()->connection(), QString()).error().code == ErrorCode::Forbidden);
        CHECK(authorizeRestoreBy(db.value()->connection(), kCaseworker).error().code == ErrorCode::Forbidden);
        CHECK(authorizeRestoreBy(db.value()->connection(), QStringLiteral("管理员")).ok());
    }
    CHECK(authorizeRestore(path, backup, QString(), QString()).error().code == ErrorCode::Forbidden);
    CHECK(authorizeRestore(path, backup, kCaseworker, kTestPassword).error().code == ErrorCode::Forbidden);
    CHECK_FALSE(authorizeRestore(path, backup, QStringLiteral("管理员"), QStringLiteral("wrong")).ok());
    CHECK(authorizeRestore(path, backup, QStringLiteral("管理员"), kTestPassword).ok());

    // A damaged database: checked in the backup that takes its place, still with a password.
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QByteArray(8192, 'x'));
    }
    CHECK(authorizeRestore(path, backup, QString(), QString()).error().code == ErrorCode::Forbidden);
    CHECK_FALSE(authorizeRestore(path, backup, QStringLiteral("管理员"), QStringLiteral("wrong")).ok());
    CHECK(authorizeRestore(path, backup, kCaseworker, kTestPassword).error().code == ErrorCode::Forbidden);
    CHECK(authorizeRestore(path, backup, QStringLiteral("管理员"), kTestPassword).ok());
}
