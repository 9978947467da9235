#include "catch_qt.h"
#include "test_support.h"

#include "demo/demo_generator.h"
#include "storage/sql_helpers.h"
#include "storage/user_repository.h"
#include "storage/warning_repository.h"
#include "warning/warning_rules.h"
#include "warning/warning_service.h"

#include <QSet>

using namespace casedesk;
using namespace casedesk::test;

namespace {

const QDate kStart(2026, 1, 1);

// A steady trickle (one complaint every `every` days over `days`), plus extra complaints on given days.
QList<DayCount> history(int days, int every, const QList<std::pair<int, DayCount>> &extra = {})
{
    QMap<int, DayCount> byOffset;
    for (int d = 0; d < days; d += every)
        byOffset[d] = {kStart.addDays(d), 1, 0};
    for (const auto &[offset, count] : extra) {
        DayCount &day = byOffset[offset];
        day.day = kStart.addDays(offset);
        day.complaints += count.complaints;
        day.prepaid += count.prepaid;
    }
    return byOffset.values();
}

QList<WarningRun> runsAfter(const QList<WarningRun> &runs, int offset)
{
    QList<WarningRun> later;
    for (const WarningRun &run : runs) {
        if (run.firstDay > kStart.addDays(offset))
            later.append(run);
    }
    return later;
}

DayCount plain(int n) { return {QDate(), n, 0}; }
DayCount prepaid(int n) { return {QDate(), n, n}; }

} // namespace

TEST_CASE("a sudden run alerts and near misses do not", "[warning]")
{
    // The example: 5 in 7 days and 3x the 90-day level; a prepaid complaint counts 1.5.
    WarningRule rule;
    rule.minCount = 5;
    rule.ratioPercent = 300;
    SECTION("five complaints in a week against a quiet business")
    {
        const auto runs = detectRuns(rule, history(200, 1000, {{150, plain(2)}, {152, plain(2)}, {156, plain(1)}}));
        REQUIRE(runs.size() == 1);
        CHECK(runs.first().firstDay == kStart.addDays(156));
        CHECK(runs.first().complaints == 5);
    }
    SECTION("four in a week is a near miss")
    {
        CHECK(detectRuns(rule, history(200, 1000, {{150, plain(2)}, {152, plain(2)}})).isEmpty());
    }
    SECTION("five spread over eight days is a near miss")
    {
        CHECK(detectRuns(rule, history(200, 1000, {{150, plain(3)}, {157, plain(2)}})).isEmpty());
    }
    SECTION("prepaid complaints weigh more: four prepaid ones are enough")
    {
        const auto runs = detectRuns(rule, history(200, 1000, {{150, prepaid(2)}, {153, prepaid(2)}}));
        REQUIRE(runs.size() == 1);
        CHECK(runs.first().prepaid == 4);
        CHECK(runs.first().scorePercent == 600);
        // Three prepaid complaints (4.5) are a near miss.
        CHECK(detectRuns(rule, history(200, 1000, {{150, prepaid(2)}, {153, prepaid(1)}})).isEmpty());
    }
    SECTION("a big business with a steady load does not alert until it triples")
    {
        // Two a day for months: 14 a week is its usual level.
        QList<std::pair<int, DayCount>> steady;
        for (int d = 0; d < 200; ++d)
            steady.append({d, plain(1)});
        // (Its first week, with no usual level yet, alerts like any new business swamped at once.)
        CHECK(runsAfter(detectRuns(rule, history(200, 1, steady)), 100).isEmpty());
        // 14 a week → 40 in one week is below 3x (42): still a near miss.
        QList<std::pair<int, DayCount>> almost = steady;
        almost.append({190, plain(26)});
        CHECK(runsAfter(detectRuns(rule, history(200, 1, almost)), 100).isEmpty());
        QList<std::pair<int, DayCount>> tripled = steady;
        tripled.append({190, plain(30)});
        const auto found = runsAfter(detectRuns(rule, history(200, 1, tripled)), 100);
        REQUIRE(found.size() == 1);
        CHECK(found.first().firstDay == kStart.addDays(190));
    }
    SECTION("a run over many days is one alert; two runs months apart are two")
    {
        QList<std::pair<int, DayCount>> runs;
        for (int d = 100; d < 112; ++d)
            runs.append({d, plain(3)});
        runs.append({400, plain(6)});
        const auto found = detectRuns(rule, history(500, 1000, runs));
        REQUIRE(found.size() == 2);
        CHECK(found.at(0).firstDay == kStart.addDays(101));
        CHECK(found.at(0).lastDay == kStart.addDays(111));
        CHECK(found.at(1).firstDay == kStart.addDays(400));
    }
    SECTION("a pure count rule (ratio 0) alerts on the count alone")
    {
        WarningRule count = rule;
        count.ratioPercent = 0;
        QList<std::pair<int, DayCount>> steady;
        for (int d = 0; d < 30; ++d)
            steady.append({d, plain(1)});
        CHECK_FALSE(detectRuns(count, history(30, 1000, steady)).isEmpty());
    }
    SECTION("a run in the records' first week has no usual level to compare with")
    {
        CHECK(detectRuns(rule, history(200, 1000, {{2, plain(9)}})).isEmpty());
        CHECK(detectRuns(rule, history(200, 1000, {{2, plain(9)}}), kStart.addDays(-30)).size() == 1);
        // Early on the usual level is the average over the days observed so far.
        QList<std::pair<int, DayCount>> early;
        for (int d = 0; d < 20; ++d)
            early.append({d, plain(1)}); // one a day: 7 a week
        early.append({25, plain(12)});   // 13 in that week: below 3 x 7 = 21
        CHECK(detectRuns(rule, history(200, 1000, early)).isEmpty());
    }
    SECTION("rules are checked")
    {
        WarningRule bad = rule;
        bad.windowDays = 0;
        CHECK_FALSE(validateWarningRule(bad).ok());
        bad = rule;
        bad.prepaidWeightPercent = 50;
        CHECK_FALSE(validateWarningRule(bad).ok());
        bad = rule;
        bad.name = QStringLiteral("  ");
        CHECK_FALSE(validateWarningRule(bad).ok());
    }
}

