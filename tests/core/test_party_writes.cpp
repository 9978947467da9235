#include "catch_qt.h"
#include "test_support.h"

#include "query/case_list_query.h"
#include "storage/case_search.h"
#include "storage/complaint_repository.h"
#include "storage/engine.h"
#include "storage/sql_helpers.h"

using namespace casedesk;
using namespace casedesk::test;

namespace {

// Records every row write to the party tables, whatever its columns, through triggers of the
// test's own (temporary on SQLite; the server database is the test's own): a write of an
// unchanged value would fire the search index's and the statistics' triggers over every case
// of the party (schema v11, v12).
void watchPartyWrites(const QSqlDatabase &db)
{
    if (engineOf(db) == Engine::Postgres) {
        execOrFail(db, QStringLiteral("CREATE TABLE party_writes (what TEXT)"));
        execOrFail(db, QStringLiteral("CREATE FUNCTION watch_party() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                                      "INSERT INTO party_writes VALUES (TG_ARGV[0]); RETURN NULL; END $$"));
        for (const QString &table : {QStringLiteral("businesses"), QStringLiteral("consumers")})
            execOrFail(db, QStringLiteral("CREATE TRIGGER watch_%1 AFTER UPDATE ON %1 FOR EACH ROW "
                                          "EXECUTE FUNCTION watch_party('%1')")
                               .arg(table));
        return;
    }
    execOrFail(db, QStringLiteral("CREATE TEMP TABLE party_writes (what TEXT)"));
    execOrFail(db, QStringLiteral("CREATE TEMP TRIGGER watch_businesses AFTER UPDATE ON businesses BEGIN "
                                  "INSERT INTO party_writes VALUES ('business'); END"));
    execOrFail(db, QStringLiteral("CREATE TEMP TRIGGER watch_consumers AFTER UPDATE ON consumers BEGIN "
                                  "INSERT INTO party_writes VALUES ('consumer'); END"));
}

qint64 partyWrites(const QSqlDatabase &db)
{
    return queryScalar(db, QStringLiteral("SELECT count(*) FROM party_writes")).value().toLongLong();
}

qint64 searchCount(const QSqlDatabase &db, const QString &text)
{
    CaseFilter filter;
    filter.text = text;
    return CaseListQuery(db).count(filter).value();
}

} // namespace

TEST_CASE("saving a case for a known party does not rewrite the party", "[complaints][performance]")
{
    TestDatabase db;
    const QSqlDatabase connection = db.connection();
    addTestUser(connection, QStringLiteral("t"));
    ComplaintRepository repository(connection);
    const Complaint first = sampleComplaint(connection);
    for (int i = 0; i < 5; ++i)
        REQUIRE(repository.add(first, QStringLiteral("t"), fixedNow()).ok());
    watchPartyWrites(connection);
    execOrFail(connection, QStringLiteral("DELETE FROM stats_dirty_cases"));

    SECTION("a new case for a returning complainant and business writes neither, and notes only itself")
    {
        auto added = repository.add(first, QStringLiteral("t"), fixedNow());
        REQUIRE(added.ok());
        CHECK(partyWrites(connection) == 0);
        CHECK(rowCount(connection, QStringLiteral("stats_dirty_cases")) == 1);
        auto noted = queryScalar(connection, QStringLiteral("SELECT min(complaint_id) FROM stats_dirty_cases"));
        CHECK(noted.value().toLongLong() == added->id);
    }
    SECTION("correcting a case without touching its parties writes neither")
    {
        Complaint edited = repository.get(1).value();
        edited.demand = QStringLiteral("退还全部预付款");
        REQUIRE(repository.update(edited, QStringLiteral("t"), fixedNow()).ok());
        CHECK(partyWrites(connection) == 0);
        CHECK(rowCount(connection, QStringLiteral("stats_dirty_cases")) == 1);
    }
    SECTION("an ID number left empty keeps the one on file without a write")
    {
        Complaint again = first;
        again.consumer.idNumber.clear();
        REQUIRE(repository.add(again, QStringLiteral("t"), fixedNow()).ok());
        CHECK(partyWrites(connection) == 0);
    }
    SECTION("a new address is written alone: no case is re-counted or re-indexed")
    {
        Complaint moved = first;
        moved.business.address = QStringLiteral("上海市长宁区天山路99号");
        moved.consumer.address = QStringLiteral("上海市长宁区仙霞路1号");
        REQUIRE(repository.add(moved, QStringLiteral("t"), fixedNow()).ok());
        CHECK(partyWrites(connection) == 2);
        CHECK(rowCount(connection, QStringLiteral("stats_dirty_cases")) == 1);
        CHECK(queryScalar(connection, QStringLiteral("SELECT address FROM businesses")).value().toString() ==
              moved.business.address);
    }
    SECTION("a real change still reaches every case: a new street re-counts them, a new name re-indexes them")
    {
        Complaint edited = repository.get(1).value();
        edited.business.street = QStringLiteral("虹桥街道");
        edited.business.name = QStringLiteral("乐动健身新名称");
        REQUIRE(repository.update(edited, QStringLiteral("t"), fixedNow()).ok());
        CHECK(partyWrites(connection) == 1);
        CHECK(rowCount(connection, QStringLiteral("stats_dirty_cases")) == 5);
        CHECK(searchCount(connection, QStringLiteral("乐动健身新名称")) == 5);
    }
}

TEST_CASE("a renamed business's cases are re-indexed in chunks, and edits in between keep the index whole",
          "[search][performance]")
{
    TestDatabase db;
    const QSqlDatabase connection = db.connection();
    addTestUser(connection, QStringLiteral("t"));
    ComplaintRepository repository(connection);
    const Complaint first = sampleComplaint(connection);
    QList<qint64> ids;
    for (int i = 0; i < 7; ++i)
        ids << repository.add(first, QStringLiteral("t"), fixedNow()).value().id;
    const QString oldName = first.business.name;
    const auto indexWhole = [&] { return indexConsistent(connection); };

    // The rename itself copies seven documents aside and re-indexes nothing.
    execOrFail(connection, QStringLiteral("UPDATE businesses SET name = '欧米伽游泳馆'"));
    CHECK(rowCount(connection, QStringLiteral("case_search_stale")) == 7);
    CHECK(searchCount(connection, oldName) == 7);
    // Renaming it again before the re-index keeps the documents the index holds.
    execOrFail(connection, QStringLiteral("UPDATE businesses SET name = '欧米伽游泳馆（新店）'"));
    CHECK(rowCount(connection, QStringLiteral("case_search_stale")) == 7);
    // A case edited and a complainant renamed meanwhile take the indexed documents out.
    execOrFail(connection, QStringLiteral("UPDATE complaints SET facts = '骆驼牌跑步机未交付' WHERE id = %1").arg(ids.at(2)));
    CHECK(rowCount(connection, QStringLiteral("case_search_stale")) == 6);
    execOrFail(connection, QStringLiteral("UPDATE consumers SET name = '李娜'"));
    CHECK(rowCount(connection, QStringLiteral("case_search_stale")) == 0);
    CHECK(indexWhole());

    execOrFail(connection, QStringLiteral("UPDATE businesses SET name = '欧米伽游泳馆'"));
    deleteCaseWithItsRecords(connection, ids.at(5));
    CHECK(rowCount(connection, QStringLiteral("case_search_stale")) == 6);
    auto reindexed = reindexStaleCases(connection, 4); // two chunks: 4 and 2
    REQUIRE(reindexed.ok());
    CHECK(reindexed.value() == 6);
    CHECK(rowCount(connection, QStringLiteral("case_search_stale")) == 0);
    CHECK(indexWhole());
    CHECK(searchCount(connection, QStringLiteral("欧米伽游泳馆")) == 6);
    CHECK(searchCount(connection, QStringLiteral("新店")) == 0);
    CHECK(searchCount(connection, QStringLiteral("骆驼牌")) == 1);
    CHECK(searchCount(connection, oldName) == 0);
}

TEST_CASE("a large import is indexed for search at the end, and a refused one leaves the index as it was",
          "[search][performance]")
{
    TestDatabase db;
    const QSqlDatabase connection = db.connection();
    addTestUser(connection, QStringLiteral("t"));
    ComplaintRepository repository(connection);
    REQUIRE(repository.add(sampleComplaint(connection), QStringLiteral("t"), fixedNow()).ok());
    const auto indexWhole = [&] { return indexConsistent(connection); };
    QList<Complaint> import;
    for (int i = 0; i < 60; ++i) {
        Complaint c = sampleComplaint(connection);
        c.consumer.phone = QStringLiteral("139%1").arg(i, 8, 10, QLatin1Char('0'));
        c.facts = QStringLiteral("骆驼牌跑步机第%1台未交付。").arg(i);
        import << c;
    }
    // The last item renames the business (same credit code): its earlier case is noted for a
    // re-index, the imported ones are indexed with the new name at once.
    import.last().business.name = QStringLiteral("欧米伽游泳馆");

    SECTION("accepted")
    {
        REQUIRE(repository.addAll(import, QStringLiteral("t"), fixedNow()).ok());
        CHECK(allSearchTriggers(connection));
        CHECK(indexWhole());
        CHECK(searchCount(connection, QStringLiteral("骆驼牌跑步机")) == 60);
        CHECK(searchCount(connection, QStringLiteral("欧米伽游泳馆")) == 61);
        CHECK(rowCount(connection, QStringLiteral("case_search_stale")) == 0);
    }
    SECTION("refused at item 57: nothing stored, the trigger and the index as they were")
    {
        import[56].categoryId = 999999;
        CHECK_FALSE(repository.addAll(import, QStringLiteral("t"), fixedNow()).ok());
        CHECK(rowCount(connection, QStringLiteral("complaints")) == 1);
        CHECK(allSearchTriggers(connection));
        CHECK(indexWhole());
        REQUIRE(repository.add(import.first(), QStringLiteral("t"), fixedNow()).ok());
        CHECK(searchCount(connection, QStringLiteral("骆驼牌跑步机")) == 1);
    }
}
