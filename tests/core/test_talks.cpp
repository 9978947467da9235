#include "catch_qt.h"
#include "test_support.h"

#include "deadlines/due_list.h"
#include "enterprises/enterprise_agreement_service.h"
#include "storage/business_repository.h"
#include "storage/complaint_repository.h"
#include "storage/desk_event_repository.h"
#include "storage/user_repository.h"
#include "talks/talk_service.h"

#include <QTimeZone>

using namespace casedesk;
using namespace casedesk::test;

namespace {

const QString kSupervisor = QStringLiteral("王主任");
const QString kAuditor = QStringLiteral("审计员甲");

QDateTime at(int month, int day, int hour = 9)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, 0), QTimeZone(8 * 3600));
}

// A business with a complaint, a supervisor and an auditor; "now" is 2026-06-01.
struct TalkDesk {
    TalkDesk()
    {
        UserRepository users(db.connection());
        REQUIRE(users.add(kSupervisor, Role::Supervisor, now).ok());
        REQUIRE(users.add(kAuditor, Role::Auditor, now).ok());
        auto added = ComplaintRepository(db.connection()).add(sampleComplaint(db.connection()), kSupervisor, at(5, 1));
        REQUIRE(added.ok());
        businessId = added->business.id;
    }

    Talk sample() const
    {
        Talk t;
        t.businessId = businessId;
        t.heldOn = QDate(2026, 5, 20);
        t.place = QStringLiteral("本会二楼会议室");
        t.councilAttendees = QStringLiteral("王主任、李敏");
        t.businessAttendees = QStringLiteral("张总经理、客服主管刘某");
        t.reason = QStringLiteral("五月以来投诉激增（风险预警）");
        t.problems = QStringLiteral("预付卡退费拖延，客服电话无人接听。");
        t.promises = {{0, 0, QStringLiteral("十个工作日内处理完毕全部退费申请"), QDate(2026, 6, 3), {}, {}, {}, {}},
                      {0, 0, QStringLiteral("增设两条客服热线"), QDate(2026, 7, 1), {}, {}, {}, {}}};
        return t;
    }

    TestDatabase db;
    qint64 businessId = 0;
    QDateTime now = at(6, 1, 10);
};

int promisesDue(const QSqlDatabase &db, const QDateTime &now, const QString &assignee = {})
{
    auto due = dueSoonOrOverdue(db, now, 5, assignee);
    REQUIRE(due.ok());
    return int(std::count_if(due->cbegin(), due->cend(), [](const DueItem &item) { return item.promiseId != 0; }));
}

} // namespace

TEST_CASE("a talk is recorded with its promises; a promise shows in the due list on its day until checked",
          "[talks][duelist]")
{
    TalkDesk desk;
    TalkService talks(desk.db.connection());
    auto recorded = talks.record(desk.sample(), kSupervisor, desk.now);
    INFO((recorded.ok() ? QString() : recorded.error().message).toStdString());
    REQUIRE(recorded.ok());
    CHECK(recorded->businessName == sampleComplaint(desk.db.connection()).business.name);
    REQUIRE(recorded->promises.size() == 2);
    CHECK(recorded->recordedBy == kSupervisor);
    auto log = DeskEventRepository(desk.db.connection()).latest(1);
    REQUIRE(log.ok());
    CHECK(log->first().action == QStringLiteral("talk_recorded"));

    // Due on 3 June: within five working days of 1 June; the one of 1 July is not yet.
    auto due = dueSoonOrOverdue(desk.db.connection(), desk.now, 5);
    REQUIRE(due.ok());
    const auto promise = std::find_if(due->cbegin(), due->cend(), [](const DueItem &i) { return i.promiseId != 0; });
    REQUIRE(promise != due->cend());
    CHECK(promise->promiseText == QStringLiteral("十个工作日内处理完毕全部退费申请"));
    CHECK(promise->deadline.dueDate == QDate(2026, 6, 3));
    CHECK(promise->assignee == kSupervisor);
    CHECK(dueItemLabel(*promise).contains(QStringLiteral("十个工作日内")));
    CHECK(promisesDue(desk.db.connection(), desk.now) == 1);
    CHECK(promisesDue(desk.db.connection(), desk.now, QStringLiteral("someone else")) == 0);
    CHECK(promisesDue(desk.db.connection(), at(7, 2)) == 2); // both late by then
    auto computed = dueSoonOrOverdueComputed(desk.db.connection(), desk.now, 5);
    REQUIRE(computed.ok());
    CHECK(std::count_if(computed->cbegin(), computed->cend(), [](const DueItem &i) { return i.promiseId != 0; }) == 1);

    // Checked: kept, and gone from the list.
    auto checked = talks.checkPromise(promise->promiseId, true, QDate(2026, 6, 1), QStringLiteral("已抽查退费记录"),
                                      kSupervisor, desk.now);
    REQUIRE(checked.ok());
    CHECK(checked->kept == std::optional<bool>(true));
    CHECK(checked->checkedOn == QDate(2026, 6, 1));
    CHECK(promisesDue(desk.db.connection(), desk.now) == 0);
    auto listed = talks.talksOf(desk.businessId, kAuditor);
    REQUIRE(listed.ok());
    REQUIRE(listed->size() == 1);
    CHECK(listed->first().promises.first().checkedBy == kSupervisor);
}

