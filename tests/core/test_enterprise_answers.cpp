#include "catch_qt.h"
#include "test_support.h"

#include "deadlines/due_list.h"
#include "enterprises/enterprise_agreement_service.h"
#include "enterprises/enterprise_answer_service.h"
#include "recovered/recovered_ledger.h"
#include "storage/business_repository.h"
#include "storage/complaint_repository.h"
#include "storage/user_repository.h"
#include "workflow/case_transition_service.h"

#include <QTimeZone>

using namespace casedesk;
using namespace casedesk::test;

namespace {

const QString kWorker = QStringLiteral("李敏");

QDateTime at(int month, int day, int hour = 9)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, 0), QTimeZone(8 * 3600));
}

// A case forwarded to its (networked) business on 2026-05-04; "now" is 2026-05-29.
struct Forwarded {
    Forwarded()
    {
        REQUIRE(UserRepository(db.connection()).add(kWorker, Role::Caseworker, now).ok());
        Complaint c = sampleComplaint(db.connection());
        c.receivedAt = at(4, 28);
        auto added = ComplaintRepository(db.connection()).add(c, kWorker, at(4, 28));
        REQUIRE(added.ok());
        caseId = added->id;
        move(CaseStatus::Accepted, at(4, 29));
        move(CaseStatus::ForwardedToEnterprise, at(5, 4));
    }
    void move(CaseStatus to, const QDateTime &when)
    {
        TransitionRequest request{caseId, to, {}, {}, when, std::nullopt};
        REQUIRE(CaseTransitionService(db.connection()).transition(request, kWorker, now).ok());
    }
    TestDatabase db;
    qint64 caseId = 0;
    QDateTime now = at(5, 29, 10);
};

EnterpriseAnswer answer(bool settled, const QString &text, qint64 fen, const QDate &on)
{
    EnterpriseAnswer a;
    a.settled = settled;
    a.text = text;
    a.amountFen = fen;
    a.answeredOn = on;
    return a;
}

} // namespace

TEST_CASE("an enterprise's settlement closes the forwarded case and puts its money on the ledger", "[enterprises]")
{
    Forwarded f;
    // Ten working days after 4 May have passed by 29 May: the enterprise is late, and listed.
    auto before = dueSoonOrOverdue(f.db.connection(), f.now, 5);
    REQUIRE(before.ok());
    CHECK(std::any_of(before->cbegin(), before->cend(), [&f](const DueItem &i) {
        return i.caseId == f.caseId && i.deadline.kind == DeadlineKind::Enterprise;
    }));

    EnterpriseAnswerService service(f.db.connection());
    auto recorded = service.record(f.caseId, answer(true, QStringLiteral("退还剩余会员费"), 120000, QDate(2026, 5, 12)),
                                   kWorker, f.now);
    INFO((recorded.ok() ? QString() : recorded.error().message).toStdString());
    REQUIRE(recorded.ok());
    CHECK(recorded->forwardedOn == QDate(2026, 5, 4));
    auto complaint = ComplaintRepository(f.db.connection()).get(f.caseId);
    REQUIRE(complaint.ok());
    CHECK(complaint->status == CaseStatus::Closed);
    CHECK(complaint->closedAt.date() == QDate(2026, 5, 12));
    CHECK(complaint->recoveredFen == 120000);
    auto ledger = RecoveredMoneyService(f.db.connection()).entries(f.caseId);
    REQUIRE(ledger.ok());
    REQUIRE(ledger->size() == 1);
    CHECK(ledger->first().source == RecoverySource::Enterprise);
    auto answers = service.answers(f.caseId, kWorker);
    REQUIRE(answers.ok());
    REQUIRE(answers->size() == 1);
    CHECK(answers->first().settled);
    CHECK(answers->first().text == QStringLiteral("退还剩余会员费"));

    auto after = dueSoonOrOverdue(f.db.connection(), f.now, 5);
    REQUIRE(after.ok());
    CHECK_FALSE(std::any_of(after->cbegin(), after->cend(), [&f](const DueItem &i) { return i.caseId == f.caseId; }));
    // Answered once: the case is no longer with the enterprise.
    CHECK_FALSE(service.record(f.caseId, answer(true, QStringLiteral("再次"), 0, QDate(2026, 5, 13)), kWorker, f.now).ok());
}

