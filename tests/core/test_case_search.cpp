#include "catch_qt.h"
#include "test_support.h"

#include "demo/demo_generator.h"
#include "query/case_list_query.h"
#include "storage/case_search.h"
#include "storage/complaint_repository.h"
#include "storage/engine.h"
#include "storage/migrations.h"
#include "storage/sql_helpers.h"
#include "storage/sqlite_setup.h"

#include <QSet>
#include <QTemporaryDir>

using namespace casedesk;
using namespace casedesk::test;

namespace {

// The answer without any index: every case whose fields contain `text`, by plain substring.
QSet<qint64> bruteForce(const QSqlDatabase &db, const QString &text)
{
    auto q = runQuery(db, QStringLiteral("SELECT c.id, c.case_number, p.name, p.phone, b.name, c.demand, c.facts "
                                         "FROM complaints c JOIN consumers p ON p.id = c.consumer_id "
                                         "JOIN businesses b ON b.id = c.business_id"));
    REQUIRE(q.ok());
    QSet<qint64> ids;
    while (q->next()) {
        for (int column = 1; column <= 6; ++column) {
            if (q->value(column).toString().contains(text, Qt::CaseInsensitive)) {
                ids.insert(q->value(0).toLongLong());
                break;
            }
        }
    }
    return ids;
}

QSet<qint64> found(const QSqlDatabase &db, const QString &text)
{
    CaseFilter filter;
    filter.text = text;
    auto rows = CaseListQuery(db).page(filter, {}, std::nullopt, 100000);
    REQUIRE(rows.ok());
    QSet<qint64> ids;
    for (const CaseListRow &row : rows.value())
        ids.insert(row.id);
    CHECK(CaseListQuery(db).count(filter).value() == ids.size());
    return ids;
}

} // namespace

TEST_CASE("text search finds exactly the cases containing the text, for 1, 2 and more characters", "[search]")
{
    TestDatabase db;
    REQUIRE(generateDemoData(db.connection(), DemoOptions{500, 11, QDate(2026, 3, 1), HashCost::CheapForTests}).ok());
    const QSqlDatabase c = db.connection();
    REQUIRE(indexConsistent(c));
    CHECK(allSearchTriggers(c)); // the demo writer paused them and put them back

    auto one = runQuery(c, QStringLiteral("SELECT c.case_number, p.phone, p.name, b.name, c.facts FROM complaints c "
                                          "JOIN consumers p ON p.id = c.consumer_id JOIN businesses b ON "
                                          "b.id = c.business_id WHERE c.id = 123"));
    REQUIRE(one.ok());
    REQUIRE(one->next());
    const QString caseNumber = one->value(0).toString();
    const QString phone = one->value(1).toString();
    const QStringList terms = {
        QStringLiteral("健身"), QStringLiteral("退"), QStringLiteral("健身房"), QStringLiteral("退款"),
        phone.mid(3, 4), phone.right(4), phone.left(2), phone,
        caseNumber.right(6), caseNumber.right(2), caseNumber, caseNumber.left(7),
        one->value(2).toString(), one->value(2).toString().left(1), one->value(3).toString().mid(1, 3),
        one->value(4).toString().mid(5, 6), QStringLiteral("2025"), QStringLiteral("Ab")};
    for (const QString &term : terms) {
        CAPTURE(term);
        const QSet<qint64> expected = bruteForce(c, term);
        CHECK(found(c, term) == expected);
    }
    CHECK(found(c, caseNumber).contains(123));
    CHECK(found(c, phone.mid(3, 4)).contains(123));
    CHECK_FALSE(found(c, QStringLiteral("健身")).isEmpty());
}

