#include "catch_qt.h"
#include "test_support.h"

#include "demo/demo_generator.h"
#include "query/case_list_query.h"
#include "storage/bulk_case_writer.h"
#include "storage/engine.h"
#include "storage/sql_helpers.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

using namespace casedesk;
using namespace casedesk::test;

namespace {

// Every index and trigger of the database with its definition: what a bulk write on SQLite
// drops and re-creates (on a server it writes the plain way and must leave them as they were).
QStringList schemaObjects(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    const bool server = engineOf(db) == Engine::Postgres;
    REQUIRE(query.exec(server ? QStringLiteral("SELECT 'index ' || indexname || ' ' || indexdef FROM pg_indexes "
                                               "WHERE schemaname = current_schema() UNION ALL "
                                               "SELECT 'trigger ' || tgname || ' ' || pg_get_triggerdef(oid) "
                                               "FROM pg_trigger WHERE NOT tgisinternal ORDER BY 1")
                              : QStringLiteral("SELECT type || ' ' || name || ' ' || COALESCE(sql, '') FROM sqlite_master "
                                               "WHERE type IN ('index', 'trigger') ORDER BY type, name")));
    QStringList objects;
    while (query.next())
        objects << query.value(0).toString();
    return objects;
}

const QStringList kCaseTables = {QStringLiteral("complaints"),      QStringLiteral("consumers"),
                                 QStringLiteral("businesses"),      QStringLiteral("case_events"),
                                 QStringLiteral("audit_log"),       QStringLiteral("follow_ups"),
                                 QStringLiteral("prepaid_cards"),   QStringLiteral("case_number_sequences"),
                                 QStringLiteral("mediation_sessions")};

void checkNothingWritten(const QSqlDatabase &db)
{
    for (const QString &table : kCaseTables) {
        CAPTURE(table);
        CHECK(rowCount(db, table) == 0);
    }
    // The search index holds no document either, and (SQLite) its merge settings were not left changed.
    CHECK(rowCount(db, QStringLiteral("case_search")) == 0);
    if (engineOf(db) == Engine::Sqlite) {
        CHECK(queryScalar(db, QStringLiteral("SELECT count(*) FROM case_search_vocab"))->toLongLong() == 0);
        CHECK(queryScalar(db, QStringLiteral("SELECT group_concat(k) FROM case_search_config"))->toString() ==
              QStringLiteral("version"));
    }
}

} // namespace

TEST_CASE("a bulk write abandoned after its indexes were rebuilt leaves the file as it was", "[bulk][demo]")
{
    TestDatabase db;
    const QStringList before = schemaObjects(db.connection());
    REQUIRE(before.filter(QStringLiteral("trigger case_search_")).size() >= 5); // SQLite 7, the server 5
    {
        BulkCaseWriter writer(db.connection());
        REQUIRE(writer.begin().ok());
        Complaint c = sampleComplaint(db.connection());
        const QDateTime at = c.receivedAt;
        c.consumer.id = writer.addConsumer(c.consumer, at).value();
        c.business.id = writer.addBusiness(c.business, at).value();
        for (int i = 0; i < 50; ++i)
            REQUIRE(writer.addComplaint(c, QStringLiteral("import")).ok());
        // The last phase before commit: indexes and the search index built over the new rows.
        REQUIRE(writer.finishIndexes().ok());
        CHECK(rowCount(db.connection(), QStringLiteral("complaints")) == 50);
    } // destroyed without commit(): a cancel

    auto other = db.openAgain(); // what another desk (or the next start) sees on disk
    checkNothingWritten(other->connection());
    CHECK_FALSE(QFile::exists(db.path() + QStringLiteral(".search-build"))); // the search index's scratch file
    CHECK(schemaObjects(other->connection()) == before);

    // The triggers are back in force: a case saved the ordinary way is found by search.
    BulkCaseWriter writer(db.connection());
    REQUIRE(writer.begin().ok());
    Complaint c = sampleComplaint(db.connection());
    c.consumer.id = writer.addConsumer(c.consumer, c.receivedAt).value();
    c.business.id = writer.addBusiness(c.business, c.receivedAt).value();
    REQUIRE(writer.addComplaint(c, QStringLiteral("import")).ok());
    REQUIRE(writer.commit().ok());
    CaseFilter filter;
    filter.text = QStringLiteral("健身");
    CHECK(CaseListQuery(other->connection()).count(filter).value() == 1);
}

TEST_CASE("demo generation cancelled at its very end leaves no partial rows", "[bulk][demo]")
{
    TestDatabase db;
    const QStringList before = schemaObjects(db.connection());
    // Cancelled at the last question, after every case, index, visit and card was written.
    int asked = 0;
    auto cancelled = generateDemoData(db.connection(), DemoOptions{1500, 5, QDate(2026, 6, 1), HashCost::CheapForTests},
                                      [&asked](int done, int total) {
                                          ++asked;
                                          return done < total;
                                      });
    REQUIRE_FALSE(cancelled.ok());
    CHECK(cancelled.error().code == ErrorCode::Cancelled);
    CHECK(asked > 1);
    auto other = db.openAgain();
    checkNothingWritten(other->connection());
    CHECK(rowCount(other->connection(), QStringLiteral("users")) == 0);
    CHECK(schemaObjects(other->connection()) == before);
}

