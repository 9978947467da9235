// Statistics on a fixture whose answers were worked out by hand (tests/support/stats_fixture.cpp).

#include "catch_qt.h"
#include "stats_fixture.h"
#include "test_support.h"

#include "followup/follow_up_service.h"
#include "stats/on_time.h"
#include "stats/report_content.h"
#include "stats/statistics_service.h"
#include "stats/stats_export.h"
#include "storage/calendar_repository.h"
#include "storage/deadline_rule_repository.h"
#include "storage/taxonomy_repository.h"

#include <QJsonArray>
#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace casedesk;
using namespace casedesk::test;

namespace {

StatisticsService serviceFor(const QSqlDatabase &db)
{
    auto service = StatisticsService::forUser(db, QStringLiteral("王主任"));
    REQUIRE(service.ok());
    return service.value();
}

QDateTime t(int y, int m, int d, int h = 10)
{
    return QDateTime(QDate(y, m, d), QTime(h, 0), QTimeZone(8 * 3600));
}

} // namespace

TEST_CASE("periods parse and step back across year boundaries", "[stats]")
{
    auto month = StatsPeriod::parse(QStringLiteral("2026-01"));
    REQUIRE(month);
    CHECK(month->from == QDate(2026, 1, 1));
    CHECK(month->to == QDate(2026, 1, 31));
    CHECK(month->previous() == StatsPeriod::month(2025, 12));
    CHECK(month->sameLastYear() == StatsPeriod::month(2025, 1));
    CHECK(month->code() == QStringLiteral("2026-01"));

    auto quarter = StatsPeriod::parse(QStringLiteral("2026-q1"));
    REQUIRE(quarter);
    CHECK(quarter->to == QDate(2026, 3, 31));
    CHECK(quarter->previous().from == QDate(2025, 10, 1));
    CHECK(quarter->previous().to == QDate(2025, 12, 31));
    CHECK(quarter->code() == QStringLiteral("2026-Q1"));

    auto year = StatsPeriod::parse(QStringLiteral("2026"));
    REQUIRE(year);
    CHECK(year->days() == 365);
    CHECK(year->previous() == StatsPeriod::year(2025));

    const StatsPeriod range = StatsPeriod::range(QDate(2026, 1, 1), QDate(2026, 1, 10));
    CHECK(range.previous().from == QDate(2025, 12, 22));
    CHECK(range.previous().to == QDate(2025, 12, 31));
    CHECK(StatsPeriod::range(QDate(2024, 2, 29), QDate(2024, 2, 29)).sameLastYear().from == QDate(2023, 2, 28));

    for (const char *bad : {"2026-13", "2026-Q5", "26", "2026-1-1", "", "abcd", "2026-00"})
        CHECK_FALSE(StatsPeriod::parse(QString::fromLatin1(bad)));
}

TEST_CASE("rates and changes never divide by zero", "[stats]")
{
    CHECK_FALSE(Rate{0, 0}.value());
    CHECK(formatPercent(Rate{0, 0}) == QStringLiteral("—"));
    CHECK(formatPercent(Rate{2, 3}) == QStringLiteral("66.7%"));
    CHECK(formatPercent(Rate{0, 5}) == QStringLiteral("0.0%"));
    CHECK_FALSE(relativeChange(5, 0));
    CHECK(formatChange(relativeChange(5, 0)) == QStringLiteral("—"));
    CHECK(formatChange(relativeChange(5, 4)) == QStringLiteral("+25.0%"));
    CHECK(formatChange(relativeChange(3, 4)) == QStringLiteral("−25.0%"));
    CHECK(formatChange(relativeChange(4, 4)) == QStringLiteral("0.0%"));
    CHECK(formatChange(relativeChange(0, 4)) == QStringLiteral("−100.0%"));
    CHECK_FALSE(pointChange(Rate{1, 2}, Rate{0, 0}));
    CHECK(*pointChange(Rate{3, 4}, Rate{1, 1}) == Approx(-0.25));
}

