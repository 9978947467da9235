#include "catch_qt.h"
#include "test_support.h"

#include "auth/password_hash.h"
#include "auth/sign_in_service.h"
#include "auth/user_administration.h"
#include "storage/desk_event_repository.h"
#include "storage/user_repository.h"

using namespace casedesk;
using namespace casedesk::test;

namespace {

QStringList actionsOf(const QSqlDatabase &db)
{
    QStringList actions;
    for (const DeskEvent &event : DeskEventRepository(db).latest().value())
        actions.prepend(event.action);
    return actions;
}

} // namespace

TEST_CASE("passwords are stored as Argon2id strings that verify only the right password", "[auth]")
{
    auto hash = hashPassword(QStringLiteral("正确的密码-11"), HashCost::CheapForTests);
    REQUIRE(hash.ok());
    CHECK(hash->startsWith(QStringLiteral("$argon2id$")));
    CHECK(verifyPassword(hash.value(), QStringLiteral("正确的密码-11")));
    CHECK_FALSE(verifyPassword(hash.value(), QStringLiteral("正确的密码-22")));
    CHECK_FALSE(verifyPassword(QString(), QString()));
    CHECK_FALSE(verifyPassword(QStringLiteral("$argon2id$garbage"), QStringLiteral("x")));
    // The same password twice gives two different strings (a fresh salt each time).
    CHECK(hashPassword(QStringLiteral("正确的密码-11"), HashCost::CheapForTests).value() != hash.value());

    // The production cost is libsodium's interactive limit, written into the string.
    auto real = hashPassword(QStringLiteral("a-real-password"), HashCost::Interactive);
    REQUIRE(real.ok());
    CHECK(real->startsWith(QStringLiteral("$argon2id$v=19$m=65536,t=2,")));
    CHECK(verifyPassword(real.value(), QStringLiteral("a-real-password")));

    CHECK_FALSE(hashPassword(QStringLiteral("short"), HashCost::CheapForTests).ok());
    CHECK_FALSE(hashPassword(QString(kMaxPasswordLength + 1, QLatin1Char('x')), HashCost::CheapForTests).ok());
    CHECK(hashPassword(QString(kMaxPasswordLength, QLatin1Char('x')), HashCost::CheapForTests).ok());
}

TEST_CASE("a new database needs its first administrator, once", "[auth][first-run]")
{
    TestDatabase db;
    SignInService signIns(db.connection());
    CHECK(signIns.needsFirstAdministrator().value());
    CHECK_FALSE(signIns.createFirstAdministrator(QStringLiteral("管理员"), QStringLiteral("short"),
                                                 HashCost::CheapForTests)
                    .ok());
    CHECK(signIns.needsFirstAdministrator().value());

    auto admin = signIns.createFirstAdministrator(QStringLiteral("管理员"), QStringLiteral("admin-password"),
                                                  HashCost::CheapForTests, fixedNow());
    REQUIRE(admin.ok());
    CHECK(admin->role == Role::Administrator);
    CHECK(admin->hasPassword);
    CHECK(UserRepository(db.connection()).passwordHashOf(QStringLiteral("管理员"))->startsWith(QStringLiteral("$argon2id$")));
    CHECK_FALSE(signIns.needsFirstAdministrator().value());

    auto second = signIns.createFirstAdministrator(QStringLiteral("别人"), QStringLiteral("other-password"),
                                                   HashCost::CheapForTests);
    REQUIRE_FALSE(second.ok());
    CHECK(second.error().code == ErrorCode::Conflict);
    CHECK(actionsOf(db.connection()).contains(QStringLiteral("first_administrator")));
    CHECK(signIns.signIn(QStringLiteral("管理员"), QStringLiteral("admin-password"), fixedNow()).ok());
}

