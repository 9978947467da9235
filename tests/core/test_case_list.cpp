#include "catch_qt.h"
#include "test_support.h"

#include "demo/demo_generator.h"
#include "query/case_list_query.h"
#include "storage/complaint_repository.h"
#include "storage/sql_helpers.h"

#include <QSet>

using namespace casedesk;
using namespace casedesk::test;

namespace {

// Every row, read page by page with keyset cursors.
QList<CaseListRow> readAllPages(const CaseListQuery &query, const CaseFilter &filter, const CaseSort &sort, int pageSize)
{
    QList<CaseListRow> all;
    std::optional<PageCursor> after;
    for (;;) {
        auto page = query.page(filter, sort, after, pageSize);
        INFO((page.ok() ? QString() : page.error().message).toStdString());
        REQUIRE(page.ok());
        all += page.value();
        if (page->size() < pageSize)
            return all;
        after = PageCursor{page->last().sortValue, page->last().id};
    }
}

} // namespace

TEST_CASE("keyset paging visits every case once, in order, for every sort key", "[caselist]")
{
    TestDatabase db;
    REQUIRE(generateDemoData(db.connection(), DemoOptions{600, 7, QDate(2026, 3, 1)}).ok());
    const CaseListQuery query(db.connection());

    const CaseSortKey keys[] = {CaseSortKey::ByReceivedAt, CaseSortKey::ByCaseNumber, CaseSortKey::ByStatus,
                                CaseSortKey::ByCategory,   CaseSortKey::ByChannel,    CaseSortKey::ByConsumer,
                                CaseSortKey::ByBusiness,   CaseSortKey::ByAmount,     CaseSortKey::ByAssignee};
    for (CaseSortKey key : keys) {
        for (bool descending : {false, true}) {
            CAPTURE(int(key), descending);
            const CaseSort sort{key, descending};
            const auto paged = readAllPages(query, {}, sort, 37);
            REQUIRE(paged.size() == 600);
            QSet<qint64> ids;
            for (const auto &row : paged)
                ids.insert(row.id);
            CHECK(ids.size() == 600);
            // Same order as one big page.
            const auto whole = query.page({}, sort, std::nullopt, 10000).value();
            for (int i = 0; i < whole.size(); ++i)
                REQUIRE(paged.at(i).id == whole.at(i).id);
            for (int i = 1; i < paged.size(); ++i) {
                const QVariant &a = paged.at(i - 1).sortValue;
                const QVariant &b = paged.at(i).sortValue;
                if (a.typeId() == QMetaType::QString)
                    CHECK((descending ? a.toString() >= b.toString() : a.toString() <= b.toString()));
                else
                    CHECK((descending ? a.toLongLong() >= b.toLongLong() : a.toLongLong() <= b.toLongLong()));
            }
        }
    }
}