TEST_CASE("with the demo data the alerts name the businesses with sudden runs and no others", "[warning][demo]")
{
    for (const auto &options : {DemoOptions{2000, 20261123, QDate(2026, 6, 1)}, DemoOptions{8000, 7, QDate(2026, 6, 1)},
                                DemoOptions{20000, 7, QDate(2026, 6, 1)}}) {
        CAPTURE(options.cases);
        TestDatabase db;
        auto summary = generateDemoData(db.connection(), options);
        REQUIRE(summary.ok());
        REQUIRE_FALSE(summary->burstBusinesses.isEmpty());
        auto alerts = WarningService(db.connection()).alerts(true);
        REQUIRE(alerts.ok());
        QSet<QString> alerted;
        for (const WarningAlert &alert : alerts.value())
            alerted.insert(alert.businessName);
        const QSet<QString> expected(summary->burstBusinesses.cbegin(), summary->burstBusinesses.cend());
        CHECK(alerted == expected);
    }
}

TEST_CASE("an alert can be acknowledged and rules are edited by those who manage directories", "[warning]")
{
    TestDatabase db;
    const QSqlDatabase c = db.connection();
    auto summary = generateDemoData(c, DemoOptions{2000, 3, QDate(2026, 6, 1)});
    REQUIRE(summary.ok());
    REQUIRE(UserRepository(c).add(QStringLiteral("李敏"), Role::Caseworker, fixedNow()).ok());
    REQUIRE(UserRepository(c).add(QStringLiteral("王主任"), Role::Supervisor, fixedNow()).ok());
    WarningService warnings(c);
    auto open = warnings.alerts();
    REQUIRE(open.ok());
    REQUIRE_FALSE(open->isEmpty());
    const int before = warnings.unacknowledgedCount().value();
    const WarningAlert first = open->first();
    REQUIRE(warnings.acknowledge(first.key, QStringLiteral("已电话联系经营者"), QStringLiteral("李敏"), fixedNow()).ok());
    CHECK(warnings.unacknowledgedCount().value() == before - 1);
    auto all = warnings.alerts(true);
    REQUIRE(all.ok());
    const auto seen = std::find_if(all->cbegin(), all->cend(), [&](const WarningAlert &a) { return a.key == first.key; });
    REQUIRE(seen != all->cend());
    CHECK(seen->acknowledged);
    CHECK(seen->acknowledgedBy == QStringLiteral("李敏"));
    CHECK(warnings.acknowledge(QStringLiteral("9-9-20200101"), {}, QStringLiteral("李敏"), fixedNow()).error().code ==
          ErrorCode::NotFound);

    auto rules = warnings.rules();
    REQUIRE(rules.ok());
    WarningRule strict = rules->first();
    strict.minCount = 1000;
    CHECK(warnings.saveRule(strict, QStringLiteral("李敏")).error().code == ErrorCode::Forbidden);
    REQUIRE(warnings.saveRule(strict, QStringLiteral("王主任")).ok());
    CHECK(warnings.alerts(true)->isEmpty());
}

