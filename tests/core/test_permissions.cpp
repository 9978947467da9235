#include "catch_qt.h"
#include "test_support.h"

#include "auth/permissions.h"
#include "storage/user_repository.h"

using namespace casedesk;
using namespace casedesk::test;

TEST_CASE("the permission table keeps each role to its own work", "[permissions]")
{
    CHECK(roleAllows(Role::Caseworker, Permission::WorkCase));
    CHECK(roleAllows(Role::Caseworker, Permission::Mediate));
    CHECK_FALSE(roleAllows(Role::Caseworker, Permission::ReopenCase));
    CHECK_FALSE(roleAllows(Role::Caseworker, Permission::ManageUsers));
    CHECK_FALSE(roleAllows(Role::Caseworker, Permission::RevealPersonalData));

    CHECK(roleAllows(Role::Supervisor, Permission::ReopenCase));
    CHECK(roleAllows(Role::Supervisor, Permission::RevealPersonalData));
    CHECK_FALSE(roleAllows(Role::Supervisor, Permission::ManageUsers));

    CHECK(roleAllows(Role::Administrator, Permission::ManageUsers));
    CHECK(roleAllows(Role::Administrator, Permission::ManageBackups));
    CHECK_FALSE(roleAllows(Role::Administrator, Permission::WorkCase));
    CHECK_FALSE(roleAllows(Role::Administrator, Permission::Mediate));

    for (Role role : allRoles())
        CHECK(roleAllows(role, Permission::ViewCases));
}

TEST_CASE("authorize names the user, the role and what was refused", "[permissions]")
{
    TestDatabase db;
    UserRepository users(db.connection());
    REQUIRE(users.add(QStringLiteral("李敏"), Role::Caseworker, fixedNow()).ok());
    REQUIRE(users.add(QStringLiteral("老周"), Role::Caseworker, fixedNow()).ok());
    REQUIRE(users.setActive(QStringLiteral("老周"), false).ok());

    auto allowed = authorize(db.connection(), QStringLiteral("李敏"), Permission::WorkCase);
    REQUIRE(allowed.ok());
    CHECK(allowed->name == QStringLiteral("李敏"));

    auto refused = authorize(db.connection(), QStringLiteral("李敏"), Permission::ManageUsers);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Forbidden);
    CHECK(refused.error().message.contains(QStringLiteral("李敏")));
    CHECK(refused.error().message.contains(labelOf(Permission::ManageUsers)));

    CHECK(authorize(db.connection(), QStringLiteral("老周"), Permission::ViewCases).error().code
          == ErrorCode::Forbidden);
    CHECK(authorize(db.connection(), QStringLiteral("nobody"), Permission::ViewCases).error().code
          == ErrorCode::Forbidden);
    CHECK(authorize(db.connection(), QStringLiteral("  "), Permission::ViewCases).error().code
          == ErrorCode::Forbidden);
}