TEST_CASE("a case is on time when accepted and closed within the rule set's limits", "[stats]")
{
    DeadlineRuleSet set{1,
                        QStringLiteral("rules"),
                        QDate(2020, 1, 1),
                        {},
                        {{DeadlineKind::Accept, {}, 7, DeadlineUnit::WorkingDays},
                         {DeadlineKind::Mediation, {}, 45, DeadlineUnit::WorkingDays}}};
    const WorkingCalendar weekdays;
    // Thu 2026-01-08: the 7th working day after it is Mon 2026-01-19.
    FinishedCase c{t(2026, 1, 8), t(2026, 1, 19), t(2026, 1, 28), Channel::Phone};
    CHECK(finishedOnTime(c, {set}, weekdays) == true);
    c.acceptedAt = t(2026, 1, 20);
    CHECK(finishedOnTime(c, {set}, weekdays) == false);
    c.acceptedAt = {};
    CHECK_FALSE(finishedOnTime(c, {set}, weekdays));
    // Received before any rule set was in force: cannot be judged.
    CHECK_FALSE(finishedOnTime({t(2019, 5, 6), t(2019, 5, 7), t(2019, 5, 8), Channel::Phone}, {set}, weekdays));
}

TEST_CASE("every measure of January 2026, its 同比 and 环比, as worked out by hand", "[stats]")
{
    TestDatabase db;
    buildStatsFixture(db.connection());
    const StatisticsService stats = serviceFor(db.connection());
    auto summary = stats.summary(*StatsPeriod::parse(QStringLiteral("2026-01")));
    REQUIRE(summary.ok());
    const PeriodCounts &c = summary->current;
    CHECK(c.received == 5);
    CHECK(c.amountFen == 920000);
    CHECK(c.hotline == 2);
    CHECK(c.finished == 4); // C1, C2, C3, C6 (C5 was refused: not counted)
    CHECK(c.resolved == 3); // C1, C6 after agreement, C3 after enterprise settlement
    CHECK(c.recoveredFen == 380000);
    CHECK(c.agreements == 2);   // C1, C6
    CHECK(c.terminations == 1); // C2
    CHECK(c.onTimeChecked == 4);
    CHECK(c.onTime == 3); // C2 was accepted a day late
    CHECK(c.satisfied == 2);
    CHECK(c.basicallySatisfied == 1);
    CHECK(c.dissatisfied == 1); // C3's first attempt reached nobody and has no result

    CHECK(formatPercent(resolutionRate(c)) == QStringLiteral("75.0%"));
    CHECK(formatPercent(mediationSuccessRate(c)) == QStringLiteral("66.7%"));
    CHECK(formatPercent(onTimeRate(c)) == QStringLiteral("75.0%"));
    CHECK(formatPercent(satisfactionRate(c)) == QStringLiteral("75.0%"));

    // 环比 against December 2025 (across the year boundary): C6 and C7 received.
    CHECK(summary->previous.received == 2);
    CHECK(summary->previous.amountFen == 100000);
    CHECK(summary->previous.finished == 0);
    CHECK(formatChange(relativeChange(c.received, summary->previous.received)) == QStringLiteral("+150.0%"));
    CHECK_FALSE(resolutionRate(summary->previous).value());

    // 同比 against January 2025: C8–C11.
    const PeriodCounts &y = summary->lastYear;
    CHECK(y.received == 4);
    CHECK(y.amountFen == 120000);
    CHECK(y.hotline == 1);
    CHECK(y.finished == 1);
    CHECK(y.resolved == 1);
    CHECK(y.recoveredFen == 60000);
    CHECK(y.satisfied == 1);

    const QList<MeasureLine> lines = measureLines(summary.value());
    auto line = [&lines](const char *key) {
        for (const MeasureLine &l : lines) {
            if (l.key == QLatin1String(key))
                return l;
        }
        FAIL("no measure " << key);
        return MeasureLine{};
    };
    CHECK(line("received").value == QStringLiteral("5"));
    CHECK(line("received").yearOnYear == QStringLiteral("+25.0%"));
    CHECK(line("received").periodOnPeriod == QStringLiteral("+150.0%"));
    CHECK(line("amountFen").value == QStringLiteral("¥9,200.00"));
    CHECK(line("amountFen").yearOnYear == QStringLiteral("+666.7%"));
    CHECK(line("recoveredFen").value == QStringLiteral("¥3,800.00"));
    CHECK(line("recoveredFen").yearOnYear == QStringLiteral("+533.3%"));
    CHECK(line("recoveredFen").periodOnPeriod == QStringLiteral("—")); // nothing recovered in December
    CHECK(line("finished").yearOnYear == QStringLiteral("+300.0%"));
    CHECK(line("hotline").value == QStringLiteral("2"));
    CHECK(line("hotline").yearOnYear == QStringLiteral("+100.0%"));
    CHECK(line("resolutionRate").value == QStringLiteral("75.0%"));
    CHECK(line("resolutionRate").yearOnYear.startsWith(QStringLiteral("−25.0")));
    CHECK(line("resolutionRate").periodOnPeriod == QStringLiteral("—"));
    CHECK(line("mediationSuccessRate").yearOnYear.startsWith(QStringLiteral("−33.3")));
    CHECK(line("satisfactionRate").yearOnYear.startsWith(QStringLiteral("−25.0")));
}