namespace {

// The kept counts, cell by cell, against the same counts grouped from every case.
void checkStoredCounts(const QSqlDatabase &db)
{
    auto fromCases = WarningRepository(db).dailyCounts();
    REQUIRE(fromCases.ok());
    QStringList expected;
    for (auto it = fromCases->cbegin(); it != fromCases->cend(); ++it) {
        for (const DayCount &d : it.value())
            expected << QStringLiteral("%1 %2 %3 %4").arg(it.key()).arg(d.day.toString(Qt::ISODate)).arg(d.complaints).arg(d.prepaid);
    }
    auto q = runQuery(db, QStringLiteral("SELECT business_id, day, complaints, prepaid FROM business_day_counts"));
    REQUIRE(q.ok());
    QStringList stored;
    while (q->next())
        stored << QStringLiteral("%1 %2 %3 %4").arg(q->value(0).toLongLong()).arg(q->value(1).toString()).arg(q->value(2).toInt()).arg(q->value(3).toInt());
    expected.sort();
    stored.sort();
    CHECK(stored.size() == expected.size());
    CHECK(stored == expected);
}

QList<qint64> firstColumnOf(const QSqlDatabase &db, const QString &sql)
{
    auto q = runQuery(db, sql);
    REQUIRE(q.ok());
    QList<qint64> values;
    while (q->next())
        values << q->value(0).toLongLong();
    return values;
}

void checkAlertsEqual(const QSqlDatabase &db)
{
    WarningService service(db);
    for (bool all : {false, true}) {
        auto stored = service.alerts(all);
        auto computed = service.alertsFromCases(all);
        REQUIRE(stored.ok());
        REQUIRE(computed.ok());
        QStringList a, b;
        for (const WarningAlert &x : stored.value())
            a << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8").arg(x.key, x.businessName, x.run.lastDay.toString(Qt::ISODate)).arg(x.run.complaints).arg(x.run.prepaid).arg(x.run.scorePercent).arg(x.run.baselinePercent).arg(x.acknowledged);
        for (const WarningAlert &x : computed.value())
            b << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8").arg(x.key, x.businessName, x.run.lastDay.toString(Qt::ISODate)).arg(x.run.complaints).arg(x.run.prepaid).arg(x.run.scorePercent).arg(x.run.baselinePercent).arg(x.acknowledged);
        CHECK(a == b); // the same alerts in the same order
    }
}

} // namespace

