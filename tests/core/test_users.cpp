#include "catch_qt.h"
#include "test_support.h"

#include "storage/user_repository.h"

using namespace casedesk;
using namespace casedesk::test;

TEST_CASE("users are added with a role, listed by name and found", "[users]")
{
    TestDatabase db;
    UserRepository users(db.connection());
    auto added = users.add(QStringLiteral("  李敏 "), Role::Caseworker, fixedNow());
    REQUIRE(added.ok());
    CHECK(added->name == QStringLiteral("李敏"));
    CHECK(added->role == Role::Caseworker);
    CHECK(added->active);
    CHECK(added->createdAt == fixedNow());
    REQUIRE(users.add(QStringLiteral("王主任"), Role::Supervisor, fixedNow()).ok());
    REQUIRE(users.add(QStringLiteral("Admin"), Role::Administrator, fixedNow()).ok());

    auto all = users.list();
    REQUIRE(all.ok());
    QStringList names;
    for (const User &user : all.value())
        names << user.name;
    CHECK(names.size() == 3);
    CHECK(names.contains(QStringLiteral("王主任")));

    auto found = users.findByName(QStringLiteral("王主任"));
    REQUIRE(found.ok());
    CHECK(found->role == Role::Supervisor);
    auto missing = users.findByName(QStringLiteral("张三"));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == ErrorCode::NotFound);
}

TEST_CASE("a user name must be present, readable and not taken", "[users]")
{
    TestDatabase db;
    UserRepository users(db.connection());
    REQUIRE(users.add(QStringLiteral("李敏"), Role::Caseworker, fixedNow()).ok());
    for (const QString &bad : {QStringLiteral("李敏"), QStringLiteral(" 李敏"), QString(), QStringLiteral("   "),
                               QString(41, QChar(u'名')), QStringLiteral("李\n敏"), QString(QChar(0xFFFD))}) {
        CAPTURE(bad);
        auto refused = users.add(bad, Role::Supervisor, fixedNow());
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::InvalidInput);
        REQUIRE(refused.error().fieldErrors.size() == 1);
        CHECK(refused.error().fieldErrors.first().field == QStringLiteral("name"));
    }
    CHECK(users.add(QString(40, QChar(u'名')), Role::Caseworker, fixedNow()).ok());
    CHECK(rowCount(db.connection(), QStringLiteral("users")) == 2);
    // The database refuses an unknown role even if code were to try.
    CHECK_THROWS(execOrFail(db.connection(), QStringLiteral("INSERT INTO users(name, role, created_at) "
                                                            "VALUES ('x', 'boss', '2026-01-01T00:00:00+08:00')")));
}

TEST_CASE("a user's role changes and someone who left becomes inactive", "[users]")
{
    TestDatabase db;
    UserRepository users(db.connection());
    REQUIRE(users.add(QStringLiteral("李敏"), Role::Caseworker, fixedNow()).ok());
    REQUIRE(users.setRole(QStringLiteral("李敏"), Role::Supervisor).ok());
    CHECK(users.findByName(QStringLiteral("李敏"))->role == Role::Supervisor);
    REQUIRE(users.setActive(QStringLiteral("李敏"), false).ok());
    CHECK_FALSE(users.findByName(QStringLiteral("李敏"))->active);
    CHECK(users.list(false)->isEmpty());
    CHECK(users.list(true)->size() == 1);
    REQUIRE(users.setActive(QStringLiteral("李敏"), true).ok());
    CHECK(users.list(false)->size() == 1);

    auto nobody = users.setRole(QStringLiteral("张三"), Role::Caseworker);
    REQUIRE_FALSE(nobody.ok());
    CHECK(nobody.error().code == ErrorCode::NotFound);
    CHECK(users.setActive(QStringLiteral("张三"), false).error().code == ErrorCode::NotFound);
}
