// server import writes rows with COPY (storage/server_copy_in.h): every value arrives as the
// file had it, whatever COPY's text format gives a meaning to (tabs, line breaks, backslashes,
// \N), NULL kept apart from empty text, and bytes kept byte for byte.

#include "catch_qt.h"
#include "test_server.h"
#include "test_support.h"

#include "stats/stats_summary_counter.h"
#include "storage/complaint_repository.h"
#include "storage/evidence_repository.h"
#include "storage/server_import.h"
#include "storage/sql_helpers.h"
#include "storage/user_repository.h"

using namespace casedesk;
using namespace casedesk::test;

TEST_CASE("server import keeps every value as the file had it", "[server-only][import]")
{
    TestDatabase file{TestDatabase::FileOnly{}};
    const QSqlDatabase desk = file.connection();
    addTestUser(desk, QStringLiteral("李敏"));
    Complaint complaint = sampleComplaint(desk);
    const QString awkward = QStringLiteral("一\t二\n三\\N 四\\\\ 五\r六 \\t 😀 ") + QString(19000, QChar(0x9000));
    complaint.facts = awkward;
    complaint.demand = QStringLiteral("\\N");
    auto saved = ComplaintRepository(desk).add(complaint, QStringLiteral("李敏"));
    INFO((saved ? std::string() : saved.error().message.toStdString()));
    REQUIRE(saved.ok());
    QByteArray bytes;
    for (int i = 0; i < 256; ++i)
        bytes.append(char(i));
    bytes += QByteArrayLiteral("\\N\t\n\\x00");
    auto attached = EvidenceRepository(desk).add(saved->id, QStringLiteral("收据 扫描.bin"), bytes, QString(),
                                                 QStringLiteral("李敏"));
    REQUIRE(attached.ok());
    // NULL beside empty text: a user without a password ('') and never locked out (NULL).
    REQUIRE(UserRepository(desk).add(QStringLiteral("王芳"), Role::Supervisor, fixedNow()).ok());
    const QString nullAndEmpty = QStringLiteral("SELECT count(*) FROM users WHERE locked_until IS NULL AND "
                                                "password_hash = '' AND name = '王芳'");
    REQUIRE(queryScalar(desk, nullAndEmpty).value().toInt() == 1);

    REQUIRE(StatsSummaryCounter(desk).refresh().ok()); // the file's figures counted, as a desk keeps them

    ServerScratchDatabase scratch{ServerScratchDatabase::Content::Empty};
    auto imported = importIntoServer(file.path(), scratch.url());
    INFO((imported ? std::string() : imported.error().message.toStdString()));
    REQUIRE(imported.ok());
    CHECK(imported->cases == 1);

    auto server = Database::open(scratch.url(), Database::OpenMode::OpenExisting);
    REQUIRE(server.ok());
    const QSqlDatabase db = server.value()->connection();
    auto copied = ComplaintRepository(db).get(saved->id);
    REQUIRE(copied.ok());
    CHECK(copied->facts == awkward);
    CHECK(copied->demand == QStringLiteral("\\N"));
    CHECK(EvidenceRepository(db).content(attached->id).value() == bytes);
    CHECK(EvidenceRepository(db).list(saved->id).value().first().fileName == QStringLiteral("收据 扫描.bin"));
    CHECK(queryScalar(db, nullAndEmpty).value().toInt() == 1);
    // The search index's indexes, built after its documents, are the schema's own again.
    CHECK(queryScalar(db, QStringLiteral("SELECT string_agg(indexname, ',' ORDER BY indexname) FROM pg_indexes "
                                         "WHERE tablename = 'case_search'"))
              .value()
              .toString() == QStringLiteral("case_search_pkey,case_search_short_terms,case_search_trigrams"));
    CHECK(indexConsistent(db));
    // The statistics come counted, as the file kept them: nothing left to count first, and
    // equal to a full recount on the server.
    CHECK(rowCount(db, QStringLiteral("stats_summary")) > 0);
    CHECK(queryScalar(db, QStringLiteral("SELECT count(*) FROM stats_dirty_months WHERE month = '*'")).value().toInt() == 0);
    StatsSummaryCounter counter(db);
    REQUIRE(counter.refresh().ok());
    const QString summaries = QStringLiteral("SELECT string_agg(t::text, ';' ORDER BY t::text) FROM stats_summary t");
    const QString kept = queryScalar(db, summaries).value().toString();
    REQUIRE(counter.recountAll().ok());
    CHECK(queryScalar(db, summaries).value().toString() == kept);
}