TEST_CASE("an empty period has zero counts and undefined rates", "[stats]")
{
    TestDatabase db;
    buildStatsFixture(db.connection());
    auto summary = serviceFor(db.connection()).summary(StatsPeriod::month(2024, 7));
    REQUIRE(summary.ok());
    CHECK(summary->current.received == 0);
    CHECK(summary->current.amountFen == 0);
    for (const MeasureLine &line : measureLines(summary.value())) {
        CAPTURE(line.key);
        CHECK(line.yearOnYear == QStringLiteral("—"));
        CHECK(line.periodOnPeriod == QStringLiteral("—"));
        if (line.key.endsWith(QLatin1String("Rate")))
            CHECK(line.value == QStringLiteral("—"));
    }
}

TEST_CASE("filters narrow every measure", "[stats]")
{
    TestDatabase db;
    buildStatsFixture(db.connection());
    const StatisticsService stats = serviceFor(db.connection());
    const StatsPeriod january = StatsPeriod::month(2026, 1);

    StatsFilter xuhui;
    xuhui.district = QStringLiteral("徐汇区");
    auto c = stats.counts(january, xuhui);
    REQUIRE(c.ok());
    CHECK(c->received == 2);
    CHECK(c->amountFen == 600000);
    CHECK(c->finished == 2);
    CHECK(c->resolved == 1);

    StatsFilter zhang;
    zhang.caseworker = QStringLiteral("张强");
    c = stats.counts(january, zhang);
    REQUIRE(c.ok());
    CHECK(c->received == 1);
    CHECK(c->resolved == 1);
    CHECK(c->basicallySatisfied == 1);
    CHECK(c->satisfied == 0);

    StatsFilter hotline;
    hotline.channel = Channel::Hotline12345;
    c = stats.counts(january, hotline);
    REQUIRE(c.ok());
    CHECK(c->received == 2);
    CHECK(c->terminations == 1);

    StatsFilter gym;
    gym.categoryId = categoryIdByName(db.connection(), QStringLiteral("文化娱乐体育"));
    gym.businessId = 1;
    c = stats.counts(january, gym);
    REQUIRE(c.ok());
    CHECK(c->received == 3);
    CHECK(c->agreements == 2);
    CHECK(c->onTime == 2);

    StatsFilter street;
    street.street = QStringLiteral("新华路街道");
    c = stats.counts(january, street);
    REQUIRE(c.ok());
    CHECK(c->received == 3);
}