TEST_CASE("every way a page can be found gives the same cases: index, collected matches, the list's order walked",
          "[search]")
{
    TestDatabase db;
    REQUIRE(generateDemoData(db.connection(), DemoOptions{500, 11, QDate(2026, 3, 1), HashCost::CheapForTests}).ok());
    const QSqlDatabase c = db.connection();
    // On a million cases the way depends on how many cases match; here each way is forced by
    // the thresholds: from the first match on (walk / LIKE), or never.
    const TextSearchPlan walkAlways{1, 1};
    const TextSearchPlan walkNever{1 << 30, 1 << 30};
    for (const QString &term : {QStringLiteral("健身"), QStringLiteral("退"), QStringLiteral("会员卡"),
                                QStringLiteral("100%"), QStringLiteral("a_b"), QStringLiteral("骆驼"),
                                QStringLiteral("Ab"), QStringLiteral("aB")}) {
        CAPTURE(term);
        const QSet<qint64> expected = bruteForce(c, term);
        for (const TextSearchPlan &plan : {walkAlways, walkNever, TextSearchPlan{}}) {
            CAPTURE(plan.sqliteScanFrom);
            auto condition = caseTextCondition(c, term, TextUse::Page, plan);
            REQUIRE(condition.ok());
            auto rows = runQuery(c,
                                 QStringLiteral("SELECT c.id FROM complaints c JOIN consumers p ON p.id = c.consumer_id "
                                                "JOIN businesses b ON b.id = c.business_id WHERE ") + condition->sql,
                                 condition->values);
            REQUIRE(rows.ok());
            QSet<qint64> ids;
            while (rows->next())
                ids.insert(rows->value(0).toLongLong());
            CHECK(ids == expected);
        }
    }
    CHECK_FALSE(bruteForce(c, QStringLiteral("健身")).isEmpty());
}

TEST_CASE("search text with quotes, wildcards and FTS operators is taken literally", "[search]")
{
    TestDatabase db;
    addTestUser(db.connection(), QStringLiteral("t"));
    Complaint c = sampleComplaint(db.connection());
    c.facts = QStringLiteral("商家宣传\"全场5折\" AND 实际仅优惠10%_以内 (NEAR) *号卡。");
    REQUIRE(ComplaintRepository(db.connection()).add(c, QStringLiteral("t"), fixedNow()).ok());
    for (const QString &text : {QStringLiteral("10%_"), QStringLiteral("\"全场"), QStringLiteral("\" AND 实"),
                                QStringLiteral("(NEAR)"), QStringLiteral("*号卡"), QStringLiteral("near"),
                                QStringLiteral("%"), QStringLiteral("\"")}) {
        CAPTURE(text);
        CHECK(found(db.connection(), text).size() == 1);
    }
    for (const QString &text : {QStringLiteral("20%"), QStringLiteral("全场 AND"), QStringLiteral("\"\""),
                                QStringLiteral("NEAR(全场"), QStringLiteral("_x_")}) {
        CAPTURE(text);
        CHECK(found(db.connection(), text).isEmpty());
    }
}

