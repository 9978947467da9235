#include "catch_qt.h"
#include "test_support.h"

#include "demo/demo_generator.h"
#include "storage/complaint_repository.h"
#include "storage/settings_repository.h"
#include "storage/sql_helpers.h"
#include "validation/complaint_validator.h"

#include <QSqlQuery>
#include <QTimeZone>

using namespace casedesk;
using namespace casedesk::test;

namespace {

QStringList dumpCases(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    REQUIRE(query.exec(QStringLiteral(
        "SELECT c.case_number, c.received_at, c.status, c.channel, c.nature, c.amount_fen, c.demand, c.facts, "
        "p.name, p.phone, p.id_number, b.name, b.credit_code, b.street FROM complaints c "
        "JOIN consumers p ON p.id = c.consumer_id JOIN businesses b ON b.id = c.business_id ORDER BY c.id")));
    QStringList rows;
    while (query.next()) {
        QStringList fields;
        for (int i = 0; i < 14; ++i)
            fields << query.value(i).toString();
        rows << fields.join(QLatin1Char('|'));
    }
    return rows;
}

double share(const QSqlDatabase &db, const QString &condition)
{
    auto part = queryScalar(db, QStringLiteral("SELECT count(*) FROM complaints WHERE ") + condition);
    auto all = queryScalar(db, QStringLiteral("SELECT count(*) FROM complaints"));
    return part->toDouble() / all->toDouble();
}

} // namespace

TEST_CASE("the same seed gives the same demo data; another seed differs", "[demo]")
{
    const DemoOptions options{400, 42, QDate(2026, 6, 1)};
    TestDatabase a, b, c;
    REQUIRE(generateDemoData(a.connection(), options).ok());
    REQUIRE(generateDemoData(b.connection(), options).ok());
    REQUIRE(generateDemoData(c.connection(), DemoOptions{400, 43, QDate(2026, 6, 1)}).ok());
    const QStringList first = dumpCases(a.connection());
    CHECK(first.size() == 400);
    CHECK(first == dumpCases(b.connection()));
    CHECK(first != dumpCases(c.connection()));
}

TEST_CASE("a demo's council is in the district of its case numbers when they name one in Chinese", "[demo]")
{
    for (const auto &[prefix, council] :
         {std::pair{QStringLiteral("徐汇"), QStringLiteral("上海市徐汇区消费者权益保护委员会")},
          std::pair{QStringLiteral("Changning"), QStringLiteral("上海市长宁区消费者权益保护委员会")}}) {
        TestDatabase db;
        REQUIRE(SettingsRepository(db.connection()).setCaseNumberPrefix(prefix).ok());
        auto made = generateDemoData(db.connection(), DemoOptions{50, 1, QDate(2026, 6, 1), HashCost::CheapForTests});
        INFO((made.ok() ? QString() : made.error().message).toStdString());
        REQUIRE(made.ok());
        CHECK(SettingsRepository(db.connection()).councilName().value() == council);
    }
}

TEST_CASE("demo data looks like a council's real case load", "[demo]")
{
    TestDatabase db;
    const QDate until(2026, 6, 1);
    auto summary = generateDemoData(db.connection(), DemoOptions{4000, 1, until});
    REQUIRE(summary.ok());
    const QSqlDatabase c = db.connection();
    CHECK(summary->cases == 4000);
    CHECK(rowCount(c, QStringLiteral("complaints")) == 4000);
    CHECK(rowCount(c, QStringLiteral("audit_log")) == 4000);
    // Its documents name a council, not the generic placeholder (nor a 消保 district).
    CHECK(SettingsRepository(c).councilName().value() == QStringLiteral("上海市长宁区消费者权益保护委员会"));

    // Nature shares follow the national figures (售后服务 31.7%, 质量 20.8%).
    CHECK(share(c, QStringLiteral("nature = 'after_sales'")) == Approx(0.30).margin(0.06));
    CHECK(share(c, QStringLiteral("nature = 'quality'")) == Approx(0.19).margin(0.05));
    // Goods outnumber services about two to one.
    CHECK(share(c, QStringLiteral("category_id IN (SELECT id FROM categories WHERE kind = 'goods')")) ==
          Approx(0.62).margin(0.08));
    // Three years, none in the future; most old cases are closed.
    const QString first = queryScalar(c, QStringLiteral("SELECT min(received_at) FROM complaints"))->toString();
    const QString last = queryScalar(c, QStringLiteral("SELECT max(received_at) FROM complaints"))->toString();
    CHECK(first >= until.addYears(-3).toString(Qt::ISODate));
    CHECK(last < until.toString(Qt::ISODate));
    const double old = share(c, QStringLiteral("received_at < '2025-06-01'"));
    CHECK(share(c, QStringLiteral("received_at < '2025-06-01' AND status = 'closed'")) / old > 0.6);
    // Case numbers are unique and in time order.
    CHECK(queryScalar(c, QStringLiteral("SELECT count(DISTINCT case_number) FROM complaints"))->toInt() == 4000);
    CHECK(queryScalar(c, QStringLiteral("SELECT case_number FROM complaints ORDER BY received_at, id LIMIT 1"))
              ->toString()
              .endsWith(QStringLiteral("-000001")));
}

