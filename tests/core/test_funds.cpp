#include "catch_qt.h"
#include "test_support.h"

#include "funds/fund_service.h"
#include "storage/audit_repository.h"
#include "storage/complaint_repository.h"
#include "storage/user_repository.h"

using namespace casedesk;
using namespace casedesk::test;

TEST_CASE("a first-compensation fund takes top-ups and pays cases out of its balance", "[funds]")
{
    TestDatabase db;
    const QSqlDatabase c = db.connection();
    REQUIRE(UserRepository(c).add(QStringLiteral("李敏"), Role::Caseworker, fixedNow()).ok());
    REQUIRE(UserRepository(c).add(QStringLiteral("王主任"), Role::Supervisor, fixedNow()).ok());
    auto added = ComplaintRepository(c).add(sampleComplaint(c), QStringLiteral("李敏"), fixedNow());
    REQUIRE(added.ok());
    FundService funds(c);
    const QString boss = QStringLiteral("王主任");

    Fund fund;
    fund.name = QStringLiteral("长宁来福士先行赔付金");
    fund.holder = QStringLiteral("长宁来福士广场");
    CHECK(funds.create(fund, QStringLiteral("李敏"), fixedNow()).error().code == ErrorCode::Forbidden);
    auto id = funds.create(fund, boss, fixedNow());
    REQUIRE(id.ok());
    CHECK_FALSE(funds.create(fund, boss, fixedNow()).ok()); // the name is taken

    REQUIRE(funds.topUp(id.value(), 600000000, QStringLiteral("首期"), boss, fixedNow()).ok());
    CHECK_FALSE(funds.topUp(id.value(), -5, {}, boss, fixedNow()).ok());
    REQUIRE(funds.payout(id.value(), added->id, 240000, QStringLiteral("退卡余额"), boss, fixedNow()).ok());
    CHECK(ComplaintRepository(c).get(added->id)->recoveredFen == 240000);
    CHECK(AuditRepository(c).history(added->id)->last().action == QStringLiteral("fund_payout"));

    // More than the fund holds: refused, nothing paid.
    auto tooMuch = funds.payout(id.value(), added->id, 600000000, {}, boss, fixedNow());
    REQUIRE_FALSE(tooMuch.ok());
    CHECK(ComplaintRepository(c).get(added->id)->recoveredFen == 240000);
    CHECK_FALSE(funds.payout(id.value(), 99999, 100, {}, boss, fixedNow()).ok());

    auto stored = funds.get(id.value());
    REQUIRE(stored.ok());
    CHECK(stored->balanceFen == 600000000 - 240000);
    CHECK(stored->payouts == 1);
    auto statement = funds.statement(id.value());
    REQUIRE(statement.ok());
    REQUIRE(statement->size() == 2);
    CHECK(statement->at(1).caseNumber == added->caseNumber);
    CHECK(statement->at(1).balanceAfterFen == 600000000 - 240000);
}
