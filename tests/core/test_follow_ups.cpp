#include "catch_qt.h"
#include "stats_fixture.h"
#include "test_support.h"

#include "followup/follow_up_service.h"
#include "storage/audit_repository.h"

#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace casedesk;
using namespace casedesk::test;

namespace {

QDateTime t(int y, int m, int d, int h = 10)
{
    return QDateTime(QDate(y, m, d), QTime(h, 0), QTimeZone(8 * 3600));
}
const QDateTime kNow = t(2026, 2, 10);

FollowUpRequest visit(qint64 caseId, FollowUpResult result)
{
    FollowUpRequest r;
    r.caseId = caseId;
    r.at = t(2026, 2, 2);
    r.reached = result != FollowUpResult::None;
    r.result = result;
    r.attitude = r.reached ? 4 : 0;
    r.comment = QStringLiteral("消费者对处理结果基本认可");
    return r;
}

} // namespace

TEST_CASE("a follow-up visit on a closed case is recorded with its audit line", "[followup]")
{
    TestDatabase db;
    buildStatsFixture(db.connection());
    FollowUpService service(db.connection());
    const qint64 auditBefore = rowCount(db.connection(), QStringLiteral("audit_log"));
    auto recorded = service.record(visit(1, FollowUpResult::BasicallySatisfied), QStringLiteral("李敏"), kNow);
    REQUIRE(recorded.ok());
    CHECK(recorded->id > 0);
    CHECK(recorded->actor == QStringLiteral("李敏"));
    auto visits = service.visits(1);
    REQUIRE(visits.ok());
    REQUIRE(visits->size() == 2); // the fixture's and this one
    CHECK(visits->last().result == FollowUpResult::BasicallySatisfied);
    CHECK(visits->last().attitude == 4);
    CHECK(rowCount(db.connection(), QStringLiteral("audit_log")) == auditBefore + 1);
    auto history = AuditRepository(db.connection()).history(1);
    REQUIRE(history.ok());
    CHECK(history->last().newValue == QStringLiteral("basically_satisfied"));

    // An attempt that reached nobody.
    auto attempt = service.record(visit(2, FollowUpResult::None), QStringLiteral("李敏"), kNow);
    REQUIRE(attempt.ok());
    CHECK_FALSE(attempt->reached);
}

TEST_CASE("bad follow-up visits are refused and nothing is written", "[followup]")
{
    TestDatabase db;
    buildStatsFixture(db.connection());
    FollowUpService service(db.connection());
    const qint64 before = rowCount(db.connection(), QStringLiteral("follow_ups"));

    auto open = service.record(visit(4, FollowUpResult::Satisfied), QStringLiteral("李敏"), kNow);
    REQUIRE_FALSE(open.ok());
    CHECK(open.error().fieldErrors.first().field == QStringLiteral("caseId"));

    FollowUpRequest future = visit(1, FollowUpResult::Satisfied);
    future.at = kNow.addDays(1);
    CHECK(service.record(future, QStringLiteral("李敏"), kNow).error().fieldErrors.first().field ==
          QStringLiteral("at"));

    FollowUpRequest early = visit(1, FollowUpResult::Satisfied);
    early.at = t(2026, 1, 21);
    CHECK_FALSE(service.record(early, QStringLiteral("李敏"), kNow).ok());

    FollowUpRequest noResult = visit(1, FollowUpResult::None);
    noResult.reached = true;
    CHECK(service.record(noResult, QStringLiteral("李敏"), kNow).error().fieldErrors.first().field ==
          QStringLiteral("result"));

    FollowUpRequest badRating = visit(1, FollowUpResult::Satisfied);
    badRating.attitude = 6;
    CHECK_FALSE(service.record(badRating, QStringLiteral("李敏"), kNow).ok());

    FollowUpRequest longComment = visit(1, FollowUpResult::Satisfied);
    longComment.comment = QString(kMaxFollowUpCommentLength + 1, QLatin1Char('x'));
    CHECK(service.record(longComment, QStringLiteral("李敏"), kNow).error().fieldErrors.first().field ==
          QStringLiteral("comment"));

    FollowUpRequest broken = visit(1, FollowUpResult::Satisfied);
    broken.comment = QStringLiteral("abc") + QChar(0xFFFD);
    CHECK_FALSE(service.record(broken, QStringLiteral("李敏"), kNow).ok());

    auto missing = service.record(visit(999, FollowUpResult::Satisfied), QStringLiteral("李敏"), kNow);
    CHECK(missing.error().code == ErrorCode::NotFound);

    auto admin = service.record(visit(1, FollowUpResult::Satisfied), QStringLiteral("赵管理"), kNow);
    CHECK(admin.error().code == ErrorCode::Forbidden);

    CHECK(rowCount(db.connection(), QStringLiteral("follow_ups")) == before);
}