TEST_CASE("demo data has sudden runs of complaints against single businesses", "[demo]")
{
    TestDatabase db;
    const QDate until(2026, 6, 1);
    auto summary = generateDemoData(db.connection(), DemoOptions{3000, 5, until});
    REQUIRE(summary.ok());
    REQUIRE(summary->burstBusinesses.size() >= 2);
    // The newest run: at least 20 complaints against one business within the last two weeks,
    // far above any ordinary business.
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(QStringLiteral("SELECT b.name, count(*) AS n FROM complaints c JOIN businesses b "
                                      "ON b.id = c.business_id WHERE c.received_at >= '%1' "
                                      "GROUP BY c.business_id, b.name ORDER BY n DESC LIMIT 2")
                           .arg(until.addDays(-14).toString(Qt::ISODate))));
    REQUIRE(query.next());
    CHECK(summary->burstBusinesses.contains(query.value(0).toString()));
    const int top = query.value(1).toInt();
    CHECK(top >= 20);
    REQUIRE(query.next());
    CHECK(query.value(1).toInt() * 3 < top);
}

TEST_CASE("every demo case passes the same validation as a typed one", "[demo]")
{
    TestDatabase db;
    REQUIRE(generateDemoData(db.connection(), DemoOptions{300, 9, QDate(2026, 6, 1)}).ok());
    const ComplaintRepository repository(db.connection());
    const QDateTime now(QDate(2026, 6, 1), QTime(0, 0), QTimeZone(8 * 3600));
    for (qint64 id = 1; id <= 300; ++id) {
        const Complaint c = repository.get(id).value();
        const auto problems = validateComplaint(c, now);
        CAPTURE(c.caseNumber, problems.isEmpty() ? QString() : problems.first().message);
        CHECK(problems.isEmpty());
    }
}

TEST_CASE("every row a demo writes names rows that exist, though its bulk write does not check each one",
          "[demo][sqlite-only]")
{
    TestDatabase db(TestDatabase::FileOnly{});
    const QSqlDatabase c = db.connection();
    REQUIRE(generateDemoData(c, DemoOptions{3000, 11, QDate(2026, 6, 1), HashCost::CheapForTests}).ok());
    QSqlQuery check(c);
    REQUIRE(check.exec(QStringLiteral("PRAGMA foreign_key_check")));
    QStringList broken;
    while (check.next())
        broken << check.value(0).toString() + QLatin1Char('#') + check.value(1).toString();
    CHECK(broken.isEmpty());
    // The checks are back on for everything after it.
    CHECK(queryScalar(c, QStringLiteral("PRAGMA foreign_keys"))->toInt() == 1);
}

TEST_CASE("demo generation refuses bad options and can be cancelled without a trace", "[demo]")
{
    TestDatabase db;
    CHECK_FALSE(generateDemoData(db.connection(), DemoOptions{0, 1, QDate(2026, 6, 1)}).ok());
    CHECK_FALSE(generateDemoData(db.connection(), DemoOptions{10, 1, QDate::currentDate().addDays(5)}).ok());

    auto cancelled = generateDemoData(db.connection(), DemoOptions{3000, 1, QDate(2026, 6, 1)},
                                      [](int done, int) { return done < 2000; });
    REQUIRE_FALSE(cancelled.ok());
    CHECK(cancelled.error().code == ErrorCode::Cancelled);
    CHECK(rowCount(db.connection(), QStringLiteral("complaints")) == 0);
    CHECK(rowCount(db.connection(), QStringLiteral("businesses")) == 0);
    CHECK(rowCount(db.connection(), QStringLiteral("case_number_sequences")) == 0);
}

