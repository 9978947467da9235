#include "catch_qt.h"
#include "test_support.h"

#include "query/party_lookup.h"
#include "storage/complaint_repository.h"

using namespace casedesk;
using namespace casedesk::test;

TEST_CASE("intake look-ups: returning consumer, known business, duplicates, open complaints", "[lookup]")
{
    TestDatabase db;
    addTestUser(db.connection(), QStringLiteral("t"));
    ComplaintRepository repository(db.connection());
    const Complaint first = sampleComplaint(db.connection());
    REQUIRE(repository.add(first, QStringLiteral("t"), fixedNow()).ok());
    Complaint second = first;
    second.receivedAt = first.receivedAt.addDays(2);
    auto added = repository.add(second, QStringLiteral("t"), fixedNow());
    REQUIRE(added.ok());
    Complaint otherBusiness = first;
    otherBusiness.business = {0, QStringLiteral("优学100%_教育"), {}, QStringLiteral("上海市长宁区天山路1号"),
                              QStringLiteral("长宁区"), QStringLiteral("天山路街道")};
    REQUIRE(repository.add(otherBusiness, QStringLiteral("t"), fixedNow()).ok());
    const PartyLookup lookup(db.connection());

    SECTION("a returning consumer is found by phone with their last case")
    {
        auto found = lookup.consumerByPhone(QStringLiteral(" 13812345678 "));
        REQUIRE(found.ok());
        REQUIRE(found->has_value());
        CHECK(found->value().consumer.name == QStringLiteral("张伟"));
        CHECK(found->value().complaints == 3);
        CHECK(found->value().lastCaseNumber == added->caseNumber);
        REQUIRE(found->value().recentCases.size() == 3);
        CHECK(found->value().recentCases.first().caseNumber == added->caseNumber); // newest first
        CHECK(found->value().recentCases.at(1).receivedAt == first.receivedAt);
        CHECK_FALSE(lookup.consumerByPhone(QStringLiteral("13900000000"))->has_value());
    }
    SECTION("businesses by part of the name or the start of the credit code")
    {
        auto byName = lookup.businessesMatching(QStringLiteral("健身"));
        REQUIRE(byName.ok());
        REQUIRE(byName->size() == 1);
        CHECK(byName->first().allComplaints == 2);
        CHECK(byName->first().openComplaints == 2);
        auto byCode = lookup.businessesMatching(QStringLiteral("91350100m"));
        REQUIRE(byCode->size() == 1);
        CHECK(byCode->first().business.name == first.business.name);
        // Wildcards in typed text are literal.
        CHECK(lookup.businessesMatching(QStringLiteral("100%_"))->size() == 1);
        CHECK(lookup.businessesMatching(QStringLiteral("%"))->size() == 1);
        CHECK(lookup.businessesMatching(QStringLiteral("'"))->isEmpty());
    }
    SECTION("same consumer and business within 30 days is a likely duplicate")
    {
        auto duplicates = lookup.likelyDuplicates(first.consumer.phone, first.business.name, fixedNow());
        REQUIRE(duplicates.ok());
        CHECK(duplicates->size() == 2);
        CHECK(lookup.likelyDuplicates(first.consumer.phone, first.business.name, fixedNow().addDays(60))->isEmpty());
        CHECK(lookup.likelyDuplicates(QStringLiteral("13900000000"), first.business.name, fixedNow())->isEmpty());
    }
    SECTION("open complaints against a business")
    {
        CHECK(lookup.openComplaintsAgainst(first.business.name).value() == 2);
        CHECK(lookup.openComplaintsAgainst(QStringLiteral("无此商家")).value() == 0);
    }
}
