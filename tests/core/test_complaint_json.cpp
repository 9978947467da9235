#include "catch_qt.h"
#include "test_support.h"

#include "export/complaint_json.h"
#include "storage/complaint_repository.h"

#include <QJsonDocument>

using namespace casedesk;
using namespace casedesk::test;

TEST_CASE("a case survives a JSON round trip", "[json]")
{
    TestDatabase db;
    const Complaint original = sampleComplaint(db.connection());
    const QByteArray text = QJsonDocument(complaintToJson(original)).toJson();
    auto read = complaintFromJson(QJsonDocument::fromJson(text).object());
    REQUIRE(read.ok());
    const Complaint &c = read.value();
    CHECK(c.consumer.name == original.consumer.name);
    CHECK(c.consumer.idNumber == original.consumer.idNumber);
    CHECK(c.business.creditCode == original.business.creditCode);
    CHECK(c.business.street == original.business.street);
    CHECK(c.channel == original.channel);
    CHECK(c.nature == original.nature);
    CHECK(c.categoryId == original.categoryId);
    CHECK(c.amountFen == original.amountFen);
    CHECK(c.incidentDate == original.incidentDate);
    CHECK(c.receivedAt == original.receivedAt);
    CHECK(c.facts == original.facts);
}

TEST_CASE("malformed JSON cases are refused field by field", "[json]")
{
    const QJsonObject bad{{QStringLiteral("channel"), QStringLiteral("carrier pigeon")},
                          {QStringLiteral("amountFen"), 12.5},
                          {QStringLiteral("incidentDate"), QStringLiteral("2026-13-01")},
                          {QStringLiteral("receivedAt"), 5},
                          {QStringLiteral("consumer"), QStringLiteral("张伟")}};
    auto read = complaintFromJson(bad);
    REQUIRE_FALSE(read.ok());
    QStringList fields;
    for (const FieldError &problem : read.error().fieldErrors)
        fields << problem.field;
    CHECK(fields.contains(QStringLiteral("channel")));
    CHECK(fields.contains(QStringLiteral("amount")));
    CHECK(fields.contains(QStringLiteral("incidentDate")));
    CHECK(fields.contains(QStringLiteral("receivedAt")));
    CHECK(fields.contains(QStringLiteral("consumer")));
}
