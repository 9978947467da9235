#include "catch_qt.h"

#include "privacy/masking.h"

using namespace casedesk;

TEST_CASE("phones, ID numbers and names are masked the way DOMAIN.md shows", "[privacy]")
{
    CHECK(maskPhone(QStringLiteral("13812341234")) == QStringLiteral("138****1234"));
    CHECK(maskPhone(QStringLiteral(" 021-62345678 ")) == QStringLiteral("021*****5678"));
    CHECK(maskPhone(QStringLiteral("1234")) == QStringLiteral("****"));
    CHECK(maskPhone(QString()).isEmpty());

    CHECK(maskIdNumber(QStringLiteral("11010519491231002X")) == QStringLiteral("110105********002X"));
    CHECK(maskIdNumber(QStringLiteral("123")) == QStringLiteral("***"));

    CHECK(maskName(QStringLiteral("张三丰")) == QStringLiteral("张**"));
    CHECK(maskName(QStringLiteral("李")) == QStringLiteral("李*"));
    CHECK(maskName(QStringLiteral("Alice Wong")) == QStringLiteral("A*********"));
    CHECK(maskName(QStringLiteral("  ")).isEmpty());
}