TEST_CASE("breakdowns, top businesses, hot industries and monthly series", "[stats]")
{
    TestDatabase db;
    buildStatsFixture(db.connection());
    const StatisticsService stats = serviceFor(db.connection());
    const StatsPeriod january = StatsPeriod::month(2026, 1);

    auto districts = stats.breakdown(StatsDimension::District, january);
    REQUIRE(districts.ok());
    REQUIRE(districts->size() == 2);
    CHECK(districts->at(0).label == QStringLiteral("长宁区"));
    CHECK(districts->at(0).received == 3);
    CHECK(districts->at(0).finished == 2); // C1 and C6
    CHECK(districts->at(0).resolved == 2);
    CHECK(formatPercent(shareOf(districts->at(0), districts.value())) == QStringLiteral("60.0%"));

    auto channels = stats.breakdown(StatsDimension::Channel, january);
    REQUIRE(channels.ok());
    REQUIRE(channels->size() == 3);
    CHECK(channels->at(2).key == QStringLiteral("phone"));
    CHECK(channels->at(2).received == 1);

    auto workers = stats.breakdown(StatsDimension::Caseworker, january);
    REQUIRE(workers.ok());
    CHECK(workers->at(0).key == QStringLiteral("李敏"));
    CHECK(workers->at(0).received == 4);
    CHECK(workers->at(0).finished == 3);

    auto natures = stats.breakdown(StatsDimension::Nature, january);
    REQUIRE(natures.ok());
    REQUIRE(natures->size() == 1);
    CHECK(natures->at(0).label == labelOf(Nature::Contract));

    auto streets = stats.breakdown(StatsDimension::Street, january);
    REQUIRE(streets.ok());
    CHECK(streets->at(0).label == QStringLiteral("长宁区新华路街道"));

    auto top = stats.topBusinesses(january, {}, 1);
    REQUIRE(top.ok());
    REQUIRE(top->size() == 1);
    CHECK(top->at(0).label == QStringLiteral("悦动健身"));
    CHECK(top->at(0).received == 3);

    // 文化娱乐体育: 3 against 3 (no growth); 家用电子电器: 2 against 1.
    auto hot = stats.hotIndustries(january);
    REQUIRE(hot.ok());
    REQUIRE(hot->size() == 1);
    CHECK(hot->at(0).label == QStringLiteral("Household electronics and appliances")); // the English UI's name
    CHECK(hot->at(0).growth() == 1);

    auto monthly = stats.monthlyReceived(2025);
    REQUIRE(monthly.ok());
    REQUIRE(monthly->size() == 12);
    CHECK(monthly->at(0) == 4);
    CHECK(monthly->at(11) == 2);
    CHECK(monthly->at(5) == 0);

    auto months = stats.monthlyCounts(2026, QDate(2026, 2, 10));
    REQUIRE(months.ok());
    REQUIRE(months->size() == 2);
    CHECK(months->at(0).counts.finished == 4);
    CHECK(months->at(1).counts.received == 0);

    auto quarter = stats.summary(StatsPeriod::quarter(2026, 1));
    REQUIRE(quarter.ok());
    CHECK(quarter->current.received == 5);
    CHECK(quarter->previous.received == 2); // 2025-Q4
    CHECK(quarter->lastYear.received == 4); // 2025-Q1
}

TEST_CASE("statistics need a user who may view them", "[stats]")
{
    TestDatabase db;
    buildStatsFixture(db.connection());
    auto nobody = StatisticsService::forUser(db.connection(), QStringLiteral("无此人"));
    REQUIRE_FALSE(nobody.ok());
    CHECK(nobody.error().code == ErrorCode::Forbidden);
    CHECK(StatisticsService::forUser(db.connection(), QStringLiteral("赵管理")).ok());
    auto anonymous = StatisticsService::forUser(db.connection(), QString());
    REQUIRE_FALSE(anonymous.ok());
    CHECK(anonymous.error().message.contains(QStringLiteral("say who you are")));
}

