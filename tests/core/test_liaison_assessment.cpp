#include "catch_qt.h"
#include "test_support.h"

#include "liaison/liaison_assessment_defaults.h"
#include "liaison/liaison_assessment_service.h"
#include "liaison/liaison_point_service.h"
#include "storage/desk_event_repository.h"

using namespace casedesk;
using namespace casedesk::test;

namespace {

const QString kSupervisor = QStringLiteral("王主任");
const QString kCaseworker = QStringLiteral("李敏");

// Three points and the default sheet copied into 2025; "now" is fixedNow() (2026-03-20).
struct AssessmentDesk {
    AssessmentDesk()
    {
        addTestUser(db.connection(), kSupervisor, Role::Supervisor);
        addTestUser(db.connection(), kCaseworker, Role::Caseworker);
        mall = add(QStringLiteral("西郊商场联络点"));
        market = add(QStringLiteral("天山菜场联络点"));
        school = add(QStringLiteral("虹桥中学联络点"));
        auto copied = service().copySheet(2025, std::nullopt, kSupervisor, fixedNow());
        INFO((copied ? QString() : copied.error().message).toStdString());
        REQUIRE(copied.ok());
        sheet2025 = copied.value();
    }

    qint64 add(const QString &name)
    {
        LiaisonPoint p;
        p.name = name;
        p.type = LiaisonPointType::Market;
        p.street = QStringLiteral("天山路街道");
        auto added = LiaisonPointService(db.connection()).add(p, kSupervisor, fixedNow());
        REQUIRE(added.ok());
        return added->id;
    }

    // Every criterion of `sheet` given `points`, or its maximum when that is lower.
    PointAssessment scored(qint64 point, const AssessmentSheet &sheet, int points) const
    {
        PointAssessment a;
        a.pointId = point;
        a.year = sheet.year;
        for (const AssessmentCategory &category : sheet.categories) {
            for (const AssessmentCriterion &criterion : category.criteria)
                a.scores.append({criterion.id, std::min(points, criterion.maxPoints), {}});
        }
        return a;
    }

    PointAssessment score(const PointAssessment &a)
    {
        auto saved = service().score(a, kSupervisor, fixedNow());
        INFO((saved ? QString() : saved.error().message).toStdString());
        REQUIRE(saved.ok());
        return saved.value();
    }

    QList<AssessmentRank> ranking(int year) const
    {
        auto ranked = service().ranking(year, kCaseworker);
        REQUIRE(ranked.ok());
        return ranked.value();
    }

    LiaisonAssessmentService service() const { return LiaisonAssessmentService(db.connection()); }

    TestDatabase db;
    qint64 mall = 0, market = 0, school = 0;
    AssessmentSheet sheet2025;
};

bool hasEvent(const QSqlDatabase &db, const QString &action)
{
    auto events = DeskEventRepository(db).latest(50);
    REQUIRE(events.ok());
    return std::any_of(events->cbegin(), events->cend(), [&](const DeskEvent &e) { return e.action == action; });
}

} // namespace

TEST_CASE("liaison assessment: the default sheet has 5 categories, 21 criteria and 100 points", "[liaison][assessment]")
{
    const AssessmentSheet sheet = defaultAssessmentSheet(2025);
    CHECK(sheet.categories.size() == 5);
    CHECK(sheet.criterionCount() == 21);
    CHECK(sheet.maxPoints() == 100);
    CHECK(sheet.categories.first().name == QStringLiteral("组织建设"));
    CHECK(LiaisonAssessmentService::checkSheet(sheet, fixedNow().date()).ok());

    AssessmentDesk desk;
    CHECK(desk.sheet2025.version == 1);
    CHECK(desk.sheet2025.criterionCount() == 21);
    CHECK(desk.sheet2025.categories.first().criteria.first().id > 0);
    CHECK(hasEvent(desk.db.connection(), QStringLiteral("liaison_sheet_copied")));
    // A year with a sheet cannot be copied over; a caseworker may not edit sheets.
    CHECK(desk.service().copySheet(2025, std::nullopt, kSupervisor, fixedNow()).error().code == ErrorCode::Conflict);
    CHECK(desk.service().copySheet(2026, std::nullopt, kCaseworker, fixedNow()).error().code == ErrorCode::Forbidden);
    auto years = desk.service().sheetYears(kCaseworker);
    REQUIRE(years.ok());
    CHECK(years.value() == QList<int>{2025});
}