TEST_CASE("an older file's users sign in once an administrator gives them passwords", "[auth][first-run]")
{
    TestDatabase db;
    UserRepository users(db.connection());
    REQUIRE(users.add(QStringLiteral("李敏"), Role::Caseworker, fixedNow()).ok()); // as before version 7
    SignInService signIns(db.connection());
    auto noPassword = signIns.signIn(QStringLiteral("李敏"), QStringLiteral("anything-at-all"), fixedNow());
    REQUIRE_FALSE(noPassword.ok());
    CHECK(noPassword.error().message.contains(QStringLiteral("no password")));
    CHECK(signIns.needsFirstAdministrator().value());
    // The first administrator cannot take over an existing caseworker's name.
    CHECK_FALSE(signIns.createFirstAdministrator(QStringLiteral("李敏"), QStringLiteral("admin-password"),
                                                 HashCost::CheapForTests)
                    .ok());
    REQUIRE(signIns.createFirstAdministrator(QStringLiteral("管理员"), QStringLiteral("admin-password"),
                                             HashCost::CheapForTests)
                .ok());
    REQUIRE(UserAdministration(db.connection())
                .resetPassword(QStringLiteral("管理员"), QStringLiteral("李敏"), QStringLiteral("limin-password"),
                               HashCost::CheapForTests)
                .ok());
    CHECK(signIns.signIn(QStringLiteral("李敏"), QStringLiteral("limin-password"), fixedNow()).ok());
}

TEST_CASE("five wrong passwords lock a user out for fifteen minutes, recorded", "[auth][lock-out]")
{
    TestDatabase db;
    addTestUser(db.connection(), QStringLiteral("李敏"));
    SignInService signIns(db.connection());
    const QDateTime start = fixedNow();

    // Four failures, then the right password: the count starts again.
    for (int i = 0; i < 4; ++i)
        CHECK_FALSE(signIns.signIn(QStringLiteral("李敏"), QStringLiteral("wrong-password"), start).ok());
    CHECK(UserRepository(db.connection()).findByName(QStringLiteral("李敏"))->failedSignIns == 4);
    REQUIRE(signIns.signIn(QStringLiteral("李敏"), kTestPassword, start).ok());
    CHECK(UserRepository(db.connection()).findByName(QStringLiteral("李敏"))->failedSignIns == 0);

    for (int i = 0; i < 4; ++i)
        CHECK_FALSE(signIns.signIn(QStringLiteral("李敏"), QStringLiteral("wrong-password"), start).ok());
    auto fifth = signIns.signIn(QStringLiteral("李敏"), QStringLiteral("wrong-password"), start);
    REQUIRE_FALSE(fifth.ok());
    CHECK(fifth.error().code == ErrorCode::Forbidden);
    CHECK(fifth.error().message.contains(QStringLiteral("locked out for 15 minutes")));

    // Locked: even the right password is refused until the time is up.
    auto locked = signIns.signIn(QStringLiteral("李敏"), kTestPassword, start.addSecs(14 * 60));
    REQUIRE_FALSE(locked.ok());
    CHECK(locked.error().message.contains(QStringLiteral("locked out")));
    // The refusal does not tell a locked-out name from a wrong password or an unknown name:
    // it would tell which names exist.
    CHECK(locked.error().message == fifth.error().message);
    CHECK(signIns.signIn(QStringLiteral("陌生人"), QStringLiteral("wrong-password"), start).error().message ==
          locked.error().message);
    CHECK_FALSE(locked.error().message.contains(QStringLiteral("李敏")));
    CHECK(signIns.signIn(QStringLiteral("李敏"), kTestPassword, start.addSecs(15 * 60 + 1)).ok());

    const QStringList actions = actionsOf(db.connection());
    CHECK(actions.count(QStringLiteral("sign_in_failed")) == 10); // with the unknown name
    CHECK(actions.count(QStringLiteral("locked_out")) == 1);
    CHECK(actions.count(QStringLiteral("signed_in")) == 2);
    // No password ever reaches the log.
    for (const DeskEvent &event : DeskEventRepository(db.connection()).latest().value())
        CHECK_FALSE(event.detail.contains(QStringLiteral("wrong-password")));

    // Unknown users and inactive users are refused the same careful way.
    CHECK(signIns.signIn(QStringLiteral("陌生人"), kTestPassword, start).error().code == ErrorCode::Forbidden);
    CHECK(signIns.signIn(QStringLiteral("  "), kTestPassword, start).error().code == ErrorCode::Forbidden);
    CHECK(signIns.signIn(QString(1'000'000, QChar(u'名')), kTestPassword, start).error().code == ErrorCode::Forbidden);
    CHECK(DeskEventRepository(db.connection()).latest(1).value().first().actor.size() <= 80);
    REQUIRE(UserRepository(db.connection()).setActive(QStringLiteral("李敏"), false).ok());
    CHECK(signIns.signIn(QStringLiteral("李敏"), kTestPassword, start.addSecs(3600)).error().message.contains(
        QStringLiteral("no longer active")));
}

