#include "catch_qt.h"
#include "test_support.h"

#include "domain/money.h"
#include "text/text_checks.h"
#include "validation/complaint_validator.h"

using namespace casedesk;
using namespace casedesk::test;

namespace {

QStringList fieldsOf(const QList<FieldError> &problems)
{
    QStringList fields;
    for (const auto &problem : problems) {
        CHECK_FALSE(problem.message.isEmpty());
        fields << problem.field;
    }
    return fields;
}

} // namespace

TEST_CASE("a complete complaint passes validation", "[validation]")
{
    TestDatabase db;
    CHECK(validateComplaint(sampleComplaint(db.connection()), fixedNow()).isEmpty());
}

TEST_CASE("missing required elements are each reported against their field", "[validation]")
{
    Complaint c;
    c.receivedAt = fixedNow();
    const QStringList fields = fieldsOf(validateComplaint(c, fixedNow()));
    for (const char *required : {"consumer.name", "consumer.phone", "consumer.address", "business.name",
                                 "business.address", "category", "demand", "facts"})
        CHECK(fields.contains(QLatin1String(required)));
}

TEST_CASE("bad values are refused with a message", "[validation]")
{
    TestDatabase db;
    Complaint c = sampleComplaint(db.connection());

    SECTION("negative amount")
    {
        c.amountFen = -100;
        CHECK(fieldsOf(validateComplaint(c, fixedNow())) == QStringList{QStringLiteral("amount")});
    }
    SECTION("absurd amount")
    {
        c.amountFen = kMaxAmountFen + 1;
        CHECK(fieldsOf(validateComplaint(c, fixedNow())) == QStringList{QStringLiteral("amount")});
    }
    SECTION("received in the future")
    {
        c.receivedAt = fixedNow().addSecs(3600);
        CHECK(fieldsOf(validateComplaint(c, fixedNow())) == QStringList{QStringLiteral("receivedAt")});
    }
    SECTION("incident after receipt")
    {
        c.incidentDate = c.receivedAt.date().addDays(1);
        CHECK(fieldsOf(validateComplaint(c, fixedNow())) == QStringList{QStringLiteral("incidentDate")});
    }
    SECTION("wrong ID number and credit code")
    {
        c.consumer.idNumber = QStringLiteral("110101199003074478");
        c.business.creditCode = QStringLiteral("91350100M000100Y44");
        CHECK(fieldsOf(validateComplaint(c, fixedNow())) ==
              QStringList{QStringLiteral("consumer.idNumber"), QStringLiteral("business.creditCode")});
    }
    SECTION("a 1 MB text")
    {
        c.facts = QString(1024 * 1024, QChar(u'诉'));
        const auto problems = validateComplaint(c, fixedNow());
        REQUIRE(fieldsOf(problems) == QStringList{QStringLiteral("facts")});
        CHECK(problems.first().message.contains(QStringLiteral("20000")));
    }
    SECTION("text carrying broken encoding")
    {
        c.demand = QStringLiteral("退款") + QChar(QChar::ReplacementCharacter);
        c.consumer.name = QString(QChar(0xD800)); // lone surrogate
        CHECK(fieldsOf(validateComplaint(c, fixedNow())) ==
              QStringList{QStringLiteral("consumer.name"), QStringLiteral("demand")});
    }
    SECTION("whitespace is not a value")
    {
        c.demand = QStringLiteral("   \n ");
        CHECK(fieldsOf(validateComplaint(c, fixedNow())) == QStringList{QStringLiteral("demand")});
    }
}

TEST_CASE("UTF-8 input is decoded strictly", "[validation]")
{
    auto good = decodeUtf8Strict(QByteArrayLiteral("\xe6\xb6\x88\xe4\xbf\x9d\xe5\xa7\x94")); // 消保委
    REQUIRE(good.ok());
    CHECK(good.value() == QStringLiteral("消保委"));

    CHECK_FALSE(decodeUtf8Strict(QByteArrayLiteral("\xe6\xb6")).ok());        // truncated sequence
    CHECK_FALSE(decodeUtf8Strict(QByteArrayLiteral("abc\xff\xfe")).ok());     // invalid bytes
    CHECK_FALSE(decodeUtf8Strict(QByteArrayLiteral("\xed\xa0\x80")).ok());    // encoded surrogate
    CHECK(decodeUtf8Strict(QByteArrayLiteral("\xed\xa0\x80")).error().code == ErrorCode::InvalidInput);
}