TEST_CASE("liaison assessment: next year's sheet edited after scoring leaves last year's ranking as it was",
          "[liaison][assessment]")
{
    AssessmentDesk desk;
    desk.score(desk.scored(desk.mall, desk.sheet2025, 4));    // 4 points on each criterion
    desk.score(desk.scored(desk.market, desk.sheet2025, 3));
    const QList<AssessmentRank> before = desk.ranking(2025);
    REQUIRE(before.size() == 2);
    CHECK(before[0].pointId == desk.mall);
    CHECK(before[0].total == 82); // 21 criteria, 4 points each but two of 3 at most
    CHECK(before[1].total == 63);

    // 2026 starts as a copy of 2025 (the latest earlier year), then loses a category and
    // doubles a maximum.
    auto copied = desk.service().copySheet(2026, std::nullopt, kSupervisor, fixedNow());
    REQUIRE(copied.ok());
    CHECK(copied->criterionCount() == 21);
    CHECK(copied->categories.first().criteria.first().id != desk.sheet2025.categories.first().criteria.first().id);
    AssessmentSheet next = copied.value();
    next.categories.removeLast();
    next.categories.first().criteria.first().maxPoints = 8;
    next.categories.first().name = QStringLiteral("组织建设（含党建）");
    auto saved = desk.service().saveSheet(next, kSupervisor, fixedNow());
    INFO((saved ? QString() : saved.error().message).toStdString());
    REQUIRE(saved.ok());
    CHECK(saved->version == 2);
    CHECK(saved->categories.size() == 4);
    CHECK(saved->categories.first().id == next.categories.first().id); // renamed, same category
    CHECK(hasEvent(desk.db.connection(), QStringLiteral("liaison_sheet_saved")));

    // 2025 as it was: its sheet, its scores, its ranking.
    auto old = desk.service().sheet(2025, kCaseworker);
    REQUIRE(old.ok());
    CHECK(old->categories.size() == 5);
    CHECK(old->maxPoints() == 100);
    const QList<AssessmentRank> after = desk.ranking(2025);
    REQUIRE(after.size() == 2);
    CHECK(after[0].total == before[0].total);
    CHECK(after[1].total == before[1].total);
    CHECK(after[0].categoryPoints == before[0].categoryPoints);
    CHECK(desk.ranking(2026).isEmpty());

    // A stale save of 2026 (the version read before the save) is refused.
    CHECK(desk.service().saveSheet(next, kSupervisor, fixedNow()).error().code == ErrorCode::Conflict);
    // 2025's sheet cannot drop a criterion points were given on, nor lower a maximum below them.
    AssessmentSheet edited = old.value();
    edited.categories.last().criteria.removeFirst();
    auto removing = desk.service().saveSheet(edited, kSupervisor, fixedNow());
    REQUIRE_FALSE(removing.ok());
    CHECK(removing.error().message.contains(old->categories.last().criteria.first().name));
    edited = old.value();
    edited.categories.first().criteria.first().maxPoints = 2;
    CHECK(desk.service().saveSheet(edited, kSupervisor, fixedNow()).error().code == ErrorCode::InvalidInput);
    // Two criteria swapping names is fine.
    edited = old.value();
    std::swap(edited.categories[1].criteria[0].name, edited.categories[1].criteria[1].name);
    auto swapped = desk.service().saveSheet(edited, kSupervisor, fixedNow());
    INFO((swapped ? QString() : swapped.error().message).toStdString());
    REQUIRE(swapped.ok());
    CHECK(swapped->categories[1].criteria[0].name == old->categories[1].criteria[1].name);
    // 2026: the last category (nothing scored) removed and another renamed to its name by id.
    AssessmentSheet renamed = desk.service().sheet(2026, kSupervisor).value();
    const QString lastName = renamed.categories.last().name;
    renamed.categories.removeLast();
    renamed.categories.last().name = lastName;
    auto takenOver = desk.service().saveSheet(renamed, kSupervisor, fixedNow());
    INFO((takenOver ? QString() : takenOver.error().message).toStdString());
    REQUIRE(takenOver.ok());
    CHECK(takenOver->categories.last().name == lastName);
    CHECK(takenOver->categories.last().id == renamed.categories.last().id);
}

