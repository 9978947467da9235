#include "catch_qt.h"
#include "test_support.h"
#include "xlsx_reading.h"

#include "enterprises/enterprise_agreement_service.h"
#include "enterprises/enterprise_answer_service.h"
#include "enterprises/quarterly_notice.h"
#include "enterprises/quarterly_notice_xlsx.h"
#include "storage/calendar_repository.h"
#include "storage/complaint_repository.h"
#include "storage/user_repository.h"
#include "workflow/case_transition_service.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace casedesk;
using namespace casedesk::test;

namespace {

const QString kWorker = QStringLiteral("李敏");
const QString kBoss = QStringLiteral("王主任");

QDateTime at(int month, int day, int hour = 9)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, 0), QTimeZone(8 * 3600));
}

// Networked enterprises and the cases forwarded to them around 2026 Q2; "now" is 2026-07-10.
struct Network {
    Network()
    {
        REQUIRE(UserRepository(db.connection()).add(kWorker, Role::Caseworker, now).ok());
        REQUIRE(UserRepository(db.connection()).add(kBoss, Role::Supervisor, now).ok());
    }

    // A case about `business` received on `received`, accepted an hour later.
    qint64 addCase(const QString &business, const QDateTime &received)
    {
        Complaint c = sampleComplaint(db.connection());
        c.business.name = business;
        c.business.creditCode.clear();
        c.receivedAt = received;
        auto added = ComplaintRepository(db.connection()).add(c, kWorker, received);
        REQUIRE(added.ok());
        businessIds.insert(business, added->business.id);
        move(added->id, CaseStatus::Accepted, received.addSecs(3600));
        return added->id;
    }
    void move(qint64 caseId, CaseStatus to, const QDateTime &when)
    {
        TransitionRequest request{caseId, to, {}, {}, when, std::nullopt};
        auto moved = CaseTransitionService(db.connection()).transition(request, kWorker, now);
        INFO((moved.ok() ? QString() : moved.error().message).toStdString());
        REQUIRE(moved.ok());
    }
    void answer(qint64 caseId, bool settled, qint64 fen, const QDate &on)
    {
        EnterpriseAnswer a;
        a.settled = settled;
        a.text = settled ? QStringLiteral("已退款") : QStringLiteral("双方未能达成一致");
        a.amountFen = fen;
        a.answeredOn = on;
        auto recorded = EnterpriseAnswerService(db.connection()).record(caseId, a, kWorker, now);
        INFO((recorded.ok() ? QString() : recorded.error().message).toStdString());
        REQUIRE(recorded.ok());
    }
    void sign(const QString &business, const QDate &on, const QDate &ended = {})
    {
        EnterpriseAgreement agreement;
        agreement.businessId = businessIds.value(business);
        agreement.signedOn = on;
        agreement.endedOn = ended;
        REQUIRE(EnterpriseAgreementService(db.connection()).save(agreement, kBoss, now).ok());
    }
    const EnterpriseQuarter *row(const QuarterlyNotice &notice, const QString &business) const
    {
        for (const EnterpriseQuarter &e : notice.enterprises) {
            if (e.name == business)
                return &e;
        }
        return nullptr;
    }

    TestDatabase db;
    QDateTime now = at(7, 10, 10);
    QHash<QString, qint64> businessIds;
};

const QString kA = QStringLiteral("甲电商平台");
const QString kB = QStringLiteral("乙连锁超市");
const QString kC = QStringLiteral("丙旅行社");   // agreement ended before the quarter
const QString kD = QStringLiteral("丁通信公司"); // agreement signed in the quarter, no complaints
const QString kE = QStringLiteral("戊家具店");   // no agreement, yet a case was forwarded to it: not listed

} // namespace

