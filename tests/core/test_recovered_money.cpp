#include "catch_qt.h"
#include "test_support.h"

#include "funds/fund_service.h"
#include "groups/group_service.h"
#include "mediation/agreement_service.h"
#include "mediation/directory_service.h"
#include "mediation/referral_service.h"
#include "mediation/termination_service.h"
#include "recovered/recovered_ledger.h"
#include "stats/report_content.h"
#include "stats/statistics_service.h"
#include "storage/complaint_repository.h"
#include "storage/migrations.h"
#include "storage/prepaid_card_repository.h"
#include "storage/sql_helpers.h"
#include "storage/user_repository.h"
#include "workflow/case_transition_service.h"

#include <QTemporaryDir>
#include <QTimeZone>

using namespace casedesk;
using namespace casedesk::test;

namespace {

const QString kCaseworker = QStringLiteral("李敏");
const QString kSupervisor = QStringLiteral("王主任");

// A desk with a mediator, a court and a first-compensation fund of ¥100,000.
struct MoneyDesk {
    MoneyDesk()
    {
        const QSqlDatabase c = db.connection();
        REQUIRE(UserRepository(c).add(kCaseworker, Role::Caseworker, fixedNow()).ok());
        REQUIRE(UserRepository(c).add(kSupervisor, Role::Supervisor, fixedNow()).ok());
        Mediator staff;
        staff.name = QStringLiteral("陈调解");
        staff.kind = MediatorKind::PeoplesMediator;
        auto mediator = MediationDirectoryService(c).saveMediator(staff, kSupervisor);
        REQUIRE(mediator.ok());
        mediatorId = mediator->id;
        Court court;
        court.name = QStringLiteral("长宁区人民法院消保委巡回审判点");
        court.kind = CourtKind::Circuit;
        auto savedCourt = MediationDirectoryService(c).saveCourt(court, kSupervisor);
        REQUIRE(savedCourt.ok());
        courtId = savedCourt->id;
        Fund fund;
        fund.name = QStringLiteral("来福士先行赔付金");
        auto id = FundService(c).create(fund, kSupervisor, fixedNow());
        REQUIRE(id.ok());
        fundId = id.value();
        REQUIRE(FundService(c).topUp(fundId, 10000000, {}, kSupervisor, fixedNow()).ok());
    }

    qint64 newCase(qint64 amountFen, const QString &consumer = QStringLiteral("张伟"))
    {
        Complaint complaint = sampleComplaint(db.connection());
        complaint.amountFen = amountFen;
        complaint.consumer.name = consumer;
        complaint.consumer.idNumber.clear();
        complaint.consumer.phone = QStringLiteral("139%1").arg(10000000 + ++m_consumers);
        complaint.receivedAt = fixedNow().addDays(-10);
        auto added = ComplaintRepository(db.connection()).add(complaint, kCaseworker, fixedNow());
        INFO((added.ok() ? QString() : added.error().message).toStdString());
        REQUIRE(added.ok());
        return added->id;
    }

    void move(qint64 caseId, CaseStatus to, const QDateTime &when, const QString &ground = {})
    {
        TransitionRequest request;
        request.caseId = caseId;
        request.to = to;
        request.at = when;
        request.ground = ground;
        auto moved = CaseTransitionService(db.connection()).transition(request, kCaseworker, fixedNow());
        INFO((moved.ok() ? QString() : moved.error().message).toStdString());
        REQUIRE(moved.ok());
    }

    void toMediation(qint64 caseId)
    {
        move(caseId, CaseStatus::Accepted, fixedNow().addDays(-9));
        move(caseId, CaseStatus::InMediation, fixedNow().addDays(-8));
    }

    // In mediation, with an agreement for `amountFen` signed today.
    void signAgreement(qint64 caseId, qint64 amountFen)
    {
        toMediation(caseId);
        MediationAgreementService agreements(db.connection());
        MediationAgreement draft = agreementTemplate(ComplaintRepository(db.connection()).get(caseId).value());
        draft.performBy = fixedNow().date().addDays(10);
        draft.mediatorId = mediatorId;
        draft.amountFen = amountFen;
        REQUIRE(agreements.saveDraft(draft, kCaseworker, fixedNow()).ok());
        auto signedOn = agreements.sign(caseId, fixedNow().date(), kCaseworker, fixedNow());
        INFO((signedOn.ok() ? QString() : signedOn.error().message).toStdString());
        REQUIRE(signedOn.ok());
    }

    Result<MediationAgreement> perform(qint64 caseId, qint64 fen, const RecoveryDecision &decision = {})
    {
        return MediationAgreementService(db.connection())
            .recordPerformance(caseId, Performance::Performed, fixedNow().date(), fen, kCaseworker, fixedNow(),
                               decision);
    }