TEST_CASE("liaison assessment: scores over the maximum, negative or for an unknown criterion are refused",
          "[liaison][assessment]")
{
    AssessmentDesk desk;
    const AssessmentCriterion first = desk.sheet2025.categories.first().criteria.first();
    PointAssessment a;
    a.pointId = desk.mall;
    a.year = 2025;
    a.scores = {{first.id, first.maxPoints + 1, {}}};
    auto over = desk.service().score(a, kSupervisor, fixedNow());
    REQUIRE_FALSE(over.ok());
    CHECK(over.error().code == ErrorCode::InvalidInput);
    CHECK(over.error().message.contains(first.name));
    a.scores = {{first.id, -1, {}}};
    CHECK(desk.service().score(a, kSupervisor, fixedNow()).error().code == ErrorCode::InvalidInput);
    a.scores = {{999999, 1, {}}};
    CHECK(desk.service().score(a, kSupervisor, fixedNow()).error().message.contains(QStringLiteral("999999")));
    a.scores = {{first.id, 1, {}}, {first.id, 2, {}}};
    CHECK(desk.service().score(a, kSupervisor, fixedNow()).error().code == ErrorCode::InvalidInput);
    // A criterion of another year's sheet is unknown to this year's.
    REQUIRE(desk.service().copySheet(2026, 2025, kSupervisor, fixedNow()).ok());
    const qint64 of2026 = desk.service().sheet(2026, kSupervisor)->categories.first().criteria.first().id;
    a.scores = {{of2026, 1, {}}};
    CHECK(desk.service().score(a, kSupervisor, fixedNow()).error().code == ErrorCode::InvalidInput);
    // No sheet for 2024; not a caseworker's to score; not a year to come.
    a.scores = {{first.id, 1, {}}};
    a.year = 2024;
    CHECK(desk.service().score(a, kSupervisor, fixedNow()).error().code == ErrorCode::InvalidInput);
    a.year = 2025;
    CHECK(desk.service().score(a, kCaseworker, fixedNow()).error().code == ErrorCode::Forbidden);
    CHECK(rowCount(desk.db.connection(), QStringLiteral("liaison_assessments")) == 0);

    // A valid scoring with notes; a second save needs the version read.
    a.scores = {{first.id, first.maxPoints, QStringLiteral("挂牌规范")}};
    a.notes = QStringLiteral("实地检查，台账齐全。");
    const PointAssessment saved = desk.score(a);
    CHECK(saved.version == 1);
    CHECK(saved.total() == first.maxPoints);
    CHECK(saved.scoredBy == kSupervisor);
    CHECK(saved.scores.first().note == QStringLiteral("挂牌规范"));
    CHECK(hasEvent(desk.db.connection(), QStringLiteral("liaison_point_scored")));
    CHECK(desk.service().score(a, kSupervisor, fixedNow()).error().code == ErrorCode::Conflict);
    PointAssessment again = saved;
    again.scores.first().points = 1;
    CHECK(desk.score(again).version == 2);
    CHECK(desk.service().assessment(desk.mall, 2025, kCaseworker)->total() == 1);
}

