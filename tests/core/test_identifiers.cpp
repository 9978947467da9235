#include "catch_qt.h"

#include "domain/money.h"
#include "validation/identifiers.h"

using namespace casedesk;

TEST_CASE("resident ID numbers are checked with the GB 11643 check digit", "[identifiers]")
{
    // Published examples with a correct check digit.
    CHECK(residentIdProblem(QStringLiteral("11010519491231002X")).isEmpty());
    CHECK(residentIdProblem(QStringLiteral("11010519491231002x")).isEmpty());
    CHECK(residentIdProblem(QStringLiteral("110101199003074477")).isEmpty());
    CHECK(birthDateOfResidentId(QStringLiteral("110101199003074477")) == QDate(1990, 3, 7));

    CHECK_FALSE(residentIdProblem(QStringLiteral("110101199003074478")).isEmpty()); // wrong check digit
    CHECK_FALSE(residentIdProblem(QStringLiteral("11010119900307447")).isEmpty());  // 17 characters
    CHECK_FALSE(residentIdProblem(QStringLiteral("1101011990030744A7")).isEmpty()); // a letter inside
    CHECK_FALSE(residentIdProblem(QStringLiteral("110101199013074471")).isEmpty()); // month 13
    CHECK_FALSE(residentIdProblem(QString()).isEmpty());
}

TEST_CASE("unified social credit codes are checked with the GB 32100 mod-31 check", "[identifiers]")
{
    CHECK(creditCodeProblem(QStringLiteral("91350100M000100Y43")).isEmpty());
    CHECK(creditCodeProblem(QStringLiteral("91110000600037341L")).isEmpty());
    CHECK(creditCodeProblem(QStringLiteral("91440300708461136T")).isEmpty());

    CHECK_FALSE(creditCodeProblem(QStringLiteral("91350100M000100Y44")).isEmpty()); // wrong check
    CHECK_FALSE(creditCodeProblem(QStringLiteral("91350100M000100Y4")).isEmpty());  // too short
    CHECK_FALSE(creditCodeProblem(QStringLiteral("91350100I000100Y43")).isEmpty()); // I is not used
    CHECK_FALSE(creditCodeProblem(QStringLiteral("91350100m000100y43")).isEmpty()); // lower case
}

TEST_CASE("phone numbers: mainland mobiles and landlines", "[identifiers]")
{
    for (const char *good : {"13812345678", "19912345678", "021-62345678", "02162345678", "62345678",
                             "0571-8765432", "021-62345678-123"})
        CHECK(phoneProblem(QLatin1String(good)).isEmpty());
    for (const char *bad : {"12812345678", "1381234567", "138123456789", "abc", "021-1234", ""})
        CHECK_FALSE(phoneProblem(QLatin1String(bad)).isEmpty());
    CHECK(isMobilePhone(QStringLiteral("13812345678")));
    CHECK_FALSE(isMobilePhone(QStringLiteral("021-62345678")));
}

TEST_CASE("money is integer fen, formatted and parsed in yuan", "[money]")
{
    CHECK(formatYuan(0) == QStringLiteral("0.00"));
    CHECK(formatYuan(5) == QStringLiteral("0.05"));
    CHECK(formatYuan(240000) == QStringLiteral("2,400.00"));
    CHECK(formatYuan(123456789012) == QStringLiteral("1,234,567,890.12"));
    CHECK(formatYuan(-150) == QStringLiteral("-1.50"));

    CHECK(parseYuan(QStringLiteral("2400")) == 240000);
    CHECK(parseYuan(QStringLiteral("2,400.5")) == 240050);
    CHECK(parseYuan(QStringLiteral("¥ 12.34")) == 1234);
    CHECK(parseYuan(QStringLiteral("￥0.05")) == 5);
    CHECK_FALSE(parseYuan(QStringLiteral("-5")).has_value());
    CHECK_FALSE(parseYuan(QStringLiteral("1.234")).has_value());
    CHECK_FALSE(parseYuan(QStringLiteral("12,34")).has_value());
    CHECK_FALSE(parseYuan(QStringLiteral("abc")).has_value());
    CHECK_FALSE(parseYuan(QStringLiteral("99999999999999999999")).has_value());
}

TEST_CASE("amounts in Chinese capital numerals, as a receipt writes them", "[money]")
{
    CHECK(yuanInCapitals(0) == QStringLiteral("零元整"));
    CHECK(yuanInCapitals(5) == QStringLiteral("伍分"));
    CHECK(yuanInCapitals(50) == QStringLiteral("伍角整"));
    CHECK(yuanInCapitals(240050) == QStringLiteral("贰仟肆佰元伍角整"));
    CHECK(yuanInCapitals(123405) == QStringLiteral("壹仟贰佰叁拾肆元零伍分"));
    CHECK(yuanInCapitals(1000105) == QStringLiteral("壹万零壹元零伍分"));
    CHECK(yuanInCapitals(1001000) == QStringLiteral("壹万零壹拾元整"));
    CHECK(yuanInCapitals(101000000) == QStringLiteral("壹佰零壹万元整"));
    CHECK(yuanInCapitals(100000000) == QStringLiteral("壹佰万元整"));
    CHECK(yuanInCapitals(kMaxAmountFen) == QStringLiteral("壹亿元整"));
    CHECK(yuanInCapitals(1000000100) == QStringLiteral("壹仟万零壹元整"));
    CHECK(yuanInCapitals(1099) == QStringLiteral("壹拾元玖角玖分"));
    CHECK(yuanInCapitals(10000200000) == QStringLiteral("壹亿零贰仟元整"));
    CHECK(yuanInCapitals(1500000) == QStringLiteral("壹万伍仟元整"));
}

TEST_CASE("check characters of input that is not an identifier are null, not out of bounds", "[validation][fuzz]")
{
    // Found by scripts/fuzz.sh: a letter's digitValue() of -1 indexed before the table.
    CHECK(residentIdCheckDigit(QStringLiteral("1101051949123100A")).isNull());
    CHECK(residentIdCheckDigit(QStringLiteral("110105")).isNull());
    CHECK(residentIdCheckDigit(QStringLiteral("11010519491231002")) == QLatin1Char('X'));
    CHECK(creditCodeCheckCharacter(QStringLiteral("91350100M000100YI")).isNull());
    CHECK(creditCodeCheckCharacter(QStringLiteral("9135")).isNull());
    CHECK(creditCodeCheckCharacter(QStringLiteral("91350100M000100Y4")) == QLatin1Char('3'));
}