TEST_CASE("statistics as JSON and CSV", "[stats]")
{
    TestDatabase db;
    buildStatsFixture(db.connection());
    const StatisticsService stats = serviceFor(db.connection());
    auto summary = stats.summary(StatsPeriod::month(2026, 1));
    REQUIRE(summary.ok());
    const QJsonObject json = summaryToJson(summary.value());
    CHECK(json.value(QStringLiteral("period")).toObject().value(QStringLiteral("code")).toString() ==
          QStringLiteral("2026-01"));
    const QJsonObject current = json.value(QStringLiteral("current")).toObject();
    CHECK(current.value(QStringLiteral("received")).toInt() == 5);
    CHECK(current.value(QStringLiteral("recoveredFen")).toInteger() == 380000);
    CHECK(current.value(QStringLiteral("resolutionRate")).toDouble() == Approx(0.75));
    CHECK(json.value(QStringLiteral("yearOnYear")).toObject().value(QStringLiteral("received")).toDouble() ==
          Approx(0.25));
    CHECK(json.value(QStringLiteral("periodOnPeriod")).toObject().value(QStringLiteral("resolutionRate")).isNull());

    auto categories = stats.breakdown(StatsDimension::Category, StatsPeriod::month(2026, 1));
    REQUIRE(categories.ok());
    const QString csv = breakdownToCsv(StatsDimension::Category, categories.value());
    CHECK(csv.startsWith(QChar(0xFEFF)));
    // A name with commas is quoted.
    CHECK(csv.contains(QStringLiteral(",\"Culture, entertainment and sports\",3,60.0%,3200.00,2,2,100.0%\r\n")));
    CHECK(csv.contains(QStringLiteral(",Household electronics and appliances,2,40.0%,6000.00,2,1,50.0%\r\n")));
    CHECK(measuresToCsv(summary.value()).contains(QStringLiteral("received,")));
}

TEST_CASE("a report's content follows its period and filter", "[stats][report]")
{
    TestDatabase db;
    buildStatsFixture(db.connection());
    const QDateTime marked(QDate(2026, 1, 25), QTime(10, 0), QTimeZone(8 * 3600));
    REQUIRE(FollowUpService(db.connection())
                .markTypical(1, QStringLiteral("健身房闭店预付卡退费案"), QStringLiteral("调解后退费。"),
                             QStringLiteral("李敏"), marked)
                .ok());
    const StatisticsService stats = serviceFor(db.connection());
    auto all = buildReport(db.connection(), stats, StatsPeriod::month(2026, 1));
    REQUIRE(all.ok());
    CHECK(all->scope.isEmpty());
    CHECK(all->councilName == QStringLiteral("区消费者权益保护委员会"));
    REQUIRE(all->typicalCases.size() == 1);
    CHECK(all->typicalCaseCount == 1);
    CHECK(all->byCategory.size() == 2);
    CHECK(all->monthlyThisYear.at(0) == 5);
    CHECK(all->monthlyLastYear.at(0) == 4);
    CHECK(all->monthlyCounts.size() == 1);
    CHECK(all->measures.first().value == QStringLiteral("5"));

    StatsFilter xuhui;
    xuhui.district = QStringLiteral("徐汇区");
    xuhui.channel = Channel::Hotline12345;
    auto narrowed = buildReport(db.connection(), stats, StatsPeriod::month(2026, 1), xuhui);
    REQUIRE(narrowed.ok());
    CHECK(narrowed->scope == QStringLiteral("District: 徐汇区; Channel: 12345 hotline transfer"));
    CHECK(narrowed->typicalCases.isEmpty()); // the typical case is a 长宁区 business's
    CHECK(narrowed->summary.current.received == 2);

    auto february = buildReport(db.connection(), stats, StatsPeriod::month(2026, 2));
    REQUIRE(february.ok());
    CHECK(february->typicalCases.isEmpty());
}