    Status payout(qint64 caseId, qint64 fen, const RecoveryDecision &decision = {})
    {
        return FundService(db.connection()).payout(fundId, caseId, fen, {}, kSupervisor, fixedNow(), decision);
    }

    qint64 recovered(qint64 caseId) const
    {
        return ComplaintRepository(db.connection()).get(caseId).value().recoveredFen;
    }

    QList<RecoveredEntry> entries(qint64 caseId) const
    {
        return RecoveredMoneyService(db.connection()).entries(caseId).value();
    }

    TestDatabase db;
    qint64 mediatorId = 0;
    qint64 courtId = 0;
    qint64 fundId = 0;

private:
    int m_consumers = 0;
};

void addCard(const QSqlDatabase &c, qint64 caseId, qint64 paidFen, qint64 balanceFen)
{
    PrepaidCard card;
    card.complaintId = caseId;
    card.cardNumber = QStringLiteral("VIP%1").arg(caseId);
    card.paidFen = paidFen;
    card.balanceFen = balanceFen;
    card.businessState = BusinessState::Absconded;
    card.noticeGiven = NoticeGiven::No;
    REQUIRE(PrepaidCardRepository(c).save(card, kCaseworker, fixedNow()).ok());
}

} // namespace

TEST_CASE("the same ¥1,000 through an agreement and a first-compensation payout counts once, in either order",
          "[recovered]")
{
    MoneyDesk desk;
    SECTION("agreement first, then the payout")
    {
        const qint64 id = desk.newCase(240000);
        desk.signAgreement(id, 100000);
        REQUIRE(desk.perform(id, 100000).ok());
        CHECK(desk.recovered(id) == 100000);

        // The payout is refused with the question, nothing is paid or counted.
        auto asked = desk.payout(id, 100000);
        REQUIRE_FALSE(asked.ok());
        CHECK(asksSameMoney(asked.error()));
        CHECK(asked.error().message.contains(QStringLiteral("1,000.00")));
        CHECK(desk.recovered(id) == 100000);
        CHECK(FundService(desk.db.connection()).get(desk.fundId)->payouts == 0);

        REQUIRE(desk.payout(id, 100000, RecoveryDecision::sameMoney()).ok());
        CHECK(desk.recovered(id) == 100000); // was ¥2,000
        const QList<RecoveredEntry> entries = desk.entries(id);
        REQUIRE(entries.size() == 2);
        CHECK(entries.at(0).source == RecoverySource::Agreement);
        CHECK(entries.at(1).source == RecoverySource::Fund);
        CHECK(entries.at(1).sameAs == entries.at(0).id);
        CHECK(entries.at(1).recordedBy == kSupervisor);
        CHECK(entries.at(1).recoveredOn == fixedNow().date());

        // The agreement's figure corrected later: still one sum, the larger of the two.
        REQUIRE(desk.perform(id, 90000).ok());
        CHECK(desk.recovered(id) == 100000);
        // The agreement's money taken back: the payout stays, counted.
        REQUIRE(MediationAgreementService(desk.db.connection())
                    .recordPerformance(id, Performance::NotPerformed, fixedNow().date(), 0, kCaseworker, fixedNow())
                    .ok());
        CHECK(desk.recovered(id) == 100000);
        REQUIRE(desk.entries(id).size() == 1);
        CHECK_FALSE(desk.entries(id).first().sameAs);
    }
    SECTION("the payout first, then the agreement")
    {
        const qint64 id = desk.newCase(240000);
        desk.signAgreement(id, 100000);
        REQUIRE(desk.payout(id, 100000).ok());
        auto asked = desk.perform(id, 100000);
        REQUIRE_FALSE(asked.ok());
        CHECK(asksSameMoney(asked.error()));
        CHECK(desk.recovered(id) == 100000);
        REQUIRE(desk.perform(id, 100000, RecoveryDecision::sameMoney()).ok());
        CHECK(desk.recovered(id) == 100000);
    }
    SECTION("separate money is counted twice on purpose")
    {
        const qint64 id = desk.newCase(240000);
        desk.signAgreement(id, 100000);
        REQUIRE(desk.perform(id, 100000).ok());
        REQUIRE(desk.payout(id, 50000, RecoveryDecision::separate()).ok());
        CHECK(desk.recovered(id) == 150000);
        // Payouts only: one source, no question.
        const qint64 other = desk.newCase(240000, QStringLiteral("王芳"));
        REQUIRE(desk.payout(other, 10000).ok());
        REQUIRE(desk.payout(other, 20000).ok());
        CHECK(desk.recovered(other) == 30000);
    }
}