TEST_CASE("the quarterly notice counts each enterprise's forwarded cases as counted by hand", "[enterprises][notice]")
{
    Network n;
    // A: four forwarded in Q2 (settled in two working days; settled eight weeks later, late;
    // not settled; unanswered), one forwarded in Q1 and settled in Q2, one never forwarded.
    const qint64 a1 = n.addCase(kA, at(4, 13));
    const qint64 a2 = n.addCase(kA, at(4, 13, 11));
    const qint64 a3 = n.addCase(kA, at(4, 14));
    const qint64 a4 = n.addCase(kA, at(6, 22));
    const qint64 a5 = n.addCase(kA, at(3, 20));
    n.addCase(kA, at(5, 6));
    const qint64 b1 = n.addCase(kB, at(5, 11));
    const qint64 e1 = n.addCase(kE, at(5, 11, 14));
    const qint64 c1 = n.addCase(kC, at(2, 2));
    n.addCase(kD, at(1, 5)); // a business record for D (its only case is from Q1)
    n.sign(kA, QDate(2026, 1, 5));
    n.sign(kB, QDate(2026, 3, 1));
    n.sign(kC, QDate(2025, 6, 1), QDate(2026, 3, 20));
    n.sign(kD, QDate(2026, 5, 1));

    n.move(a5, CaseStatus::ForwardedToEnterprise, at(3, 25));
    n.answer(a5, true, 20000, QDate(2026, 4, 2));
    n.move(c1, CaseStatus::ForwardedToEnterprise, at(2, 3));
    n.answer(c1, true, 5000, QDate(2026, 2, 5));
    n.move(a1, CaseStatus::ForwardedToEnterprise, at(4, 14));
    n.answer(a1, true, 30000, QDate(2026, 4, 16));
    n.move(a2, CaseStatus::ForwardedToEnterprise, at(4, 14, 10));
    n.answer(a2, true, 50000, QDate(2026, 6, 10));
    n.move(a3, CaseStatus::ForwardedToEnterprise, at(4, 15));
    n.answer(a3, false, 0, QDate(2026, 4, 16));
    n.move(a4, CaseStatus::ForwardedToEnterprise, at(6, 24));
    n.move(b1, CaseStatus::ForwardedToEnterprise, at(5, 12));
    n.answer(b1, true, 10000, QDate(2026, 5, 13));
    n.move(e1, CaseStatus::ForwardedToEnterprise, at(5, 12));

    auto notice = buildQuarterlyNotice(n.db.connection(), StatsPeriod::quarter(2026, 2), kBoss, n.now);
    INFO((notice.ok() ? QString() : notice.error().message).toStdString());
    REQUIRE(notice.ok());
    QStringList order;
    for (const EnterpriseQuarter &e : notice->enterprises)
        order << e.name;
    // B settled all it got, A half; D had nothing forwarded; C's agreement had ended; E has none.
    CHECK(order == QStringList{kB, kA, kD});
    CHECK(notice->forwardedElsewhere == 1);

    const EnterpriseQuarter *a = n.row(notice.value(), kA);
    REQUIRE(a);
    CHECK(a->received == 5);
    CHECK(a->forwarded == 4);
    CHECK(a->settled == 2);
    CHECK(a->settledOnTime == 1); // the answer of 10 June came after the ten working days
    CHECK(a->answeredLate == 1);
    CHECK(a->cameBack == 1);
    CHECK(a->unanswered == 1);
    CHECK(a->recoveredFen == 80000);
    CHECK(a->settlementRate().value() == 0.5);
    auto calendar = CalendarRepository(n.db.connection()).load();
    REQUIRE(calendar.ok());
    const int lateDays = calendar->workingDaysBetween(QDate(2026, 4, 14), QDate(2026, 6, 10));
    CHECK(lateDays > 10);
    CHECK(a->answerWorkingDays == 2 + lateDays + 1);
    CHECK(a->averageAnswerDays().value() == Approx((2.0 + lateDays + 1) / 3));

    const EnterpriseQuarter *b = n.row(notice.value(), kB);
    REQUIRE(b);
    CHECK((b->received == 1 && b->forwarded == 1 && b->settled == 1 && b->settledOnTime == 1));
    CHECK(b->answeredLate == 0);
    CHECK(b->recoveredFen == 10000);
    CHECK_FALSE(n.row(notice.value(), kE));
    const EnterpriseQuarter *d = n.row(notice.value(), kD);
    REQUIRE(d);
    CHECK((d->received == 0 && d->forwarded == 0));

    // The ranking is the core's: B, then A; D, with nothing forwarded, unranked; the total too.
    CHECK(b->rank == 1);
    CHECK(a->rank == 2);
    CHECK(d->rank == 0);
    CHECK(notice->total.rank == 0);

    CHECK(notice->total.forwarded == 5);
    CHECK(notice->total.settled == 3);
    CHECK(notice->total.settledOnTime == 2);
    CHECK(notice->total.answeredLate == 1);
    CHECK(notice->total.unanswered == 1);
    CHECK(notice->total.received == 6);
    CHECK(notice->total.recoveredFen == 90000);
    // Every case here is of one category: 6 complaints about the listed enterprises this quarter,
    // 2 in the one before (A's March case, D's January one).
    REQUIRE(notice->industries.size() == 1);
    CHECK(notice->industries.first().current == 6);
    CHECK(notice->industries.first().previous == 2);
    REQUIRE(notice->analysis.size() >= 2);
    CHECK(notice->analysis.first().contains(QStringLiteral(" 5 ")));
    CHECK(notice->analysis.at(1).contains(kB));

    // The workbook: written whole, or not at all.
    QTemporaryDir dir;
    const QString xlsx = dir.filePath(QStringLiteral("notice.xlsx"));
    REQUIRE(writeQuarterlyNoticeXlsx(notice.value(), xlsx).ok());
    const QStringList ranking = xlsxRows(xlsx, 1);
    REQUIRE(ranking.size() == 2 + 3 + 1); // title, header, B, A, D, total
    CHECK(ranking.at(2).startsWith(QStringLiteral("1|%1|1|1|1|1|1|0|0|0|").arg(kB)));
    CHECK(ranking.at(3).startsWith(QStringLiteral("2|%1|5|4|2|0.5|1|1|1|1|").arg(kA)));
    CHECK(ranking.at(3).endsWith(QStringLiteral("|800")));
    CHECK(ranking.at(4).startsWith(QStringLiteral("%1|0|0|").arg(kD))); // unranked: no rank cell
    CHECK(ranking.last().startsWith(QStringLiteral("Total|6|5|3|")));
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size() == 1);
    CHECK_FALSE(writeQuarterlyNoticeXlsx(notice.value(), dir.filePath(QStringLiteral("no/such/folder/n.xlsx"))).ok());
}

TEST_CASE("the quarterly notice is for a quarter that has begun, read by those who read statistics",
          "[enterprises][notice]")
{
    Network n;
    CHECK(buildQuarterlyNotice(n.db.connection(), StatsPeriod::quarter(2026, 4), kBoss, n.now).error().code ==
          ErrorCode::InvalidInput);
    CHECK(buildQuarterlyNotice(n.db.connection(), StatsPeriod::month(2026, 4), kBoss, n.now).error().code ==
          ErrorCode::InvalidInput);
    REQUIRE(UserRepository(n.db.connection()).add(QStringLiteral("审计员"), Role::Auditor, n.now).ok());
    CHECK_FALSE(buildQuarterlyNotice(n.db.connection(), StatsPeriod::quarter(2026, 3), QStringLiteral("nobody"), n.now).ok());
    auto empty = buildQuarterlyNotice(n.db.connection(), StatsPeriod::quarter(2026, 3), QStringLiteral("审计员"), n.now);
    REQUIRE(empty.ok());
    CHECK(empty->enterprises.isEmpty());
    CHECK(empty->total.forwarded == 0);
    CHECK_FALSE(empty->analysis.isEmpty());
}
