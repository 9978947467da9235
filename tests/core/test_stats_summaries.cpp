// The statistics summaries (schema v12) against the live count: after any change, the
// figures read from the summaries equal those counted from the cases, and the stored
// summaries equal a full recount.

#include "catch_qt.h"
#include "test_support.h"

#include "demo/demo_generator.h"
#include "followup/follow_up_service.h"
#include "stats/statistics_service.h"
#include "stats/stats_summary_counter.h"
#include "stats/stats_summary_reader.h"
#include "storage/engine.h"
#include "workflow/case_transition_service.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace casedesk;
using namespace casedesk::test;

namespace {

const QString kSupervisor = QStringLiteral("王主任");

QString describe(const PeriodCounts &c)
{
    return QStringLiteral("received %1 amount %2 hotline %3 finished %4 resolved %5 recovered %6 onTime %7/%8 "
                          "agreements %9 terminations %10 satisfied %11/%12/%13 not accepted %14")
        .arg(c.received)
        .arg(c.amountFen)
        .arg(c.hotline)
        .arg(c.finished)
        .arg(c.resolved)
        .arg(c.recoveredFen)
        .arg(c.onTime)
        .arg(c.onTimeChecked)
        .arg(c.agreements)
        .arg(c.terminations)
        .arg(c.satisfied)
        .arg(c.basicallySatisfied)
        .arg(c.dissatisfied)
        .arg(c.notAccepted);
}

QStringList describe(const QList<BreakdownRow> &rows)
{
    QStringList lines;
    for (const BreakdownRow &r : rows)
        lines << QStringLiteral("%1|%2|%3|%4|%5|%6")
                     .arg(r.key, r.label)
                     .arg(r.received)
                     .arg(r.amountFen)
                     .arg(r.finished)
                     .arg(r.resolved);
    return lines;
}

// Every statistic the dashboard and the reports read, from the summaries and live, for
// months, quarters and years of the demo's span, for everyone and per district.
void requireRefreshed(const QSqlDatabase &db)
{
    auto refreshed = StatsSummaryCounter(db).refresh();
    INFO((refreshed ? QString() : refreshed.error().message).toStdString());
    REQUIRE(refreshed.ok());
}

void requireSummariesEqualLive(const QSqlDatabase &db)
{
    // Brought up to date here, so that the service below reads the summaries (it would
    // count live if it could not).
    requireRefreshed(db);
    auto summaries = StatisticsService::forUser(db, kSupervisor);
    auto live = StatisticsService::forUser(db, kSupervisor, StatsSource::Live);
    REQUIRE(summaries.ok());
    REQUIRE(live.ok());
    QList<StatsFilter> filters{StatsFilter{}};
    auto districts = live->districts();
    REQUIRE(districts.ok());
    for (const QString &district : districts->mid(0, 3)) {
        StatsFilter f;
        f.district = district;
        filters << f;
    }
    QList<StatsPeriod> periods;
    for (int year = 2024; year <= 2026; ++year)
        periods << StatsPeriod::year(year) << StatsPeriod::quarter(year, 2) << StatsPeriod::month(year, 1)
                << StatsPeriod::month(year, 6);
    for (const StatsFilter &filter : filters) {
        for (const StatsPeriod &period : periods) {
            INFO(period.code().toStdString() << " district " << filter.district.toStdString());
            auto a = summaries->counts(period, filter);
            auto b = live->counts(period, filter);
            REQUIRE(a.ok());
            REQUIRE(b.ok());
            REQUIRE(describe(a.value()) == describe(b.value()));
            for (StatsDimension dimension : allStatsDimensions()) {
                INFO("dimension " << codeOf(dimension).toStdString());
                auto x = summaries->breakdown(dimension, period, filter);
                auto y = live->breakdown(dimension, period, filter);
                REQUIRE(x.ok());
                REQUIRE(y.ok());
                REQUIRE(describe(x.value()) == describe(y.value()));
            }
            auto top = summaries->topBusinesses(period, filter, 5);
            auto topLive = live->topBusinesses(period, filter, 5);
            REQUIRE(top.ok());
            REQUIRE(topLive.ok());
            REQUIRE(describe(top.value()) == describe(topLive.value()));
        }
        for (int year = 2024; year <= 2026; ++year) {
            auto a = summaries->monthlyReceived(year, filter);
            auto b = live->monthlyReceived(year, filter);
            REQUIRE(a.ok());
            REQUIRE(b.ok());
            REQUIRE(a.value() == b.value());
        }
    }
}

// A whole table, row by row, in `order`.
QStringList tableRows(const QSqlDatabase &db, const QString &table, const QString &order)
{
    QSqlQuery q(db);
    REQUIRE(q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY %2").arg(table, order)));
    QStringList rows;
    while (q.next()) {
        QStringList fields;
        for (int i = 0; i < q.record().count(); ++i)
            fields << q.value(i).toString();
        rows << fields.join(QLatin1Char('|'));
    }
    return rows;
}

// The whole summary table, row by row.
QStringList summaryTable(const QSqlDatabase &db)
{
    return tableRows(db, QStringLiteral("stats_summary"), QStringLiteral("period, dimension, district, key"));
}

// What the triggers kept, brought up to date, equals counting everything again.
void requireRefreshEqualsFullRecount(const QSqlDatabase &db)
{
    StatsSummaryCounter counter(db);
    requireRefreshed(db);
    CHECK_FALSE(counter.isStale().value());
    const QStringList kept = summaryTable(db);
    REQUIRE(counter.recountAll().ok());
    const QStringList recounted = summaryTable(db);
    CHECK(kept.size() == recounted.size());
    REQUIRE(kept == recounted);
}

void buildDemo(TestDatabase &db)
{
    auto demo = generateDemoData(db.connection(), DemoOptions{800, 17, QDate(2026, 6, 30), HashCost::CheapForTests});
    INFO((demo ? QString() : demo.error().message).toStdString());
    REQUIRE(demo.ok());
    addTestUser(db.connection(), kSupervisor, Role::Supervisor);
}

// Makes the weekdays from `first` to `last` days off (a caseworker's setting).
void setDaysOff(const QSqlDatabase &db, QDate first, QDate last)
{
    for (QDate d = first; d <= last; d = d.addDays(1)) {
        if (d.dayOfWeek() > 5)
            continue;
        execOrFail(db, QStringLiteral("DELETE FROM calendar_days WHERE day = '%1'").arg(d.toString(Qt::ISODate)));
        execOrFail(db, QStringLiteral("INSERT INTO calendar_days(day, working, name, source) VALUES"
                                      " ('%1', 0, '测试', 'edited')")
                           .arg(d.toString(Qt::ISODate)));
    }
}

// The on-time count of `year`, read from the summaries.
qint64 onTimeIn(const QSqlDatabase &db, int year)
{
    auto stats = StatisticsService::forUser(db, kSupervisor);
    REQUIRE(stats.ok());
    auto counts = stats->counts(StatsPeriod::year(year), {});
    REQUIRE(counts.ok());
    return counts->onTime;
}

qint64 someCase(const QSqlDatabase &db, const QString &where)
{
    QSqlQuery q(db);
    REQUIRE(q.exec(QStringLiteral("SELECT id FROM complaints WHERE %1 ORDER BY id LIMIT 1").arg(where)));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

} // namespace

TEST_CASE("summary periods cover whole months and years only", "[stats][summaries]")
{
    CHECK(StatsSummaryReader::periodsFor(QDate(2025, 1, 1), QDate(2025, 12, 31)) ==
          QStringList{QStringLiteral("2025")});
    CHECK(StatsSummaryReader::periodsFor(QDate(2025, 7, 1), QDate(2025, 9, 30)) ==
          QStringList({QStringLiteral("2025-07"), QStringLiteral("2025-08"), QStringLiteral("2025-09")}));
    CHECK(StatsSummaryReader::periodsFor(QDate(2024, 12, 1), QDate(2026, 1, 31)) ==
          QStringList({QStringLiteral("2024-12"), QStringLiteral("2025"), QStringLiteral("2026-01")}));
    CHECK(StatsSummaryReader::periodsFor(QDate(2024, 2, 1), QDate(2024, 2, 29)) ==
          QStringList{QStringLiteral("2024-02")});
    CHECK(StatsSummaryReader::periodsFor(QDate(2025, 3, 2), QDate(2025, 3, 31)).isEmpty());
    CHECK(StatsSummaryReader::periodsFor(QDate(2025, 3, 1), QDate(2025, 3, 30)).isEmpty());
    CHECK(StatsSummaryReader::periodsFor(QDate(2025, 3, 1), QDate(2025, 2, 28)).isEmpty());

    StatsFilter district;
    district.district = QStringLiteral("长宁区");
    CHECK(StatsSummaryReader::covers(district));
    StatsFilter channel = district;
    channel.channel = Channel::Hotline12345;
    CHECK_FALSE(StatsSummaryReader::covers(channel));
}

TEST_CASE("demo data: the summaries equal the live count and a full recount", "[stats][summaries]")
{
    TestDatabase db;
    buildDemo(db);
    // Written in bulk and counted before it committed: nothing is left to count, and what it
    // counted is what a full recount finds.
    StatsSummaryCounter counter(db.connection());
    CHECK_FALSE(counter.isStale().value());
    const QStringList written = summaryTable(db.connection());
    CHECK_FALSE(written.isEmpty());
    // The demo works each new case's facts out as it plans the case: they are what reading
    // the written cases back finds, and so are the summaries.
    const QString facts = QStringLiteral("stats_case_facts");
    const QStringList writtenFacts = tableRows(db.connection(), facts, QStringLiteral("complaint_id"));
    CHECK(writtenFacts.size() == rowCount(db.connection(), QStringLiteral("complaints")));
    REQUIRE(counter.recountAll().ok());
    REQUIRE(tableRows(db.connection(), facts, QStringLiteral("complaint_id")) == writtenFacts);
    REQUIRE(summaryTable(db.connection()) == written);
    requireSummariesEqualLive(db.connection());
    requireRefreshEqualsFullRecount(db.connection());
}

TEST_CASE("the summaries follow every kind of change to the cases", "[stats][summaries]")
{
    TestDatabase db;
    buildDemo(db);
    const QSqlDatabase c = db.connection();
    StatsSummaryCounter counter(c);
    requireRefreshed(c);
    REQUIRE_FALSE(counter.isStale().value());
    bool staleExpected = true; // false when a section counted its change itself

    SECTION("a case is accepted, mediated, agreed and closed through the workflow")
    {
        const qint64 id = someCase(c, QStringLiteral("status = 'registered'"));
        CaseTransitionService workflow(c);
        QDateTime at(QDate(2026, 7, 1), QTime(9, 0), QTimeZone(8 * 3600)); // after every demo case
        for (CaseStatus to :
             {CaseStatus::Accepted, CaseStatus::InMediation, CaseStatus::AgreementReached, CaseStatus::Closed}) {
            at = at.addSecs(3600);
            auto moved = workflow.transition(TransitionRequest{id, to, {}, {}, at, std::nullopt}, kSupervisor, at);
            INFO((moved ? QString() : moved.error().message).toStdString());
            REQUIRE(moved.ok());
        }
        CHECK(counter.isStale().value());
    }
    SECTION("a closed case is reopened")
    {
        const qint64 id = someCase(c, QStringLiteral("status = 'closed' AND closed_at >= '2026-01-01'"));
        CaseTransitionService workflow(c);
        const QDateTime at(QDate(2026, 6, 20), QTime(9, 0), QTimeZone(8 * 3600));
        auto reopened = workflow.transition(
            TransitionRequest{id, CaseStatus::Accepted, {}, QStringLiteral("复查"), at, std::nullopt}, kSupervisor, at);
        INFO((reopened ? QString() : reopened.error().message).toStdString());
        REQUIRE(reopened.ok());
    }
    SECTION("a follow-up visit is recorded")
    {
        const qint64 id = someCase(c, QStringLiteral("status = 'closed'"));
        FollowUpRequest visit;
        visit.caseId = id;
        visit.at = QDateTime(QDate(2026, 6, 25), QTime(15, 0), QTimeZone(8 * 3600));
        visit.reached = true;
        visit.result = FollowUpResult::Dissatisfied;
        REQUIRE(FollowUpService(c).record(visit, kSupervisor, visit.at).ok());
    }
    SECTION("a case is corrected: category, channel, amount and caseworker")
    {
        const qint64 id = someCase(c, QStringLiteral("status = 'closed' AND received_at < '2025-01-01'"));
        execOrFail(c, QStringLiteral("UPDATE complaints SET category_id = (SELECT MAX(id) FROM categories),"
                                     " channel = '12345', amount_fen = amount_fen + 12345, assignee = '王主任'"
                                     " WHERE id = %1")
                          .arg(id));
        // Money recovered is the ledger's total (recovered_entries): a new entry changes it.
        execOrFail(c, QStringLiteral("INSERT INTO recovered_entries(complaint_id, source, amount_fen, recovered_on,"
                                     " recorded_at, recorded_by) VALUES (%1, 'on_site', 777, '2024-12-01',"
                                     " '2024-12-01T10:00:00+08:00', '王主任')")
                          .arg(id));
    }
    SECTION("a business moves to another district, and two businesses are merged")
    {
        execOrFail(c, QStringLiteral(
                          "UPDATE businesses SET district = '新区', street = '新街道' WHERE id ="
                          " (SELECT business_id FROM complaints GROUP BY business_id ORDER BY COUNT(*) DESC LIMIT 1)"));
        execOrFail(c, QStringLiteral("UPDATE complaints SET business_id = (SELECT MAX(id) FROM businesses)"
                                     " WHERE business_id = (SELECT MIN(business_id) FROM complaints)"));
    }
    SECTION("cases are deleted by the retention rules")
    {
        deleteCaseWithItsRecords(c, someCase(c, QStringLiteral("status = 'closed' AND id IN (SELECT complaint_id FROM follow_ups)")));
    }
    SECTION("days off are added to the calendar: the on-time results they can move are counted again")
    {
        const qint64 before = onTimeIn(c, 2025);
        setDaysOff(c, QDate(2025, 6, 2), QDate(2025, 6, 30));
        CHECK_FALSE(counter.needsFullRecount().value());
        requireRefreshed(c);
        staleExpected = false;
        CHECK(onTimeIn(c, 2025) > before); // later deadlines: cases that were late are on time now
    }
    SECTION("a day off is taken back: the day is noted, not every case")
    {
        setDaysOff(c, QDate(2025, 10, 8), QDate(2025, 10, 8));
        requireRefreshed(c);
        execOrFail(c, QStringLiteral("DELETE FROM calendar_days WHERE day = '2025-10-08'"));
        CHECK_FALSE(counter.needsFullRecount().value());
    }
    SECTION("a stricter rule set takes effect: the cases received from that day on are judged again")
    {
        const qint64 before = onTimeIn(c, 2026);
        execOrFail(c, QStringLiteral("INSERT INTO deadline_rule_sets(id, name, effective_from) VALUES"
                                     " (90, '更严的测试规则', '2025-09-01')"));
        execOrFail(c, QStringLiteral("INSERT INTO deadline_rules(rule_set_id, kind, channel, amount, unit) VALUES"
                                     " (90, 'accept', '', 1, 'working_days'),"
                                     " (90, 'mediation', '', 3, 'working_days')"));
        CHECK_FALSE(counter.needsFullRecount().value());
        requireRefreshed(c);
        staleExpected = false;
        CHECK(onTimeIn(c, 2026) < before);
    }
    CHECK(counter.isStale().value() == staleExpected);
    requireSummariesEqualLive(c);
    requireRefreshEqualsFullRecount(c);
}

TEST_CASE("a stopped recount writes nothing", "[stats][summaries]")
{
    TestDatabase db;
    buildDemo(db);
    const QSqlDatabase c = db.connection();
    requireRefreshed(c);
    const QStringList before = summaryTable(c);
    execOrFail(c, QStringLiteral("UPDATE complaints SET amount_fen = amount_fen + 1"));
    StatsSummaryCounter counter(c);
    int calls = 0;
    auto stopped = counter.refresh([&calls](int, int) { return ++calls < 2; });
    REQUIRE_FALSE(stopped.ok());
    CHECK(stopped.error().code == ErrorCode::Cancelled);
    CHECK(summaryTable(c) == before);
    CHECK(counter.isStale().value()); // still to do

    // A full recount stopped halfway leaves the summaries as they were too.
    calls = 0;
    auto stoppedAll = counter.recountAll([&calls](int, int) { return ++calls < 3; });
    REQUIRE_FALSE(stoppedAll.ok());
    CHECK(stoppedAll.error().code == ErrorCode::Cancelled);
    CHECK(summaryTable(c) == before);
    REQUIRE(counter.refresh().ok());
    CHECK(summaryTable(c) != before);
    requireSummariesEqualLive(c);
}