TEST_CASE("filters narrow the list and the count agrees", "[caselist]")
{
    TestDatabase db;
    REQUIRE(generateDemoData(db.connection(), DemoOptions{800, 11, QDate(2026, 3, 1)}).ok());
    const CaseListQuery query(db.connection());
    const CaseSort sort;
    REQUIRE(query.count({}).value() == 800);

    SECTION("status")
    {
        CaseFilter filter;
        filter.status = CaseStatus::Closed;
        const auto rows = readAllPages(query, filter, sort, 100);
        REQUIRE_FALSE(rows.isEmpty());
        for (const auto &row : rows)
            CHECK(row.status == CaseStatus::Closed);
        CHECK(query.count(filter).value() == rows.size());
    }
    SECTION("channel and date range")
    {
        CaseFilter filter;
        filter.channel = Channel::Platform12315;
        filter.receivedFrom = QDate(2025, 1, 1);
        filter.receivedTo = QDate(2025, 6, 30);
        const auto rows = readAllPages(query, filter, sort, 100);
        REQUIRE_FALSE(rows.isEmpty());
        for (const auto &row : rows) {
            CHECK(row.channel == Channel::Platform12315);
            CHECK(row.receivedAt.date() >= filter.receivedFrom);
            CHECK(row.receivedAt.date() <= filter.receivedTo);
        }
        CHECK(query.count(filter).value() == rows.size());
    }
    SECTION("district of the business and caseworker, as the dashboard's click-through asks")
    {
        const QString district =
            queryScalar(db.connection(), QStringLiteral("SELECT b.district FROM complaints c JOIN businesses b "
                                                        "ON b.id = c.business_id GROUP BY b.district "
                                                        "ORDER BY count(*) DESC LIMIT 1"))
                ->toString();
        REQUIRE_FALSE(district.isEmpty());
        CaseFilter filter;
        filter.district = district;
        const qint64 expected =
            queryScalar(db.connection(),
                        QStringLiteral("SELECT count(*) FROM complaints c JOIN businesses b ON b.id = c.business_id "
                                       "WHERE b.district = ?"),
                        {district})
                ->toLongLong();
        CHECK(expected > 0);
        CHECK(expected < 800);
        CHECK(readAllPages(query, filter, sort, 100).size() == expected);
        CHECK(query.count(filter).value() == expected);

        const auto rows = readAllPages(query, filter, sort, 100);
        const auto assigned =
            std::find_if(rows.cbegin(), rows.cend(), [](const CaseListRow &row) { return !row.assignee.isEmpty(); });
        REQUIRE(assigned != rows.cend());
        filter.assignee = assigned->assignee;
        const auto theirs = readAllPages(query, filter, sort, 100);
        REQUIRE_FALSE(theirs.isEmpty());
        CHECK(theirs.size() < rows.size());
        for (const auto &row : theirs)
            CHECK(row.assignee == filter.assignee);
        CHECK(query.count(filter).value() == theirs.size());
    }
    SECTION("text: part of a case number, a two-character Chinese word, part of a phone")
    {
        const auto first = query.page({}, sort, std::nullopt, 1).value().first();
        CaseFilter filter;
        filter.text = first.caseNumber.right(6);
        const auto rows = readAllPages(query, filter, sort, 100);
        CHECK(std::any_of(rows.cbegin(), rows.cend(), [&](const auto &r) { return r.id == first.id; }));

        filter.text = QStringLiteral("退");
        const qint64 refunds = query.count(filter).value();
        CHECK(refunds > 0);
        CHECK(refunds < 800);
        // What the list says at once while it counts: the count, up to a cap.
        CHECK(query.countUpTo(filter, 10).value() == 10);
        CHECK(query.countUpTo(filter, 100000).value() == refunds);
        CHECK(query.countUpTo({}, 100000).value() == 800);

        const Complaint full = ComplaintRepository(db.connection()).get(first.id).value();
        filter.text = full.consumer.phone.mid(3, 4);
        CHECK(query.count(filter).value() >= 1);
    }
    SECTION("text with quotes and wildcards is taken literally")
    {
        for (const char *text : {"'", "\"", "%%%", "_x_x_", "' OR 1=1 --", "\\", "50%_off"}) {
            CaseFilter filter;
            filter.text = QString::fromUtf8(text);
            CAPTURE(filter.text);
            auto counted = query.count(filter);
            REQUIRE(counted.ok());
            CHECK(counted.value() == 0);
            CHECK(query.page(filter, sort, std::nullopt, 10).value().isEmpty());
        }
    }
}

TEST_CASE("a case whose text holds a quote and a percent sign is found by it", "[caselist]")
{
    TestDatabase db;
    addTestUser(db.connection(), QStringLiteral("t"));
    Complaint c = sampleComplaint(db.connection());
    c.facts = QStringLiteral("商家宣传\"全场5折\"，实际仅优惠10%_以内。");
    REQUIRE(ComplaintRepository(db.connection()).add(c, QStringLiteral("t"), fixedNow()).ok());
    const CaseListQuery query(db.connection());
    CaseFilter filter;
    filter.text = QStringLiteral("10%_");
    CHECK(query.count(filter).value() == 1);
    filter.text = QStringLiteral("\"全场");
    CHECK(query.count(filter).value() == 1);
    filter.text = QStringLiteral("20%");
    CHECK(query.count(filter).value() == 0);
}