TEST_CASE("alerts from the kept daily counts equal alerts computed from every case", "[warning][stored]")
{
    TestDatabase db;
    const QSqlDatabase c = db.connection();
    auto summary = generateDemoData(c, DemoOptions{4000, 7, QDate(2026, 6, 1), HashCost::CheapForTests});
    REQUIRE(summary.ok());
    checkStoredCounts(c);
    // The demo's businesses are to be looked at (all at once where the demo counted the days
    // anew); once the alerts have been asked for, none is, and the runs are kept.
    const QString noted = QStringLiteral("SELECT business_id FROM warning_dirty ORDER BY business_id");
    CHECK_FALSE(firstColumnOf(c, noted).isEmpty());
    checkAlertsEqual(c);
    CHECK(firstColumnOf(c, noted).isEmpty());
    CHECK(rowCount(c, QStringLiteral("warning_runs")) > 0);
    auto some = WarningService(c).alerts();
    REQUIRE(some.ok());
    CHECK_FALSE(some->isEmpty());

    // A looser rule, so that many businesses are near its floor.
    const QString supervisor =
        queryScalar(c, QStringLiteral("SELECT name FROM users WHERE role = 'supervisor' LIMIT 1"))->toString();
    WarningRule loose;
    loose.name = QStringLiteral("宽松");
    loose.windowDays = 5;
    loose.minCount = 3;
    loose.baselineDays = 30;
    loose.ratioPercent = 200;
    loose.prepaidWeightPercent = 300;
    REQUIRE(WarningService(c).saveRule(loose, supervisor).ok());
    CHECK(firstColumnOf(c, noted) == QList<qint64>{0}); // a new rule: every business again
    checkAlertsEqual(c);

    // Cases registered, moved to another business and day, given a card, the card moved and
    // removed, a case removed: each through the triggers.
    const qint64 busiest = queryScalar(c, QStringLiteral("SELECT business_id FROM complaints GROUP BY business_id "
                                                         "ORDER BY count(*) DESC LIMIT 1"))->toLongLong();
    const QString copy = QStringLiteral(
        "INSERT INTO complaints(consumer_id, business_id, channel, platform_ref, category_id, nature, amount_fen, "
        "demand, facts, incident_date, received_at, status, assignee, case_number, version, created_at, updated_at) "
        "SELECT consumer_id, ?, channel, platform_ref, category_id, nature, amount_fen, demand, facts, incident_date, "
        "?, 'registered', assignee, case_number || ?, 1, created_at, updated_at FROM complaints WHERE id = 1");
    QList<qint64> added;
    for (int i = 0; i < 12; ++i) {
        auto inserted = runQuery(c, copy, {busiest, QStringLiteral("2026-05-2%1T10:00:00+08:00").arg(i % 4),
                                           QStringLiteral("-t%1").arg(i)});
        INFO((inserted.ok() ? QString() : inserted.error().message).toStdString());
        REQUIRE(inserted.ok());
        added << inserted->lastInsertId().toLongLong();
    }
    CHECK(firstColumnOf(c, noted) == QList<qint64>{busiest}); // only the business that changed
    const QString card = QStringLiteral("INSERT INTO prepaid_cards(complaint_id, card_type, updated_at) "
                                        "VALUES (?, 'stored_value', '2026-05-20T10:00:00+08:00')");
    for (int i = 0; i < 6; ++i)
        REQUIRE(runQuery(c, card, {added.at(i)}).ok());
    checkStoredCounts(c);
    checkAlertsEqual(c);
    execOrFail(c, QStringLiteral("UPDATE complaints SET business_id = business_id + 1, received_at = "
                                 "'2026-05-30T08:00:00+08:00' WHERE id IN (%1, %2)").arg(added.at(0)).arg(added.at(7)));
    execOrFail(c, QStringLiteral("UPDATE complaints SET received_at = '2026-05-29T23:59:00+08:00' WHERE id = %1").arg(added.at(1)));
    execOrFail(c, QStringLiteral("UPDATE complaints SET amount_fen = amount_fen + 1 WHERE id = %1").arg(added.at(2)));
    execOrFail(c, QStringLiteral("UPDATE prepaid_cards SET complaint_id = %1 WHERE complaint_id = %2").arg(added.at(8)).arg(added.at(3)));
    execOrFail(c, QStringLiteral("DELETE FROM prepaid_cards WHERE complaint_id = %1").arg(added.at(4)));
    checkStoredCounts(c);
    execOrFail(c, QStringLiteral("DELETE FROM prepaid_cards WHERE complaint_id = %1").arg(added.at(5)));
    execOrFail(c, QStringLiteral("DELETE FROM case_deadlines WHERE case_id IN (%1, %2)").arg(added.at(5)).arg(added.at(9)));
    execOrFail(c, QStringLiteral("DELETE FROM complaints WHERE id IN (%1, %2)").arg(added.at(5)).arg(added.at(9)));
    checkStoredCounts(c);
    checkAlertsEqual(c);
}