TEST_CASE("a court's money and an agreement's are one ledger; its total is never set by hand", "[recovered]")
{
    MoneyDesk desk;
    const QSqlDatabase c = desk.db.connection();
    const qint64 id = desk.newCase(240000);
    desk.toMediation(id);
    REQUIRE(TerminationService(c)
                .terminate(id, QStringLiteral("no_agreement"), {}, fixedNow().addDays(-5), kCaseworker, fixedNow())
                .ok());
    REQUIRE(desk.payout(id, 40000).ok());
    CourtReferral r;
    r.complaintId = id;
    r.consentOn = fixedNow().date().addDays(-4);
    r.referredOn = fixedNow().date().addDays(-3);
    r.courtId = desk.courtId;
    r.claims = QStringLiteral("判令被告退还剩余卡费。");
    r.outcome = ReferralOutcome::ForConsumer;
    r.decidedOn = fixedNow().date().addDays(-1);
    r.awardedFen = 240000;
    r.recoveredFen = 240000;
    CourtReferralService referrals(c);
    auto asked = referrals.save(r, kCaseworker, fixedNow());
    REQUIRE_FALSE(asked.ok());
    CHECK(asksSameMoney(asked.error()));
    // The court's ¥2,400 include the fund's ¥400: one sum of ¥2,400.
    REQUIRE(referrals.save(r, kCaseworker, fixedNow(), RecoveryDecision::sameMoney()).ok());
    CHECK(desk.recovered(id) == 240000);
    const QList<RecoveredEntry> entries = desk.entries(id);
    REQUIRE(entries.size() == 2); // by date: the court's decision came before the payout
    CHECK(entries.at(0).source == RecoverySource::Court);
    CHECK(entries.at(0).recoveredOn == r.decidedOn);
    CHECK(entries.at(0).sameAs == entries.at(1).id);

    // The column is the ledger's total: setting it by hand is refused by the database.
    auto byHand =
        runQuery(c, QStringLiteral("UPDATE complaints SET recovered_fen = recovered_fen + 100 WHERE id = ?"), {id});
    CHECK_FALSE(byHand.ok());
    CHECK(desk.recovered(id) == 240000);
}

TEST_CASE("money recovered above the amount involved is a warning the user confirms, and is listed", "[recovered]")
{
    MoneyDesk desk;
    const QSqlDatabase c = desk.db.connection();
    const qint64 id = desk.newCase(100000);
    RecoveredMoneyService ledger(c);
    REQUIRE(ledger
                .record(id, RecoverySource::OnSite, 80000, fixedNow().date(), QStringLiteral("当场退款"), {},
                        kCaseworker, fixedNow())
                .ok());
    auto asked = ledger.record(id, RecoverySource::Enterprise, 30000, fixedNow().date(), {},
                               RecoveryDecision::separate(), kCaseworker, fixedNow());
    REQUIRE_FALSE(asked.ok());
    CHECK(asksAboveAmount(asked.error()));
    CHECK(desk.recovered(id) == 80000);
    CHECK(ledger.aboveAmount()->isEmpty());

    RecoveryDecision confirmed = RecoveryDecision::separate();
    confirmed.aboveAmountConfirmed = true;
    auto recorded =
        ledger.record(id, RecoverySource::Enterprise, 30000, fixedNow().date(), {}, confirmed, kCaseworker, fixedNow());
    REQUIRE(recorded.ok());
    CHECK(desk.recovered(id) == 110000);
    auto above = ledger.aboveAmount();
    REQUIRE(above.ok());
    REQUIRE(above->size() == 1);
    CHECK(above->first().complaintId == id);
    CHECK(above->first().recoveredFen == 110000);
    CHECK(above->first().confirmed);

    // Sums typed in: a known source, a date neither in the future nor before the case, a user who works cases.
    CHECK_FALSE(ledger.record(id, RecoverySource::Fund, 100, fixedNow().date(), {}, {}, kCaseworker, fixedNow()).ok());
    CHECK_FALSE(
        ledger.record(id, RecoverySource::OnSite, 100, fixedNow().date().addDays(1), {}, {}, kCaseworker, fixedNow())
            .ok());
    CHECK_FALSE(
        ledger.record(id, RecoverySource::OnSite, 100, QDate(2020, 1, 1), {}, {}, kCaseworker, fixedNow()).ok());
    CHECK(ledger.record(id, RecoverySource::OnSite, 0, fixedNow().date(), {}, {}, kCaseworker, fixedNow())
              .error()
              .fieldErrors.value(0)
              .field == QStringLiteral("amount"));

    // A sum typed in by mistake is taken back; a payout is not taken back here.
    REQUIRE(ledger.remove(recorded.value(), kCaseworker, fixedNow()).ok());
    CHECK(desk.recovered(id) == 80000);
    CHECK(ledger.aboveAmount()->isEmpty());
}