TEST_CASE("the search index a demo writes case by case equals one built from the cases", "[bulk][demo][search][sqlite-only]")
{
    TestDatabase db;
    const QSqlDatabase c = db.connection();
    REQUIRE(generateDemoData(c, DemoOptions{1500, 11, QDate(2026, 6, 1), HashCost::CheapForTests}).ok());
    // Every term at every position, against a fresh index over the view the triggers read.
    execOrFail(c, QStringLiteral("CREATE VIRTUAL TABLE temp.check_search USING fts5(doc, tokenize='trigram')"));
    execOrFail(c, QStringLiteral("INSERT INTO temp.check_search(rowid, doc) SELECT id, doc FROM case_search_source"));
    execOrFail(c, QStringLiteral("CREATE VIRTUAL TABLE temp.check_terms USING fts5vocab(temp, check_search, 'instance')"));
    execOrFail(c, QStringLiteral("CREATE VIRTUAL TABLE temp.written_terms USING fts5vocab(main, case_search, 'instance')"));
    const qint64 instances = queryScalar(c, QStringLiteral("SELECT count(*) FROM temp.written_terms"))->toLongLong();
    CHECK(instances > 100000);
    CHECK(queryScalar(c, QStringLiteral("SELECT count(*) FROM temp.check_terms"))->toLongLong() == instances);
    CHECK(queryScalar(c, QStringLiteral("SELECT count(*) FROM (SELECT term, doc, offset FROM temp.written_terms "
                                        "EXCEPT SELECT term, doc, offset FROM temp.check_terms)"))
              ->toLongLong() == 0);
    // It was built beside the file, which is gone, without changing how FTS5 merges the
    // index for the cases saved from now on.
    CHECK_FALSE(QFile::exists(db.path() + QStringLiteral(".search-build")));
    CHECK(queryScalar(c, QStringLiteral("SELECT group_concat(k) FROM case_search_config"))->toString() ==
          QStringLiteral("version"));
    // A complainant renamed afterwards: the triggers remove the old text and add the new one.
    execOrFail(c, QStringLiteral("UPDATE consumers SET name = '欧阳测试' WHERE id = 1"));
    execOrFail(c, QStringLiteral("INSERT INTO case_search(case_search) VALUES ('integrity-check')"));
    CaseFilter filter;
    filter.text = QStringLiteral("欧阳测试");
    CHECK(CaseListQuery(c).count(filter).value() ==
          queryScalar(c, QStringLiteral("SELECT count(*) FROM complaints WHERE consumer_id = 1"))->toLongLong());
}

TEST_CASE("a bulk write of cases whose complainant was saved before indexes them in one pass", "[bulk][search][sqlite-only]")
{
    TestDatabase db;
    const QSqlDatabase c = db.connection();
    Complaint sample = sampleComplaint(c);
    execOrFail(c, QStringLiteral("INSERT INTO consumers(name, phone, created_at) VALUES ('欧阳早先', '13900001111', "
                                 "'2026-01-05T09:00:00+08:00')"));
    const qint64 earlier = queryScalar(c, QStringLiteral("SELECT max(id) FROM consumers"))->toLongLong();
    BulkCaseWriter writer(c);
    REQUIRE(writer.begin().ok());
    sample.business.id = writer.addBusiness(sample.business, sample.receivedAt).value();
    sample.consumer.id = writer.addConsumer(sample.consumer, sample.receivedAt).value();
    REQUIRE(writer.addComplaint(sample, QStringLiteral("import")).ok()); // indexed beside the writer...
    sample.consumer.id = earlier;
    REQUIRE(writer.addComplaint(sample, QStringLiteral("import")).ok()); // ...until this one
    REQUIRE(writer.commit().ok());

    CaseFilter filter;
    filter.text = QStringLiteral("欧阳早先");
    CHECK(CaseListQuery(c).count(filter).value() == 1);
    filter.text = QStringLiteral("健身");
    CHECK(CaseListQuery(c).count(filter).value() == 2);
    execOrFail(c, QStringLiteral("INSERT INTO case_search(case_search, rank) VALUES ('integrity-check', 1)"));
    // Rebuilt without merging as it went, then merged once: FTS5's merge settings are back.
    CHECK(queryScalar(c, QStringLiteral("SELECT group_concat(k || '=' || v, ' ') FROM "
                                        "(SELECT k, v FROM case_search_config WHERE k LIKE '%merge' ORDER BY k)"))
              ->toString() == QStringLiteral("automerge=4 crisismerge=16"));
    CHECK_FALSE(QFile::exists(db.path() + QStringLiteral(".search-build")));
}

TEST_CASE("a demo whose search index cannot be built beside the file rebuilds it in one pass", "[bulk][demo][search][sqlite-only]")
{
    TestDatabase db;
    const QSqlDatabase c = db.connection();
    // A folder where the scratch file would go: the indexing thread cannot open it.
    const QString scratch = db.path() + QStringLiteral(".search-build");
    REQUIRE(QDir().mkdir(scratch));
    REQUIRE(generateDemoData(c, DemoOptions{300, 3, QDate(2026, 6, 1), HashCost::CheapForTests}).ok());
    execOrFail(c, QStringLiteral("INSERT INTO case_search(case_search, rank) VALUES ('integrity-check', 1)"));
    const QString someCase =
        queryScalar(c, QStringLiteral("SELECT case_number FROM complaints WHERE id = 7"))->toString();
    CaseFilter filter;
    filter.text = someCase.right(6);
    CHECK(CaseListQuery(c).count(filter).value() >= 1);
    CHECK(QFileInfo(scratch).isDir()); // left alone
}