TEST_CASE("a talk without its essentials, in the future or by a reader is refused and nothing is kept", "[talks]")
{
    TalkDesk desk;
    TalkService talks(desk.db.connection());
    Talk noProblems = desk.sample();
    noProblems.problems = QStringLiteral("  ");
    Talk future = desk.sample();
    future.heldOn = desk.now.date().addDays(1);
    Talk earlyPromise = desk.sample();
    earlyPromise.promises[0].dueOn = QDate(2026, 5, 19);
    Talk noBusinessSide = desk.sample();
    noBusinessSide.businessAttendees.clear();
    Talk unknownBusiness = desk.sample();
    unknownBusiness.businessId = 9999;
    Talk broken = desk.sample();
    broken.problems = QStringLiteral("坏") + QChar(0xFFFD);
    for (const Talk &bad : {noProblems, future, earlyPromise, noBusinessSide, unknownBusiness, broken}) {
        auto refused = talks.record(bad, kSupervisor, desk.now);
        CHECK_FALSE(refused.ok());
    }
    auto reader = talks.record(desk.sample(), kAuditor, desk.now);
    REQUIRE_FALSE(reader.ok());
    CHECK(reader.error().code == ErrorCode::Forbidden);
    CHECK(rowCount(desk.db.connection(), QStringLiteral("talks")) == 0);
    CHECK(rowCount(desk.db.connection(), QStringLiteral("talk_promises")) == 0);

    auto recorded = talks.record(desk.sample(), kSupervisor, desk.now);
    REQUIRE(recorded.ok());
    const qint64 promiseId = recorded->promises.first().id;
    CHECK_FALSE(talks.checkPromise(promiseId, true, QDate(2026, 5, 19), {}, kSupervisor, desk.now).ok()); // before the talk
    CHECK_FALSE(talks.checkPromise(promiseId, true, desk.now.date().addDays(1), {}, kSupervisor, desk.now).ok());
    CHECK_FALSE(talks.checkPromise(promiseId, true, desk.now.date(), {}, kAuditor, desk.now).ok());
    CHECK_FALSE(talks.checkPromise(promiseId + 100, true, desk.now.date(), {}, kSupervisor, desk.now).ok());
}

TEST_CASE("merging two records of a business keeps the talks held with either", "[talks][groups]")
{
    TalkDesk desk;
    Complaint other = sampleComplaint(desk.db.connection());
    other.business.name = QStringLiteral("同一门店（重复登记）");
    other.business.creditCode.clear();
    other.consumer.phone = QStringLiteral("13900002222");
    auto added = ComplaintRepository(desk.db.connection()).add(other, kSupervisor, at(5, 2));
    REQUIRE(added.ok());
    const qint64 duplicate = added->business.id;
    REQUIRE(duplicate != desk.businessId);
    Talk talk = desk.sample();
    talk.businessId = duplicate;
    REQUIRE(TalkService(desk.db.connection()).record(talk, kSupervisor, desk.now).ok());
    EnterpriseAgreement agreement;
    agreement.businessId = duplicate;
    agreement.signedOn = QDate(2026, 1, 10);
    REQUIRE(EnterpriseAgreementService(desk.db.connection()).save(agreement, kSupervisor, desk.now).ok());

    auto merged = BusinessRepository(desk.db.connection())
                      .merge(desk.businessId, duplicate, true, QStringLiteral("同一门店"), kSupervisor, desk.now);
    INFO((merged.ok() ? QString() : merged.error().message).toStdString());
    REQUIRE(merged.ok());
    auto talks = TalkService(desk.db.connection()).talksOf(desk.businessId, kSupervisor);
    REQUIRE(talks.ok());
    CHECK(talks->size() == 1);
    auto kept = EnterpriseAgreementService(desk.db.connection()).agreementOf(desk.businessId, kSupervisor);
    REQUIRE(kept.ok());
    REQUIRE(kept->has_value());
    CHECK(kept->value().signedOn == QDate(2026, 1, 10));
    CHECK(BusinessRepository(desk.db.connection()).get(desk.businessId)->networked);
}