TEST_CASE("a paid group outcome and the member's own agreement are the same money only once", "[recovered][groups]")
{
    // The case: a group outcome of ¥4,675 (the card balance) marked paid, then the
    // member's agreement performance of ¥934 made ¥5,609 recovered on a balance of ¥4,675.
    MoneyDesk desk;
    const QSqlDatabase c = desk.db.connection();
    const qint64 id = desk.newCase(467500);
    addCard(c, id, 600000, 467500);
    GroupService groups(c);
    auto group = groups.createFromCases({id}, QStringLiteral("悦动健身"), kCaseworker, fixedNow());
    REQUIRE(group.ok());
    desk.signAgreement(id, 93400);
    auto outcome = groups.recordOutcome(group.value(), {OutcomeBasis::Balance, 100, QStringLiteral("退还余额"), true},
                                        kCaseworker, fixedNow());
    REQUIRE(outcome.ok());
    CHECK(outcome->totalFen == 467500);
    CHECK(desk.recovered(id) == 467500);

    auto asked = desk.perform(id, 93400);
    REQUIRE_FALSE(asked.ok());
    CHECK(asksSameMoney(asked.error()));
    // Separate money would go above the amount involved: a second question.
    auto above = desk.perform(id, 93400, RecoveryDecision::separate());
    REQUIRE_FALSE(above.ok());
    CHECK(asksAboveAmount(above.error()));
    REQUIRE(desk.perform(id, 93400, RecoveryDecision::sameMoney()).ok());
    CHECK(desk.recovered(id) == 467500); // not ¥5,609
}

TEST_CASE("a group outcome counts only the members who took part; the claim stays what was claimed",
          "[recovered][groups]")
{
    MoneyDesk desk;
    const QSqlDatabase c = desk.db.connection();
    const qint64 taking = desk.newCase(300000, QStringLiteral("会员甲"));
    const qint64 terminated = desk.newCase(300000, QStringLiteral("会员乙"));
    const qint64 referred = desk.newCase(300000, QStringLiteral("会员丙"));
    const qint64 cardless = desk.newCase(500000, QStringLiteral("会员丁"));
    addCard(c, taking, 400000, 200000);
    addCard(c, terminated, 400000, 200000);
    addCard(c, referred, 400000, 200000);
    for (qint64 id : {terminated, referred}) {
        desk.toMediation(id);
        REQUIRE(TerminationService(c)
                    .terminate(id, QStringLiteral("no_agreement"), {}, fixedNow().addDays(-5), kCaseworker, fixedNow())
                    .ok());
    }
    CourtReferral r;
    r.complaintId = referred;
    r.consentOn = fixedNow().date().addDays(-4);
    r.referredOn = fixedNow().date().addDays(-3);
    r.courtId = desk.courtId;
    r.claims = QStringLiteral("判令被告退还剩余卡费。");
    REQUIRE(CourtReferralService(c).save(r, kCaseworker, fixedNow()).ok());

    GroupService groups(c);
    auto group = groups.createFromCases({taking, terminated, referred, cardless}, QStringLiteral("悦动健身"),
                                        kCaseworker, fixedNow());
    REQUIRE(group.ok());
    const qint64 claimed = groups.view(group.value())->totalClaimFen;
    CHECK(claimed == 3 * 200000 + 500000);

    auto outcome = groups.recordOutcome(
        group.value(), {OutcomeBasis::Balance, 60, QStringLiteral("退还余额的60%"), true}, kCaseworker, fixedNow());
    REQUIRE(outcome.ok());
    CHECK(outcome->members == 1);
    CHECK(outcome->totalFen == 120000);
    REQUIRE(outcome->leftOut.size() == 3);
    QMap<qint64, QString> reasons;
    for (const OutcomeLeftOut &left : outcome->leftOut)
        reasons.insert(left.complaintId, left.reason);
    CHECK(reasons.value(terminated).contains(QStringLiteral("terminated")));
    CHECK(reasons.value(referred).contains(QStringLiteral("court")));
    CHECK(reasons.value(cardless).contains(QStringLiteral("card")));

    CHECK(desk.recovered(taking) == 120000);
    for (qint64 id : {terminated, referred, cardless})
        CHECK(desk.recovered(id) == 0); // was 60% of the balance, or of ¥5,000 for the cardless member
    auto view = groups.view(group.value());
    REQUIRE(view.ok());
    CHECK(view->totalClaimFen == claimed); // was the outcome's total
    CHECK(view->totalOutcomeFen == 120000);
    for (const GroupMember &m : view->members)
        CHECK(m.outcomeFen.has_value() == (m.complaintId == taking));

    // On the amount involved, the cardless member takes part too.
    auto byAmount = groups.recordOutcome(group.value(), {OutcomeBasis::Amount, 10, {}, false}, kCaseworker, fixedNow());
    REQUIRE(byAmount.ok());
    CHECK(byAmount->members == 2);
    CHECK(byAmount->totalFen == 30000 + 50000);
}