TEST_CASE("demo data added to a demo database leaves the earlier cases' later work alone", "[demo]")
{
    TestDatabase db;
    const QSqlDatabase c = db.connection();
    REQUIRE(generateDemoData(c, DemoOptions{2000, 3, QDate(2026, 6, 1)}).ok());
    const qint64 lastId = queryScalar(c, QStringLiteral("SELECT MAX(id) FROM complaints"))->toLongLong();
    // What the first run gave its own cases: visits, typical cases, cards, sessions, agreements.
    const QStringList tables = {QStringLiteral("follow_ups"), QStringLiteral("typical_cases"),
                                QStringLiteral("prepaid_cards"), QStringLiteral("mediation_sessions"),
                                QStringLiteral("mediation_agreements")};
    const auto counts = [&c, &tables] {
        QList<qint64> n;
        for (const QString &table : tables)
            n << queryScalar(c, QStringLiteral("SELECT count(*) FROM %1").arg(table))->toLongLong();
        return n;
    };
    const QList<qint64> before = counts();
    for (qint64 n : before)
        CHECK(n > 0);
    const qint64 mediators = rowCount(c, QStringLiteral("mediators"));
    const qint64 courts = rowCount(c, QStringLiteral("courts"));

    REQUIRE(generateDemoData(c, DemoOptions{2000, 4, QDate(2026, 6, 1)}).ok());
    CHECK(rowCount(c, QStringLiteral("complaints")) == 4000);
    // The second run's cases got their own (so the totals grew), the earlier ones nothing twice.
    const QList<qint64> after = counts();
    for (int i = 0; i < tables.size(); ++i) {
        CAPTURE(tables.at(i));
        CHECK(after.at(i) > before.at(i));
        CHECK(queryScalar(c, QStringLiteral("SELECT count(*) FROM %1 WHERE complaint_id <= ?").arg(tables.at(i)),
                          {lastId})
                  ->toLongLong() == before.at(i));
    }
    CHECK(rowCount(c, QStringLiteral("mediators")) == mediators); // the directory is reused
    CHECK(rowCount(c, QStringLiteral("courts")) == courts);
}

TEST_CASE("demo data has networked enterprises with their answers, and talks with the businesses of the runs",
          "[demo][enterprises]")
{
    TestDatabase db;
    const QDate until(2026, 6, 1);
    auto summary = generateDemoData(db.connection(), DemoOptions{3000, 5, until, HashCost::CheapForTests});
    REQUIRE(summary.ok());
    const QSqlDatabase c = db.connection();
    const auto count = [&c](const QString &sql) {
        auto value = queryScalar(c, sql);
        REQUIRE(value.ok());
        return value->toInt();
    };
    CHECK(count(QStringLiteral("SELECT count(*) FROM enterprise_agreements")) == 5);
    CHECK(count(QStringLiteral("SELECT count(*) FROM businesses WHERE networked = 1")) == 5);
    // Every answer answers a forwarding of a networked enterprise's case: settled ones closed it.
    CHECK(count(QStringLiteral("SELECT count(*) FROM enterprise_answers")) > 0);
    CHECK(count(QStringLiteral("SELECT count(*) FROM enterprise_answers a JOIN case_events e ON e.id = "
                               "a.forward_event_id JOIN complaints k ON k.id = a.complaint_id WHERE e.to_status <> "
                               "'forwarded' OR k.business_id NOT IN (SELECT business_id FROM enterprise_agreements) "
                               "OR a.answered_on < substr(e.at, 1, 10)")) == 0);
    CHECK(count(QStringLiteral("SELECT count(*) FROM enterprise_answers a JOIN complaints k ON k.id = a.complaint_id "
                               "WHERE a.settled = 1 AND k.status = 'forwarded'")) == 0);
    // A talk with each business of a run of complaints that began ten days before the end or earlier.
    CHECK(count(QStringLiteral("SELECT count(*) FROM talks")) >= 1);
    CHECK(count(QStringLiteral("SELECT count(*) FROM talks t JOIN businesses b ON b.id = t.business_id WHERE "
                               "b.name NOT IN ('%1')")
                    .arg(summary->burstBusinesses.join(QStringLiteral("', '")))) == 0);
    CHECK(count(QStringLiteral("SELECT count(*) FROM talk_promises WHERE checked_on > '%1'")
                    .arg(until.toString(Qt::ISODate))) == 0);
}

