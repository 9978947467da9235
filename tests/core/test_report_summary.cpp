// The two resolution rates (published 投诉解决率 and CaseDesk's 办结解决率), received against
// accepted, and the report's written summary, on the hand-worked fixture (stats_fixture.cpp).

#include "catch_qt.h"
#include "stats_fixture.h"
#include "test_support.h"

#include "demo/demo_generator.h"
#include "stats/report_content.h"
#include "stats/report_summary.h"
#include "stats/statistics_service.h"
#include "stats/stats_export.h"
#include "warning/warning_service.h"

#include <QJsonObject>

using namespace casedesk;
using namespace casedesk::test;

namespace {

StatisticsService serviceFor(const QSqlDatabase &db, StatsSource source = StatsSource::Summaries)
{
    auto service = StatisticsService::forUser(db, QStringLiteral("王主任"), source);
    REQUIRE(service.ok());
    return service.value();
}

MeasureLine lineOf(const QList<MeasureLine> &lines, const QString &key)
{
    for (const MeasureLine &line : lines) {
        if (line.key == key)
            return line;
    }
    FAIL("no measure " << key.toStdString());
    return {};
}

} // namespace

TEST_CASE("received and accepted are counted apart, and both resolution rates are given", "[stats][report]")
{
    TestDatabase db;
    buildStatsFixture(db.connection());
    // January 2026: C1–C5 received; C4 still waits for the decision and C5 was refused, so 3
    // were accepted. Closed in January: C1, C2, C3 and C6 (received in December); resolved: C1,
    // C3, C6. December 2025: C6 accepted, C7 waiting. January 2025: only C8 accepted, resolved.
    for (StatsSource source : {StatsSource::Summaries, StatsSource::Live}) {
        CAPTURE(int(source));
        auto summary = serviceFor(db.connection(), source).summary(StatsPeriod::month(2026, 1));
        REQUIRE(summary.ok());
        const PeriodCounts &now = summary->current;
        CHECK(now.received == 5);
        CHECK(now.accepted() == 3);
        CHECK(now.notAccepted == 2);
        CHECK(complaintResolutionRate(now).part == 3);
        CHECK(complaintResolutionRate(now).whole == 3);
        CHECK(resolutionRate(now).whole == 4);
        CHECK(summary->previous.accepted() == 1);
        CHECK(summary->lastYear.accepted() == 1);

        const QList<MeasureLine> lines = measureLines(summary.value());
        CHECK(lineOf(lines, QStringLiteral("received")).value == QStringLiteral("5"));
        CHECK(lineOf(lines, QStringLiteral("accepted")).value == QStringLiteral("3"));
        CHECK(lineOf(lines, QStringLiteral("accepted")).yearOnYear == QStringLiteral("+200.0%"));
        CHECK(lineOf(lines, QStringLiteral("complaintResolutionRate")).value == QStringLiteral("100.0%"));
        CHECK(lineOf(lines, QStringLiteral("complaintResolutionRate")).yearOnYear == QStringLiteral("0.0 pp"));
        CHECK(lineOf(lines, QStringLiteral("complaintResolutionRate")).periodOnPeriod == QStringLiteral("+100.0 pp"));
        CHECK(lineOf(lines, QStringLiteral("resolutionRate")).value == QStringLiteral("75.0%"));
        CHECK(lineOf(lines, QStringLiteral("resolutionRate")).yearOnYear == QStringLiteral("−25.0 pp"));

        // Side by side in the JSON too.
        const QJsonObject json = summaryToJson(summary.value());
        const QJsonObject current = json.value(QStringLiteral("current")).toObject();
        CHECK(current.value(QStringLiteral("accepted")).toInt() == 3);
        CHECK(current.value(QStringLiteral("complaintResolutionRate")).toDouble() == Approx(1.0));
        CHECK(current.value(QStringLiteral("resolutionRate")).toDouble() == Approx(0.75));
    }
    // A district: 长宁区 (B1) received C1, C4, C5 in January; only C1 was accepted, and C1 and C6
    // were resolved there.
    StatsFilter changning;
    changning.district = QStringLiteral("长宁区");
    auto district = serviceFor(db.connection()).counts(StatsPeriod::month(2026, 1), changning);
    REQUIRE(district.ok());
    CHECK(district->received == 3);
    CHECK(district->accepted() == 1);
    CHECK(formatPercent(complaintResolutionRate(district.value())) == QStringLiteral("200.0%"));
}