TEST_CASE("the ledger step moves today's totals into entries without changing them", "[recovered][migrations]")
{
    // The step that adds the ledger, found by its table (steps may be renumbered when merged).
    int ledgerVersion = 0;
    int before = 0;
    QTemporaryDir dir;
    {
        QSqlDatabase probe = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
        probe.setDatabaseName(dir.filePath(QStringLiteral("probe.db")));
        REQUIRE(probe.open());
        for (int version : schemaVersions()) {
            REQUIRE(migrate(probe, version).ok());
            if (queryScalar(probe,
                            QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'recovered_entries'"))
                    ->toInt() == 1) {
                ledgerVersion = version;
                break;
            }
            before = version;
        }
        probe.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("probe"));
    REQUIRE(ledgerVersion > 0);

    const QString path = dir.filePath(QStringLiteral("old.db"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        REQUIRE(migrate(db, before).ok());
        const QString at = QStringLiteral("'2026-02-02T09:00:00+08:00'");
        execOrFail(db,
                   QStringLiteral("INSERT INTO consumers(name, phone, created_at) VALUES ('张伟', '13812345678', %1)")
                       .arg(at));
        execOrFail(db, QStringLiteral("INSERT INTO businesses(name, created_at) VALUES ('悦动健身', %1)").arg(at));
        // Case 1: an agreement's ¥1,000; 2: a court's ¥800 and a payout of ¥300; 3: a paid
        // group outcome of ¥500 and ¥200 from nowhere known; 4: ¥700 written in bulk; 5: the
        // double count of the issue (agreement ¥1,000 + payout ¥1,000 on ¥1,500 involved).
        const qint64 totals[] = {100000, 110000, 70000, 70000, 200000};
        for (int i = 0; i < 5; ++i) {
            execOrFail(db,
                       QStringLiteral("INSERT INTO complaints(case_number, consumer_id, business_id, channel,"
                                      " category_id, nature, amount_fen, demand, facts, received_at, status,"
                                      " created_at, updated_at, closed_at, recovered_fen) VALUES ('长宁-2026-00000%1',"
                                      " 1, 1, '12315', 1, 'contract', 150000, '退卡', '闭店', %2, 'closed', %2, %2,"
                                      " '2026-03-0%1T10:00:00+08:00', %3)")
                           .arg(i + 1)
                           .arg(at)
                           .arg(totals[i]));
        }
        execOrFail(db, QStringLiteral("INSERT INTO courts(name, kind) VALUES ('巡回审判点', 'circuit')"));
        for (const auto &[caseId, fen] : {std::pair{1, 100000}, std::pair{5, 100000}}) {
            execOrFail(db, QStringLiteral("INSERT INTO mediation_agreements(complaint_id, signed_on, performance,"
                                          " performance_checked_on, recovered_fen, updated_at, updated_by)"
                                          " VALUES (%1, '2026-02-10', 'performed', '2026-02-20', %2, %3, '李敏')")
                               .arg(caseId)
                               .arg(fen)
                               .arg(at));
        }
        execOrFail(db, QStringLiteral("INSERT INTO court_referrals(complaint_id, consent_on, court_id, referred_on,"
                                      " outcome, decided_on, awarded_fen, recovered_fen, updated_at, updated_by)"
                                      " VALUES (2, '2026-02-10', 1, '2026-02-11', 'for_consumer', '2026-02-25', 80000,"
                                      " 80000, %1, '李敏')")
                           .arg(at));
        execOrFail(db, QStringLiteral("INSERT INTO funds(name, created_at) VALUES ('先行赔付金', %1)").arg(at));
        execOrFail(db, QStringLiteral("INSERT INTO fund_entries(fund_id, kind, amount_fen, at, actor)"
                                      " VALUES (1, 'top_up', 1000000, %1, '王主任')")
                           .arg(at));
        for (const auto &[caseId, fen] : {std::pair{2, 30000}, std::pair{5, 100000}}) {
            execOrFail(db, QStringLiteral("INSERT INTO fund_entries(fund_id, kind, amount_fen, complaint_id, at, actor)"
                                          " VALUES (1, 'payout', %2, %1, '2026-02-26T10:00:00+08:00', '王主任')")
                               .arg(caseId)
                               .arg(fen));
        }
        execOrFail(db,
                   QStringLiteral("INSERT INTO case_groups(name, created_at, created_by) VALUES ('悦动', %1, '李敏')")
                       .arg(at));
        execOrFail(db, QStringLiteral("INSERT INTO case_group_members(group_id, complaint_id, outcome_fen, added_at,"
                                      " added_by) VALUES (1, 3, 50000, %1, '李敏')")
                           .arg(at));
        execOrFail(db, QStringLiteral("INSERT INTO group_outcomes(group_id, basis, percent, members, total_fen,"
                                      " recovered, at, actor) VALUES (1, 'balance', 50, 1, 50000, 1,"
                                      " '2026-02-27T10:00:00+08:00', '李敏')"));

        REQUIRE(migrate(db, ledgerVersion).ok());
        for (int i = 0; i < 5; ++i) {
            CAPTURE(i + 1);
            CHECK(queryScalar(db, QStringLiteral("SELECT recovered_fen FROM complaints WHERE id = ?"), {i + 1})
                      ->toLongLong() == totals[i]);
            CHECK(queryScalar(db,
                              QStringLiteral("SELECT sum(amount_fen) FROM recovered_entries WHERE complaint_id = ?"),
                              {i + 1})
                      ->toLongLong() == totals[i]);
        }
        auto sources = runQuery(db, QStringLiteral("SELECT complaint_id, source, amount_fen, recovered_on"
                                                   " FROM recovered_entries ORDER BY complaint_id, id"));
        REQUIRE(sources.ok());
        QStringList lines;
        while (sources->next()) {
            lines << QStringLiteral("%1 %2 %3 %4")
                         .arg(sources->value(0).toString(), sources->value(1).toString(), sources->value(2).toString(),
                              sources->value(3).toString());
        }
        CHECK(lines ==
              QStringList{QStringLiteral("1 agreement 100000 2026-02-20"), QStringLiteral("2 court 80000 2026-02-25"),
                          QStringLiteral("2 fund 30000 2026-02-26"), QStringLiteral("3 group 50000 2026-02-27"),
                          QStringLiteral("3 earlier 20000 2026-03-03"), QStringLiteral("4 earlier 70000 2026-03-04"),
                          QStringLiteral("5 agreement 100000 2026-02-20"), QStringLiteral("5 fund 100000 2026-02-26")});
        // The double count is kept (a person decides) and listed for them, and for the month's report.
        auto above = RecoveredMoneyService(db).aboveAmount();
        REQUIRE(above.ok());
        REQUIRE(above->size() == 1);
        CHECK(above->first().caseNumber == QStringLiteral("长宁-2026-000005"));
        CHECK_FALSE(above->first().confirmed);
        CHECK(RecoveredMoneyService(db).aboveAmount(QDate(2026, 3, 1), QDate(2026, 3, 31))->size() == 1);
        CHECK(RecoveredMoneyService(db).aboveAmount(QDate(2026, 2, 1), QDate(2026, 2, 28))->isEmpty());
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));
}

TEST_CASE("a hand-worked desk with money from every source gives the expected per-case and per-month figures",
          "[recovered][statistics]")
{
    // Six complaints received on 10 January 2026, worked out by hand:
    //   A ¥3,000: agreement signed 5 Feb, ¥1,000 performed 10 Feb; the fund later pays the same ¥1,000;
    //             closed 15 Feb                                                  -> ¥1,000 (February)
    //   B ¥2,400: terminated 1 Feb, the fund pays ¥400, the court awards ¥2,400 of which that ¥400 is
    //             part (decided 20 Feb); closed from the referral on 20 March    -> ¥2,400 (March)
    //   C ¥5,000: group outcome paid: 100% of the card balance, ¥4,675; its agreement's ¥934 is part
    //             of that payment; closed 20 March                               -> ¥4,675 (March)
    //   D ¥800:   the enterprise settles ¥300 (25 Feb) and ¥200 more is paid on site (2 March);
    //             closed 5 March                                                  -> ¥500 (March)
    //   E ¥1,000: the enterprise settles ¥600 on 8 Feb, closed 9 Feb              -> ¥600 (February)
    //   F ¥2,000: ¥300 on site, still in mediation                               -> ¥300 (no month)
    // Money recovered counts in the month a case is finished: February ¥1,600, March ¥7,575.
    MoneyDesk desk;
    const QSqlDatabase c = desk.db.connection();
    const auto day = [](int month, int d, int hour = 10) {
        return QDateTime(QDate(2026, month, d), QTime(hour, 0), QTimeZone(8 * 3600));
    };
    const auto add = [&](qint64 amountFen, const QString &name) {
        Complaint complaint = sampleComplaint(c);
        complaint.amountFen = amountFen;
        complaint.consumer.name = name;
        complaint.consumer.idNumber.clear();
        complaint.consumer.phone = QStringLiteral("137%1").arg(amountFen + name.size(), 8, 10, QLatin1Char('0'));
        complaint.receivedAt = day(1, 10);
        auto added = ComplaintRepository(c).add(complaint, kCaseworker, fixedNow());
        REQUIRE(added.ok());
        return added->id;
    };
    const auto mediate = [&](qint64 id) {
        desk.move(id, CaseStatus::Accepted, day(1, 11));
        desk.move(id, CaseStatus::InMediation, day(1, 12));
    };
    MediationAgreementService agreements(c);
    const auto sign = [&](qint64 id, qint64 amountFen, const QDate &on) {
        MediationAgreement draft = agreementTemplate(ComplaintRepository(c).get(id).value());
        draft.performBy = on.addDays(20);
        draft.mediatorId = desk.mediatorId;
        draft.amountFen = amountFen;
        REQUIRE(agreements.saveDraft(draft, kCaseworker, fixedNow()).ok());
        REQUIRE(agreements.sign(id, on, kCaseworker, fixedNow()).ok());
    };
    const auto same = RecoveryDecision::sameMoney();
    RecoveredMoneyService ledger(c);

    const qint64 a = add(300000, QStringLiteral("甲"));
    mediate(a);
    sign(a, 100000, QDate(2026, 2, 5));
    REQUIRE(agreements.recordPerformance(a, Performance::Performed, QDate(2026, 2, 10), 100000, kCaseworker, fixedNow())
                .ok());
    desk.move(a, CaseStatus::Closed, day(2, 15));
    REQUIRE(desk.payout(a, 100000, same).ok());

    const qint64 b = add(240000, QStringLiteral("乙"));
    mediate(b);
    REQUIRE(TerminationService(c)
                .terminate(b, QStringLiteral("no_agreement"), {}, day(2, 1), kCaseworker, fixedNow())
                .ok());
    REQUIRE(desk.payout(b, 40000).ok());
    CourtReferral r;
    r.complaintId = b;
    r.consentOn = QDate(2026, 2, 2);
    r.referredOn = QDate(2026, 2, 3);
    r.courtId = desk.courtId;
    r.claims = QStringLiteral("判令被告退还剩余卡费。");
    r.outcome = ReferralOutcome::ForConsumer;
    r.decidedOn = QDate(2026, 2, 20);
    r.awardedFen = 240000;
    r.recoveredFen = 240000;
    REQUIRE(CourtReferralService(c).save(r, kCaseworker, fixedNow(), same).ok());
    REQUIRE(CourtReferralService(c).closeCase(b, kCaseworker, fixedNow()).ok());

    const qint64 cc = add(500000, QStringLiteral("丙"));
    addCard(c, cc, 600000, 467500);
    auto group = GroupService(c).createFromCases({cc}, QStringLiteral("悦动健身"), kCaseworker, fixedNow());
    REQUIRE(group.ok());
    mediate(cc);
    sign(cc, 93400, QDate(2026, 2, 6));
    REQUIRE(GroupService(c)
                .recordOutcome(group.value(), {OutcomeBasis::Balance, 100, QStringLiteral("退还余额"), true},
                               kCaseworker, fixedNow())
                .ok());
    REQUIRE(agreements
                .recordPerformance(cc, Performance::Performed, QDate(2026, 2, 10), 93400, kCaseworker, fixedNow(), same)
                .ok());
    desk.move(cc, CaseStatus::Closed, fixedNow());

    const qint64 d = add(80000, QStringLiteral("丁"));
    desk.move(d, CaseStatus::Accepted, day(1, 11));
    desk.move(d, CaseStatus::ForwardedToEnterprise, day(1, 12));
    REQUIRE(
        ledger.record(d, RecoverySource::Enterprise, 30000, QDate(2026, 2, 25), {}, {}, kCaseworker, fixedNow()).ok());
    REQUIRE(ledger
                .record(d, RecoverySource::OnSite, 20000, QDate(2026, 3, 2), {}, RecoveryDecision::separate(),
                        kCaseworker, fixedNow())
                .ok());
    desk.move(d, CaseStatus::Closed, day(3, 5));

    const qint64 e = add(100000, QStringLiteral("戊"));
    desk.move(e, CaseStatus::Accepted, day(1, 11));
    desk.move(e, CaseStatus::ForwardedToEnterprise, day(1, 12));
    REQUIRE(
        ledger.record(e, RecoverySource::Enterprise, 60000, QDate(2026, 2, 8), {}, {}, kCaseworker, fixedNow()).ok());
    desk.move(e, CaseStatus::Closed, day(2, 9));

    const qint64 f = add(200000, QStringLiteral("己"));
    mediate(f);
    REQUIRE(ledger.record(f, RecoverySource::OnSite, 30000, QDate(2026, 3, 1), {}, {}, kCaseworker, fixedNow()).ok());

    const QMap<qint64, qint64> expected = {{a, 100000}, {b, 240000}, {cc, 467500}, {d, 50000}, {e, 60000}, {f, 30000}};
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        CAPTURE(it.key());
        CHECK(desk.recovered(it.key()) == it.value());
    }
    CHECK(ledger.aboveAmount()->isEmpty());
    for (StatsSource source : {StatsSource::Summaries, StatsSource::Live}) {
        auto stats = StatisticsService::forUser(c, kSupervisor, source);
        REQUIRE(stats.ok());
        CHECK(stats->counts(StatsPeriod::month(2026, 1))->recoveredFen == 0);
        CHECK(stats->counts(StatsPeriod::month(2026, 2))->recoveredFen == 160000);
        CHECK(stats->counts(StatsPeriod::month(2026, 3))->recoveredFen == 757500);
        CHECK(stats->counts(StatsPeriod::month(2026, 3))->finished == 3);
        CHECK(stats->counts(StatsPeriod::year(2026))->recoveredFen == 917500);
    }

    // A seventh case, G ¥500: the enterprise settles ¥400 (3 March) and ¥300 more is paid on site
    // (4 March), separate money confirmed above the amount involved; closed 6 March -> ¥700 (March,
    // now ¥8,275), and listed as recovered above its amount.
    const qint64 g = add(50000, QStringLiteral("庚"));
    desk.move(g, CaseStatus::Accepted, day(1, 11));
    desk.move(g, CaseStatus::ForwardedToEnterprise, day(1, 12));
    REQUIRE(
        ledger.record(g, RecoverySource::Enterprise, 40000, QDate(2026, 3, 3), {}, {}, kCaseworker, fixedNow()).ok());
    RecoveryDecision confirmed = RecoveryDecision::separate();
    confirmed.aboveAmountConfirmed = true;
    REQUIRE(ledger.record(g, RecoverySource::OnSite, 30000, QDate(2026, 3, 4), {}, confirmed, kCaseworker, fixedNow())
                .ok());
    desk.move(g, CaseStatus::Closed, day(3, 6));
    CHECK(desk.recovered(g) == 70000);

    // The months' reports state the same figures in their headline table and their summary,
    // and list the case above its amount in March only.
    auto stats = StatisticsService::forUser(c, kSupervisor, StatsSource::Live);
    REQUIRE(stats.ok());
    const auto moneyLine = [](const ReportContent &report) {
        for (const MeasureLine &line : report.measures) {
            if (line.key == QLatin1String("recoveredFen"))
                return line.value;
        }
        return QString();
    };
    auto march = buildReport(c, stats.value(), StatsPeriod::month(2026, 3), {}, fixedNow());
    REQUIRE(march.ok());
    CHECK(march->summary.current.recoveredFen == 827500);
    CHECK(moneyLine(march.value()) == QStringLiteral("¥8,275.00"));
    REQUIRE_FALSE(march->summaryParagraphs.isEmpty());
    const QString marchMoney = march->summaryParagraphs.first();
    CAPTURE(marchMoney);
    CHECK(marchMoney.contains(QStringLiteral("on the cases closed (4): ¥8,275.00")));
    CHECK(marchMoney.contains(QStringLiteral("Closed cases whose money recovered is above their amount involved: 1 ")));
    REQUIRE(march->recoveredAbove.size() == 1);
    CHECK(march->recoveredAbove.first().complaintId == g);
    CHECK(march->recoveredAbove.first().amountFen == 50000);
    CHECK(march->recoveredAbove.first().recoveredFen == 70000);
    CHECK(march->recoveredAbove.first().confirmed);

    auto february = buildReport(c, stats.value(), StatsPeriod::month(2026, 2), {}, fixedNow());
    REQUIRE(february.ok());
    CHECK(moneyLine(february.value()) == QStringLiteral("¥1,600.00"));
    CHECK(february->summaryParagraphs.first().contains(QStringLiteral("on the cases closed (2): ¥1,600.00")));
    CHECK(february->recoveredAbove.isEmpty());
    CHECK_FALSE(february->summaryParagraphs.first().contains(QStringLiteral("above their amount involved")));
    // The same list narrowed to another caseworker's cases: none of these.
    StatsFilter someoneElse;
    someoneElse.caseworker = QStringLiteral("nobody");
    auto narrowed = buildReport(c, stats.value(), StatsPeriod::month(2026, 3), someoneElse, fixedNow());
    REQUIRE(narrowed.ok());
    CHECK(narrowed->recoveredAbove.isEmpty());
}