TEST_CASE("the search index follows edits, renamed parties and anonymisation", "[search]")
{
    TestDatabase db;
    const QSqlDatabase conn = db.connection();
    addTestUser(conn, QStringLiteral("t"));
    ComplaintRepository repository(conn);
    auto added = repository.add(sampleComplaint(conn), QStringLiteral("t"), fixedNow());
    REQUIRE(added.ok());
    const qint64 id = added->id;
    CHECK(found(conn, added->consumer.phone.right(4)).contains(id));

    Complaint edited = added.value();
    edited.facts = QStringLiteral("会员卡余额无法使用，骆驼牌跑步机未交付。");
    REQUIRE(repository.update(edited, QStringLiteral("t"), fixedNow()).ok());
    CHECK(found(conn, QStringLiteral("骆驼牌跑步机")).contains(id));
    CHECK(found(conn, QStringLiteral("骆驼")).contains(id));
    CHECK(found(conn, added->facts.left(8)).isEmpty());

    execOrFail(conn, QStringLiteral("UPDATE businesses SET name = '欧米伽游泳馆' WHERE id = %1").arg(added->business.id));
    // A rename only notes the business's cases (schema v14); they are re-indexed right after.
    CHECK(found(conn, added->business.name).contains(id));
    REQUIRE(reindexStaleCases(conn).value() == 1);
    CHECK(found(conn, QStringLiteral("欧米伽游泳")).contains(id));
    CHECK(found(conn, added->business.name).isEmpty());

    // What retention does to a complainant: name replaced, phone emptied.
    execOrFail(conn, QStringLiteral("UPDATE consumers SET name = '已匿名', phone = '' WHERE id = %1").arg(added->consumer.id));
    CHECK(found(conn, added->consumer.phone.right(4)).isEmpty());
    CHECK(found(conn, added->consumer.name).isEmpty());
    CHECK(found(conn, QStringLiteral("已匿名")).contains(id));
    CHECK(indexConsistent(conn));

    deleteCaseWithItsRecords(conn, id);
    CHECK(found(conn, QStringLiteral("已匿名")).isEmpty());
    CHECK(indexConsistent(conn));
}

TEST_CASE("a cancelled demo leaves the search triggers in place", "[search]")
{
    TestDatabase db;
    auto cancelled = generateDemoData(db.connection(), DemoOptions{3000, 5, QDate(2026, 3, 1), HashCost::CheapForTests},
                                      [](int, int) { return false; });
    REQUIRE_FALSE(cancelled.ok());
    CHECK(allSearchTriggers(db.connection()));
    CHECK(rowCount(db.connection(), QStringLiteral("complaints")) == 0);
}

TEST_CASE("the migration to version 11 indexes the cases already in the file", "[search][migrations]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v10.db"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v10"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        REQUIRE(migrate(db, 10).ok());
        execOrFail(db, QStringLiteral("INSERT INTO consumers(name, phone, created_at) "
                                      "VALUES ('张伟', '13812345678', '2024-01-02T09:00:00+08:00')"));
        execOrFail(db, QStringLiteral("INSERT INTO businesses(name, created_at) VALUES ('悦动健身', '2024-01-02T09:00:00+08:00')"));
        execOrFail(db, QStringLiteral("INSERT INTO complaints(case_number, consumer_id, business_id, channel, category_id, "
                                      "nature, amount_fen, demand, facts, received_at, status, created_at, updated_at) "
                                      "VALUES ('长宁-2024-000001', 1, 1, '12315', 1, 'contract', 240000, '退卡', '闭店', "
                                      "'2024-01-02T09:00:00+08:00', 'accepted', '2024-01-02T09:00:00+08:00', "
                                      "'2024-01-02T09:00:00+08:00')"));
        REQUIRE(migrate(db, 11).ok());
        CHECK(found(db, QStringLiteral("悦动健身")) == QSet<qint64>{1});
        CHECK(found(db, QStringLiteral("5678")) == QSet<qint64>{1});
        CHECK(found(db, QStringLiteral("健身")) == QSet<qint64>{1});
        CHECK(indexConsistent(db));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v10"));
}

TEST_CASE("demo data goes into a new file that another connection has open, and it stays in WAL", "[search][sqlite-only]")
{
    TestDatabase db;
    auto other = db.openAgain(); // holds the file open: leaving WAL is refused
    REQUIRE(other);
    REQUIRE(queryScalar(other->connection(), QStringLiteral("SELECT count(*) FROM complaints")).ok());
    REQUIRE(generateDemoData(db.connection(), DemoOptions{200, 3, QDate(2026, 3, 1), HashCost::CheapForTests}).ok());
    CHECK(queryScalar(db.connection(), QStringLiteral("PRAGMA journal_mode")).value().toString() == QStringLiteral("wal"));
    CHECK(rowCount(other->connection(), QStringLiteral("complaints")) == 200);
    CHECK(indexConsistent(db.connection()));
}