TEST_CASE("liaison assessment: equal totals are ranked by the categories in the sheet's order", "[liaison][assessment]")
{
    AssessmentDesk desk;
    const AssessmentSheet &sheet = desk.sheet2025;
    const auto one = [&](qint64 point, int category, int criterion, int points) {
        PointAssessment a;
        a.pointId = point;
        a.year = 2025;
        a.scores = {{sheet.categories[category].criteria[criterion].id, points, {}}};
        return a;
    };
    // Market and mall both 4 points: the market's are in the first category (组织建设), the
    // mall's in the second. The school scores the same as the market in the same place: shared rank.
    desk.score(one(desk.mall, 1, 0, 4));
    desk.score(one(desk.market, 0, 0, 4));
    desk.score(one(desk.school, 0, 1, 4));
    const QList<AssessmentRank> ranked = desk.ranking(2025);
    REQUIRE(ranked.size() == 3);
    CHECK(ranked[0].rank == 1);
    CHECK(ranked[1].rank == 1);
    CHECK(ranked[2].rank == 3);
    CHECK(ranked[2].pointId == desk.mall);
    // Sharing rank 1: listed by name (天山 before 虹桥 in code-point order).
    CHECK(ranked[0].pointName == QStringLiteral("天山菜场联络点"));
    CHECK(ranked[0].categoryPoints == QList<int>{4, 0, 0, 0, 0});
    CHECK(ranked[2].categoryPoints == QList<int>{0, 4, 0, 0, 0});
}

TEST_CASE("liaison assessment: a model point marked for the year shows on the point and in the ranking; unmarked",
          "[liaison][assessment]")
{
    AssessmentDesk desk;
    // Only a point scored that year can be marked.
    CHECK(desk.service().markModel(desk.mall, 2025, {}, kSupervisor, fixedNow()).error().code == ErrorCode::InvalidInput);
    desk.score(desk.scored(desk.mall, desk.sheet2025, 5));
    CHECK(desk.service().markModel(desk.mall, 2025, {}, kCaseworker, fixedNow()).error().code == ErrorCode::Forbidden);
    auto marked = desk.service().markModel(desk.mall, 2025, {}, kSupervisor, fixedNow());
    INFO((marked ? QString() : marked.error().message).toStdString());
    REQUIRE(marked.ok());
    CHECK(marked->modelTitle == QStringLiteral("示范联络点"));
    CHECK(marked->modelYear == 2025);
    auto point = LiaisonPointService(desk.db.connection()).get(desk.mall, kCaseworker);
    REQUIRE(point.ok());
    CHECK(point->modelTitle == QStringLiteral("示范联络点"));
    CHECK(point->modelYear == 2025);
    CHECK(hasEvent(desk.db.connection(), QStringLiteral("liaison_point_changed")));
    const QList<AssessmentRank> ranked = desk.ranking(2025);
    REQUIRE(ranked.size() == 1);
    CHECK(ranked[0].model);

    // Another title; unmarking a year it does not hold is refused; unmarked.
    auto retitled = desk.service().markModel(desk.mall, 2025, QStringLiteral("五星级示范联络点"), kSupervisor, fixedNow());
    REQUIRE(retitled.ok());
    CHECK(retitled->modelTitle == QStringLiteral("五星级示范联络点"));
    CHECK(desk.service().unmarkModel(desk.mall, 2024, kSupervisor, fixedNow()).error().code == ErrorCode::InvalidInput);
    auto unmarked = desk.service().unmarkModel(desk.mall, 2025, kSupervisor, fixedNow());
    REQUIRE(unmarked.ok());
    CHECK(unmarked->modelTitle.isEmpty());
    CHECK(unmarked->modelYear == 0);
    CHECK_FALSE(desk.ranking(2025)[0].model);
}

TEST_CASE("liaison assessment: a merge keeps the kept point's score of a year both were scored in",
          "[liaison][assessment]")
{
    AssessmentDesk desk;
    desk.score(desk.scored(desk.mall, desk.sheet2025, 2));
    desk.score(desk.scored(desk.market, desk.sheet2025, 3));
    REQUIRE(LiaisonPointService(desk.db.connection()).merge(desk.mall, desk.market, kSupervisor, fixedNow()).ok());
    const QList<AssessmentRank> ranked = desk.ranking(2025);
    REQUIRE(ranked.size() == 1);
    CHECK(ranked[0].pointId == desk.mall);
    CHECK(ranked[0].total == 42);
    CHECK(rowCount(desk.db.connection(), QStringLiteral("liaison_assessments")) == 1);
}