TEST_CASE("the report's summary states the figures its tables show", "[stats][report]")
{
    TestDatabase db;
    buildStatsFixture(db.connection());
    const StatisticsService stats = serviceFor(db.connection());
    auto content = buildReport(db.connection(), stats, StatsPeriod::month(2026, 1));
    REQUIRE(content.ok());
    const QStringList paragraphs = content->summaryParagraphs;
    REQUIRE(paragraphs.size() == 4);
    const QString text = paragraphs.join(QLatin1Char('\n'));
    CAPTURE(text);

    // Every headline figure the summary speaks of, as the headline table shows it.
    for (const char *key : {"received", "accepted", "amountFen", "recoveredFen", "complaintResolutionRate",
                            "resolutionRate", "satisfactionRate", "onTimeRate", "mediationSuccessRate"}) {
        CAPTURE(key);
        CHECK(text.contains(lineOf(content->measures, QLatin1String(key)).value));
    }
    // Their changes: the same figures, the sign said in words.
    CHECK(paragraphs.at(0).contains(QStringLiteral(": 5, up 25.0% year on year and up 150.0% against")));
    CHECK(paragraphs.at(0).contains(QStringLiteral("Accepted: 3; refused, returned or still awaiting the decision: 2.")));
    CHECK(paragraphs.at(0).contains(QStringLiteral("Amount involved: ¥9,200.00")));
    CHECK(paragraphs.at(0).contains(QStringLiteral("on the cases closed (4): ¥3,800.00")));
    CHECK(paragraphs.at(2).contains(QStringLiteral("75.0% (3 of 4), down 25.0 pp year on year")));
    CHECK(paragraphs.at(2).contains(QStringLiteral("Complaint resolution rate (resolved ÷ accepted")));

    // The top categories with their counts and shares as in the category table: 文化娱乐体育 3
    // (60.0%), 家用电子电器 2 (40.0%); a year earlier 3 and 1.
    REQUIRE(content->byCategory.size() == 2);
    const QString top = paragraphs.at(1);
    CHECK(top.contains(QStringLiteral("(top 2 by number of complaints)")));
    for (const BreakdownRow &row : content->byCategory) {
        CAPTURE(row.label);
        CHECK(top.contains(QStringLiteral("%1 with %2 (%3 of all")
                               .arg(row.label)
                               .arg(row.received)
                               .arg(formatPercent(Rate{row.received, content->summary.current.received}))));
    }
    CHECK(top.contains(QStringLiteral("(60.0% of all, unchanged year on year)"))); // 3 against 3
    CHECK(top.contains(QStringLiteral("(40.0% of all, up 100.0% year on year)"))); // 2 against 1
    CHECK(top.contains(QStringLiteral("grew most against the same period last year was"))); // 家用电子电器
    CHECK(paragraphs.at(3).contains(QStringLiteral("No sudden run")));

    // Edited text comes back as the paragraphs it was typed as.
    CHECK(summaryFromText(summaryToText(paragraphs)) == paragraphs);
    CHECK(summaryFromText(QStringLiteral("  One.\n\n\n Two\nlines. \n \n")) ==
          QStringList{QStringLiteral("One."), QStringLiteral("Two lines.")});
}

TEST_CASE("the summary names the sudden runs of complaints of the period", "[stats][report][warning]")
{
    TestDatabase db;
    REQUIRE(generateDemoData(db.connection(), DemoOptions{2000, 3, QDate(2026, 6, 1), HashCost::CheapForTests}).ok());
    addTestUser(db.connection(), QStringLiteral("王主任"), Role::Supervisor);
    auto alerts = WarningService(db.connection()).alerts(true);
    REQUIRE(alerts.ok());
    REQUIRE_FALSE(alerts->isEmpty());
    const WarningAlert &alert = alerts->first();
    const StatsPeriod month = StatsPeriod::month(alert.run.lastDay.year(), alert.run.lastDay.month());
    auto content = buildReport(db.connection(), serviceFor(db.connection()), month);
    REQUIRE(content.ok());
    CHECK(content->alertCount >= 1);
    REQUIRE(content->summaryParagraphs.size() == 4);
    CHECK(content->summaryParagraphs.at(3).contains(alert.businessName));
    CHECK(content->summaryParagraphs.at(3).contains(QStringLiteral("(early warning): %1,").arg(content->alertCount)));

    // A month long before any run: none named.
    auto quiet = buildReport(db.connection(), serviceFor(db.connection()), StatsPeriod::month(2023, 7));
    REQUIRE(quiet.ok());
    CHECK(quiet->alertCount == 0);
    CHECK(quiet->summaryParagraphs.at(3).startsWith(QStringLiteral("No sudden run")));
}