TEST_CASE("demo data has a liaison-point network: points of every kind, monthly ledgers, visits, transfers naming "
          "points, leads, last year's assessment with model points",
          "[demo][liaison]")
{
    TestDatabase db;
    REQUIRE(generateDemoData(db.connection(), DemoOptions{2000, 3, QDate(2026, 6, 1), HashCost::CheapForTests}).ok());
    const QSqlDatabase c = db.connection();
    const auto scalar = [&](const QString &sql) {
        auto value = queryScalar(c, sql);
        INFO(sql.toStdString());
        REQUIRE(value.ok());
        return value->toLongLong();
    };
    // About one point for every 10 cases, of (nearly) every type, in the council's district, each
    // guided by a demo caseworker; a few suspended or closed.
    CHECK(rowCount(c, QStringLiteral("liaison_points")) == 200);
    CHECK(scalar(QStringLiteral("SELECT count(DISTINCT kind) FROM liaison_points")) >= 10);
    CHECK(scalar(QStringLiteral("SELECT count(*) FROM liaison_points WHERE district <> '长宁区'")) == 0);
    CHECK(scalar(QStringLiteral("SELECT count(*) FROM liaison_points p JOIN users u ON u.name = p.official "
                                "WHERE u.role = 'caseworker'")) == 200);
    CHECK(scalar(QStringLiteral("SELECT count(*) FROM liaison_points WHERE status = 'suspended'")) > 0);
    CHECK(scalar(QStringLiteral("SELECT count(*) FROM liaison_points WHERE status = 'closed'")) > 0);
    CHECK(scalar(QStringLiteral("SELECT count(*) FROM liaison_points WHERE name LIKE '%居委会消费维权联络点'")) > 20);
    CHECK(scalar(QStringLiteral("SELECT count(*) FROM liaison_points WHERE contact_phone = '' OR contact_person = ''")) == 0);

    // Every active point older than the demo's three years has a ledger for each of its 36 whole
    // months (2023-06 to 2026-05), with plausible counts.
    const qint64 old = scalar(QStringLiteral("SELECT count(*) FROM liaison_points WHERE status = 'active' AND "
                                             "set_up_on < '2023-06-01'"));
    CHECK(old > 100);
    CHECK(scalar(QStringLiteral("SELECT count(*) FROM (SELECT p.id FROM liaison_points p JOIN liaison_ledgers l ON "
                                "l.point_id = p.id WHERE p.status = 'active' AND p.set_up_on < '2023-06-01' "
                                "GROUP BY p.id HAVING count(*) = 36 AND min(l.month) = '2023-06' AND "
                                "max(l.month) = '2026-05') AS covered")) == old);
    CHECK(scalar(QStringLiteral("SELECT count(*) FROM liaison_ledgers WHERE consultations < 5 OR consultations > 60")) == 0);
    CHECK(scalar(QStringLiteral("SELECT count(*) FROM liaison_ledgers WHERE settled > 0 AND settled_fen = 0")) == 0);
    CHECK(scalar(QStringLiteral("SELECT count(*) FROM liaison_ledgers WHERE month >= '2026-06'")) == 0);
    // Most active points are visited in a quarter; some are not (the report's "not visited" list).
    const qint64 visitedLastQuarter = scalar(QStringLiteral(
        "SELECT count(DISTINCT v.point_id) FROM liaison_visits v JOIN liaison_points p ON p.id = v.point_id "
        "WHERE p.status = 'active' AND v.visited_on >= '2026-03-01' AND v.visited_on < '2026-06-01'"));
    const qint64 active = scalar(QStringLiteral("SELECT count(*) FROM liaison_points WHERE status = 'active'"));
    CHECK(visitedLastQuarter > active / 2);
    CHECK(visitedLastQuarter < active);

    // Transfers name a point, and only transfers do.
    CHECK(scalar(QStringLiteral("SELECT count(*) FROM complaints WHERE channel = 'liaison_point'")) > 10);
    CHECK(scalar(QStringLiteral("SELECT count(*) FROM complaints WHERE channel = 'liaison_point' AND "
                                "liaison_point_id IS NULL")) == 0);
    CHECK(scalar(QStringLiteral("SELECT count(*) FROM complaints WHERE channel <> 'liaison_point' AND "
                                "liaison_point_id IS NOT NULL")) == 0);
    // A few leads a month, the older ones with an outcome.
    CHECK(scalar(QStringLiteral("SELECT count(*) FROM liaison_leads")) >= 36 * 2);
    CHECK(scalar(QStringLiteral("SELECT count(*) FROM liaison_leads WHERE outcome = 'penalised'")) > 0);
    CHECK(scalar(QStringLiteral("SELECT count(*) FROM liaison_leads WHERE outcome <> 'pending' AND "
                                "(regulator = '' OR forwarded_on IS NULL)")) == 0);
    // Last year's assessment on the default sheet, with a few model points.
    CHECK(scalar(QStringLiteral("SELECT count(*) FROM liaison_assessment_criteria c JOIN "
                                "liaison_assessment_categories g ON g.id = c.category_id WHERE g.year = 2025")) == 21);
    CHECK(scalar(QStringLiteral("SELECT count(*) FROM liaison_assessments WHERE year = 2025")) >= 10);
    const qint64 models = scalar(QStringLiteral("SELECT count(*) FROM liaison_points WHERE model_year = 2025 AND "
                                                "model_title = '示范联络点'"));
    CHECK(models >= 1);
    CHECK(models <= 6);
    // Demo data is no one's change: the audit trail holds only the cases.
    CHECK(rowCount(c, QStringLiteral("audit_log")) == 2000);
}