TEST_CASE("a failed settlement brings the case back into mediation; bad answers change nothing", "[enterprises]")
{
    Forwarded f;
    EnterpriseAnswerService service(f.db.connection());
    const auto refused = [&](const EnterpriseAnswer &a) {
        auto result = service.record(f.caseId, a, kWorker, f.now);
        CHECK_FALSE(result.ok());
        CHECK(ComplaintRepository(f.db.connection()).get(f.caseId)->status == CaseStatus::ForwardedToEnterprise);
    };
    refused(answer(false, QString(), 0, QDate(2026, 5, 12)));                    // why not: missing
    refused(answer(false, QStringLiteral("协商不成"), 5000, QDate(2026, 5, 12))); // money with a failure
    refused(answer(false, QStringLiteral("协商不成"), 0, QDate(2026, 5, 3)));     // before the forwarding
    refused(answer(false, QStringLiteral("协商不成"), 0, QDate(2026, 5, 30)));    // in the future
    refused(answer(true, QStringLiteral("退款"), -1, QDate(2026, 5, 12)));        // negative money
    CHECK(rowCount(f.db.connection(), QStringLiteral("enterprise_answers")) == 0);
    REQUIRE(UserRepository(f.db.connection()).add(QStringLiteral("审计员甲"), Role::Auditor, f.now).ok());
    CHECK(service.record(f.caseId, answer(false, QStringLiteral("协商不成"), 0, QDate(2026, 5, 12)),
                         QStringLiteral("审计员甲"), f.now)
              .error()
              .code == ErrorCode::Forbidden);

    auto failed = service.record(f.caseId, answer(false, QStringLiteral("经营者拒绝退款"), 0, QDate(2026, 5, 20)),
                                 kWorker, f.now);
    REQUIRE(failed.ok());
    CHECK(ComplaintRepository(f.db.connection()).get(f.caseId)->status == CaseStatus::InMediation);
    CHECK(rowCount(f.db.connection(), QStringLiteral("enterprise_answers")) == 1);
}

TEST_CASE("a complaint-network agreement makes the business a networked enterprise while it runs", "[enterprises]")
{
    Forwarded f;
    REQUIRE(UserRepository(f.db.connection()).add(QStringLiteral("王主任"), Role::Supervisor, f.now).ok());
    const qint64 businessId = ComplaintRepository(f.db.connection()).get(f.caseId)->business.id;
    EnterpriseAgreementService agreements(f.db.connection());
    EnterpriseAgreement a;
    a.businessId = businessId;
    a.signedOn = QDate(2026, 1, 10);
    a.contactPerson = QStringLiteral("刘经理");
    a.contactPhone = QStringLiteral("021-62345678");
    a.complaintDesk = QStringLiteral("400-800-1234");
    a.odr = true;
    // Caseworkers do not sign agreements; a future day, an end before the signing: refused.
    CHECK(agreements.save(a, kWorker, f.now).error().code == ErrorCode::Forbidden);
    EnterpriseAgreement future = a;
    future.signedOn = f.now.date().addDays(1);
    CHECK_FALSE(agreements.save(future, QStringLiteral("王主任"), f.now).ok());
    EnterpriseAgreement backwards = a;
    backwards.endedOn = QDate(2026, 1, 9);
    CHECK_FALSE(agreements.save(backwards, QStringLiteral("王主任"), f.now).ok());
    CHECK_FALSE(BusinessRepository(f.db.connection()).get(businessId)->networked);

    REQUIRE(agreements.save(a, QStringLiteral("王主任"), f.now).ok());
    auto row = BusinessRepository(f.db.connection()).get(businessId);
    REQUIRE(row.ok());
    CHECK(row->networked);
    CHECK(row->forwardedOpen == 1);
    auto listed = agreements.enterprises(kWorker);
    REQUIRE(listed.ok());
    REQUIRE(listed->size() == 1);
    CHECK(listed->first().forwardedOpen == 1);
    CHECK(listed->first().agreement.odr);
    CHECK(listed->first().agreement.contactPerson == QStringLiteral("刘经理"));

    a.endedOn = QDate(2026, 5, 1);
    REQUIRE(agreements.save(a, QStringLiteral("王主任"), f.now).ok());
    CHECK_FALSE(BusinessRepository(f.db.connection()).get(businessId)->networked);
    CHECK_FALSE(agreements.agreementOf(businessId, kWorker)->value().active());
}