TEST_CASE("the spot check samples a share of each caseworker's closed cases once a month", "[followup]")
{
    CHECK(sampleForSpotCheck({5, 3, 9, 1}, 0.5, 7).size() == 2);
    CHECK(sampleForSpotCheck({5, 3, 9, 1}, 0.5, 7) == sampleForSpotCheck({1, 9, 3, 5}, 0.5, 7));
    CHECK(sampleForSpotCheck({5}, 0.1, 7) == QList<qint64>{5});
    CHECK(sampleForSpotCheck({}, 0.5, 7).isEmpty());
    CHECK(sampleForSpotCheck({1, 2, 3}, 1.0, 7) == QList<qint64>{1, 2, 3});

    TestDatabase db;
    buildStatsFixture(db.connection());
    FollowUpService service(db.connection());
    // January 2026: 李敏 closed C1, C2, C6 (half: 2 of 3); 张强 closed C3 (1).
    auto drawn = service.drawSpotChecks(QDate(2026, 1, 15), 0.5, QStringLiteral("王主任"), kNow);
    REQUIRE(drawn.ok());
    REQUIRE(drawn->size() == 3);
    int li = 0;
    for (const SpotCheck &s : drawn.value()) {
        CHECK(s.month == QStringLiteral("2026-01"));
        CHECK(s.drawnBy == QStringLiteral("王主任"));
        CHECK_FALSE(s.done);
        li += s.caseworker == QStringLiteral("李敏") ? 1 : 0;
    }
    CHECK(li == 2);

    // Drawing again keeps the sample.
    auto again = service.drawSpotChecks(QDate(2026, 1, 1), 0.9, QStringLiteral("王主任"), kNow);
    REQUIRE(again.ok());
    CHECK(again->size() == 3);
    CHECK(rowCount(db.connection(), QStringLiteral("spot_checks")) == 3);

    // A spot-check visit ticks it off.
    FollowUpRequest check = visit(drawn->first().complaintId, FollowUpResult::Satisfied);
    check.spotCheck = true;
    REQUIRE(service.record(check, QStringLiteral("王主任"), kNow).ok());
    auto queue = service.spotChecks(QDate(2026, 1, 1));
    REQUIRE(queue.ok());
    CHECK(std::count_if(queue->cbegin(), queue->cend(), [](const SpotCheck &s) { return s.done; }) == 1);

    CHECK_FALSE(service.drawSpotChecks(QDate(2026, 3, 1), 0.5, QStringLiteral("王主任"), kNow).ok()); // future
    CHECK_FALSE(service.drawSpotChecks(QDate(2025, 12, 1), 0.0, QStringLiteral("王主任"), kNow).ok());
    CHECK_FALSE(service.drawSpotChecks(QDate(2025, 12, 1), 1.5, QStringLiteral("王主任"), kNow).ok());
    CHECK(service.drawSpotChecks(QDate(2025, 12, 1), 0.5, QStringLiteral("赵管理"), kNow).error().code ==
          ErrorCode::Forbidden);
    auto empty = service.drawSpotChecks(QDate(2025, 11, 1), 0.5, QStringLiteral("王主任"), kNow);
    REQUIRE(empty.ok());
    CHECK(empty->isEmpty());
}

TEST_CASE("typical cases are flagged with a write-up, changed and unflagged", "[followup]")
{
    TestDatabase db;
    buildStatsFixture(db.connection());
    FollowUpService service(db.connection());
    auto marked =
        service.markTypical(1, QStringLiteral("健身房闭店预付卡退费案"),
                            QStringLiteral("经调解，经营者退还剩余卡费2000元。"), QStringLiteral("李敏"), kNow);
    REQUIRE(marked.ok());
    CHECK(marked->caseNumber == QStringLiteral("长宁-TEST-1"));
    CHECK(marked->businessName == QStringLiteral("悦动健身"));
    CHECK(marked->recoveredFen == 200000);

    REQUIRE(service.markTypical(1, QStringLiteral("新标题"), QStringLiteral("新的说明"), QStringLiteral("李敏"), kNow)
                .ok());
    auto list = service.typicalCases(QDate(2026, 2, 1), QDate(2026, 2, 28));
    REQUIRE(list.ok());
    REQUIRE(list->size() == 1);
    CHECK(list->first().title == QStringLiteral("新标题"));
    CHECK(service.typicalCases(QDate(2026, 1, 1), QDate(2026, 1, 31))->isEmpty());

    CHECK_FALSE(service.markTypical(1, QStringLiteral("  "), QStringLiteral("x"), QStringLiteral("李敏"), kNow).ok());
    CHECK_FALSE(
        service.markTypical(1, QString(101, QLatin1Char('x')), QStringLiteral("x"), QStringLiteral("李敏"), kNow).ok());
    CHECK_FALSE(service.markTypical(1, QStringLiteral("标题"), QString(), QStringLiteral("李敏"), kNow).ok());
    CHECK(service.markTypical(999, QStringLiteral("标题"), QStringLiteral("x"), QStringLiteral("李敏"), kNow)
              .error()
              .code == ErrorCode::NotFound);
    CHECK(service.markTypical(1, QStringLiteral("标题"), QStringLiteral("x"), QStringLiteral("赵管理"), kNow)
              .error()
              .code == ErrorCode::Forbidden);

    REQUIRE(service.unmarkTypical(1, QStringLiteral("李敏"), kNow).ok());
    CHECK(service.typicalCases()->isEmpty());
    CHECK(service.unmarkTypical(1, QStringLiteral("李敏"), kNow).error().code == ErrorCode::NotFound);
}