TEST_CASE("an administrator unlocks early; a user changes their own password", "[auth][lock-out]")
{
    TestDatabase db;
    addTestUser(db.connection(), QStringLiteral("管理员"), Role::Administrator);
    addTestUser(db.connection(), QStringLiteral("李敏"));
    SignInService signIns(db.connection());
    for (int i = 0; i < SignInService::kMaxFailures; ++i)
        (void)signIns.signIn(QStringLiteral("李敏"), QStringLiteral("wrong-password"), fixedNow());
    CHECK_FALSE(signIns.signIn(QStringLiteral("李敏"), kTestPassword, fixedNow()).ok());
    CHECK(UserAdministration(db.connection()).unlock(QStringLiteral("李敏"), QStringLiteral("李敏")).error().code ==
          ErrorCode::Forbidden);
    REQUIRE(UserAdministration(db.connection()).unlock(QStringLiteral("管理员"), QStringLiteral("李敏")).ok());
    REQUIRE(signIns.signIn(QStringLiteral("李敏"), kTestPassword, fixedNow()).ok());

    CHECK_FALSE(signIns.changeOwnPassword(QStringLiteral("李敏"), QStringLiteral("not-my-password"),
                                          QStringLiteral("new-password-2"), HashCost::CheapForTests, fixedNow())
                    .ok());
    REQUIRE(signIns.changeOwnPassword(QStringLiteral("李敏"), kTestPassword, QStringLiteral("new-password-2"),
                                      HashCost::CheapForTests, fixedNow())
                .ok());
    CHECK_FALSE(signIns.signIn(QStringLiteral("李敏"), kTestPassword, fixedNow()).ok());
    CHECK(signIns.signIn(QStringLiteral("李敏"), QStringLiteral("new-password-2"), fixedNow()).ok());
}

TEST_CASE("user administration is for administrators and keeps one administrator", "[auth][users]")
{
    TestDatabase db;
    addTestUser(db.connection(), QStringLiteral("管理员"), Role::Administrator);
    addTestUser(db.connection(), QStringLiteral("王主任"), Role::Supervisor);
    UserAdministration admin(db.connection());

    for (const QString &notAdmin : {QStringLiteral("王主任"), QStringLiteral("陌生人"), QString()}) {
        CAPTURE(notAdmin);
        CHECK(admin.addUser(notAdmin, QStringLiteral("新人"), Role::Caseworker, QStringLiteral("new-password"),
                            HashCost::CheapForTests)
                  .error()
                  .code == ErrorCode::Forbidden);
        CHECK(admin.setRole(notAdmin, QStringLiteral("王主任"), Role::Administrator).error().code == ErrorCode::Forbidden);
        CHECK(admin.setActive(notAdmin, QStringLiteral("管理员"), false).error().code == ErrorCode::Forbidden);
        CHECK(admin.resetPassword(notAdmin, QStringLiteral("管理员"), QStringLiteral("taken-over"),
                                  HashCost::CheapForTests)
                  .error()
                  .code == ErrorCode::Forbidden);
    }
    CHECK_FALSE(UserRepository(db.connection()).findByName(QStringLiteral("新人")).ok());

    auto added = admin.addUser(QStringLiteral("管理员"), QStringLiteral("审计"), Role::Auditor,
                               QStringLiteral("audit-password"), HashCost::CheapForTests, fixedNow());
    REQUIRE(added.ok());
    CHECK(added->role == Role::Auditor);
    CHECK(added->hasPassword);
    // The only administrator cannot demote or deactivate themselves.
    CHECK(admin.setRole(QStringLiteral("管理员"), QStringLiteral("管理员"), Role::Caseworker).error().code ==
          ErrorCode::Conflict);
    CHECK(admin.setActive(QStringLiteral("管理员"), QStringLiteral("管理员"), false).error().code == ErrorCode::Conflict);
    REQUIRE(admin.setRole(QStringLiteral("管理员"), QStringLiteral("王主任"), Role::Administrator).ok());
    CHECK(admin.setActive(QStringLiteral("管理员"), QStringLiteral("管理员"), false).ok());
    const QStringList actions = actionsOf(db.connection());
    CHECK(actions.contains(QStringLiteral("user_added")));
    CHECK(actions.contains(QStringLiteral("role_changed")));
    CHECK(actions.contains(QStringLiteral("user_deactivated")));
}
