// Rights kept by the server itself (server_rights.h): a user who connects with their own
// CaseDesk name and password, from a desk or from psql, can do no more than CaseDesk lets
// their role. Every refusal below is the server's own (SQLSTATE 42501, insufficient
// privilege), and every role also does the work it is allowed, so no check passes because
// nothing works at all.

#include "catch_qt.h"
#include "test_server.h"
#include "test_support.h"

#include "auth/sign_in_service.h"
#include "auth/user_administration.h"
#include "liaison/liaison_point_service.h"
#include "privacy/masking.h"
#include "query/case_list_query.h"
#include "query/party_lookup.h"
#include "storage/audit_repository.h"
#include "storage/audit_verifier.h"
#include "storage/complaint_repository.h"
#include "storage/desk_event_repository.h"
#include "storage/login_accounts.h"
#include "storage/server_url.h"
#include "storage/sql_helpers.h"
#include "storage/user_repository.h"
#include "workflow/case_workflow.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

using namespace casedesk;
using namespace casedesk::test;

namespace {

const QString kAdmin = QStringLiteral("管理员");
const QString kAdminPassword = QStringLiteral("admin-password-1");

// What psql as that login would be: a bare connection, nothing of CaseDesk in between.
class Psql {
public:
    explicit Psql(const QString &url) : m_name(QStringLiteral("psql-%1").arg(quintptr(this)))
    {
        auto server = ServerUrl::parse(url);
        REQUIRE(server.ok());
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        db.setHostName(server->host);
        db.setPort(server->port);
        db.setDatabaseName(server->database);
        db.setUserName(server->user);
        db.setPassword(server->password);
        m_opened = db.open();
        m_error = db.lastError().text();
    }
    ~Psql()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    Psql(const Psql &) = delete;
    Psql &operator=(const Psql &) = delete;

    bool opened() const { return m_opened; }
    QString openError() const { return m_error; }

    // The statement's SQLSTATE: empty when it worked.
    QString run(const QString &sql) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (query.exec(sql))
            return {};
        const QString state = query.lastError().nativeErrorCode();
        return state.isEmpty() ? QStringLiteral("?") : state;
    }

    // The first value the statement gives; empty when it gives none or fails.
    QString value(const QString &sql) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        return query.exec(sql) && query.next() ? query.value(0).toString() : QString();
    }

private:
    QString m_name;
    bool m_opened = false;
    QString m_error;
};

const QString kRefused = QStringLiteral("42501");

// The office: an administrator and one user of every other role, each added the way an
// administrator adds them (which gives their login its password).
void addOffice(const QSqlDatabase &db)
{
    REQUIRE(SignInService(db).createFirstAdministrator(kAdmin, kAdminPassword, HashCost::CheapForTests).ok());
    UserAdministration users(db);
    REQUIRE(users.addUser(kAdmin, QStringLiteral("李敏"), Role::Caseworker, kTestPassword, HashCost::CheapForTests).ok());
    REQUIRE(users.addUser(kAdmin, QStringLiteral("王芳"), Role::Supervisor, kTestPassword, HashCost::CheapForTests).ok());
    REQUIRE(users.addUser(kAdmin, QStringLiteral("审计员"), Role::Auditor, kTestPassword, HashCost::CheapForTests).ok());
}

// What no login may do, whatever its role: change or empty the trail, read password hashes,
// give itself another role or more rights, set someone else's password.
void checkNobodyMay(const Psql &psql, const QString &self, const QString &adminGroup)
{
    CHECK(psql.run(QStringLiteral("UPDATE audit_log SET new_value = 'x' WHERE false")) == kRefused);
    CHECK(psql.run(QStringLiteral("DELETE FROM audit_log WHERE false")) == kRefused);
    CHECK(psql.run(QStringLiteral("TRUNCATE audit_log")) == kRefused);
    CHECK(psql.run(QStringLiteral("DELETE FROM desk_events WHERE false")) == kRefused);
    CHECK(psql.run(QStringLiteral("TRUNCATE desk_events")) == kRefused);
    CHECK(psql.run(QStringLiteral("SELECT password_hash FROM users")) == kRefused);
    CHECK(psql.run(QStringLiteral("GRANT %1 TO CURRENT_USER").arg(adminGroup)) == kRefused);
    CHECK(psql.run(QStringLiteral("ALTER ROLE CURRENT_USER CREATEROLE")) == kRefused);
    // Someone else's password and failed sign-ins are an administrator's (checked below).
    if (self != kAdmin) {
        const QString colleague = self == QStringLiteral("李敏") ? QStringLiteral("王芳") : QStringLiteral("李敏");
        CHECK(psql.run(QStringLiteral("SELECT casedesk_set_password('%1', 'x', 'SCRAM-SHA-256$4096:x')")
                           .arg(colleague)) == kRefused);
        CHECK(psql.run(QStringLiteral("SELECT casedesk_note_failed_sign_in('%1', 1, '2020-01-01T00:00:00')")
                           .arg(colleague)) == kRefused);
    }
    CHECK(psql.run(QStringLiteral("SELECT casedesk_gate_refused('%1', '', 1, '2020-01-01T00:00:00')").arg(self)) ==
          kRefused);
    CHECK(psql.run(QStringLiteral("DELETE FROM casedesk_sign_in_refusals")) == kRefused);
    CHECK(psql.run(QStringLiteral("UPDATE casedesk_rights SET login_prefix = ''")) == kRefused);
    // Reading who is who (without the hashes) is allowed to all.
    CHECK(psql.run(QStringLiteral("SELECT name, role, active FROM users")).isEmpty());
}

} // namespace

TEST_CASE("each role's own login does on the server what CaseDesk lets it, and nothing more",
          "[server-only][rights]")
{
    TestDatabase db;
    REQUIRE(db.onServer());
    const QSqlDatabase maintenance = db.connection();
    addOffice(maintenance);
    const QString adminGroup = queryScalar(maintenance, QStringLiteral("SELECT casedesk_group('administrator')"))->toString();
    REQUIRE_FALSE(adminGroup.isEmpty());
    const QString anyCase = QStringLiteral("UPDATE complaints SET demand = demand WHERE false");
    auto registered = ComplaintRepository(maintenance).add(sampleComplaint(maintenance), QStringLiteral("李敏"));
    REQUIRE(registered.ok());
    const qint64 caseId = registered->id;

    SECTION("a caseworker works cases but changes no rules, no settings, no users and no role")
    {
        Psql psql(loginUrlOf(maintenance, db.path(), QStringLiteral("李敏"), kTestPassword));
        REQUIRE(psql.opened());
        checkNobodyMay(psql, QStringLiteral("李敏"), adminGroup);
        CHECK(psql.run(anyCase).isEmpty());
        CHECK(psql.run(QStringLiteral("DELETE FROM calendar_days WHERE false")) == kRefused);
        CHECK(psql.run(QStringLiteral("UPDATE deadline_rules SET amount = amount WHERE false")) == kRefused);
        CHECK(psql.run(QStringLiteral("INSERT INTO categories DEFAULT VALUES")) == kRefused);
        CHECK(psql.run(QStringLiteral("DELETE FROM letter_templates WHERE false")) == kRefused);
        CHECK(psql.run(QStringLiteral("SELECT count(*) FROM letter_templates")).isEmpty());
        CHECK(psql.run(QStringLiteral("UPDATE letters SET body = body WHERE false")).isEmpty());
        CHECK(psql.run(QStringLiteral("UPDATE settings SET value = value WHERE false")) == kRefused);
        CHECK(psql.run(QStringLiteral("UPDATE users SET role = 'administrator' WHERE name = '李敏'")) == kRefused);
        CHECK(psql.run(QStringLiteral("INSERT INTO users (name, role, active, created_at, password_hash) "
                                      "VALUES ('x', 'administrator', 1, '', '')")) == kRefused);
        CHECK(psql.run(QStringLiteral("INSERT INTO funds DEFAULT VALUES")) == kRefused);
        CHECK(psql.run(QStringLiteral("UPDATE fund_entries SET amount_fen = 0 WHERE false")) == kRefused);
        // The points' ledgers and leads are case work; the directory is not.
        CHECK(psql.run(QStringLiteral("UPDATE liaison_ledgers SET consultations = consultations WHERE false")).isEmpty());
        CHECK(psql.run(QStringLiteral("UPDATE liaison_leads SET regulator = regulator WHERE false")).isEmpty());
        CHECK(psql.run(QStringLiteral("UPDATE liaison_points SET name = name WHERE false")) == kRefused);
        // A case in a final status stays closed for a caseworker; an open one moves.
        for (CaseStatus status : allStatuses()) {
            CAPTURE(codeOf(status));
            execOrFail(maintenance, QStringLiteral("UPDATE complaints SET status = '%1' WHERE id = %2")
                                        .arg(codeOf(status))
                                        .arg(caseId));
            const QString move = QStringLiteral("UPDATE complaints SET status = '%1' WHERE id = %2")
                                     .arg(codeOf(status == CaseStatus::Accepted ? CaseStatus::InMediation
                                                                                : CaseStatus::Accepted))
                                     .arg(caseId);
            CHECK(psql.run(move) == (isFinalStatus(status) ? kRefused : QString()));
        }
    }
    SECTION("a supervisor keeps the calendar and rules but not the settings or the users")
    {
        Psql psql(loginUrlOf(maintenance, db.path(), QStringLiteral("王芳"), kTestPassword));
        REQUIRE(psql.opened());
        checkNobodyMay(psql, QStringLiteral("王芳"), adminGroup);
        CHECK(psql.run(anyCase).isEmpty());
        CHECK(psql.run(QStringLiteral("DELETE FROM calendar_days WHERE false")).isEmpty());
        CHECK(psql.run(QStringLiteral("UPDATE deadline_rules SET amount = amount WHERE false")).isEmpty());
        CHECK(psql.run(QStringLiteral("DELETE FROM letter_templates WHERE false")).isEmpty());
        CHECK(psql.run(QStringLiteral("UPDATE settings SET value = value WHERE false")) == kRefused);
        CHECK(psql.run(QStringLiteral("UPDATE users SET role = 'administrator' WHERE name = '王芳'")) == kRefused);
        CHECK(psql.run(QStringLiteral("UPDATE fund_entries SET amount_fen = amount_fen WHERE false")).isEmpty());
        execOrFail(maintenance, QStringLiteral("UPDATE complaints SET status = 'closed' WHERE id = %1").arg(caseId));
        CHECK(psql.run(QStringLiteral("UPDATE complaints SET status = 'accepted' WHERE id = %1").arg(caseId)).isEmpty());
    }
    SECTION("an auditor reads everything it may and writes no case")
    {
        Psql psql(loginUrlOf(maintenance, db.path(), QStringLiteral("审计员"), kTestPassword));
        REQUIRE(psql.opened());
        checkNobodyMay(psql, QStringLiteral("审计员"), adminGroup);
        CHECK(psql.run(QStringLiteral("SELECT count(*) FROM complaints")).isEmpty());
        CHECK(psql.run(QStringLiteral("SELECT count(*) FROM audit_log")).isEmpty());
        CHECK(psql.run(anyCase) == kRefused);
        CHECK(psql.run(QStringLiteral("INSERT INTO complaints DEFAULT VALUES")) == kRefused);
        CHECK(psql.run(QStringLiteral("INSERT INTO case_events DEFAULT VALUES")) == kRefused);
        CHECK(psql.run(QStringLiteral("INSERT INTO audit_log DEFAULT VALUES")) == kRefused);
        CHECK(psql.run(QStringLiteral("DELETE FROM calendar_days WHERE false")) == kRefused);
        CHECK(psql.run(QStringLiteral("SELECT count(*) FROM letters")).isEmpty());
        CHECK(psql.run(QStringLiteral("INSERT INTO letters DEFAULT VALUES")) == kRefused);
        CHECK(psql.run(QStringLiteral("DELETE FROM letter_templates WHERE false")) == kRefused);
        // The liaison points' names, not their contacts (personal data).
        CHECK(psql.run(QStringLiteral("SELECT name, street FROM liaison_points")).isEmpty());
        CHECK(psql.run(QStringLiteral("SELECT contact_phone FROM liaison_points")) == kRefused);
        CHECK(psql.run(QStringLiteral("SELECT contact_person FROM liaison_points")) == kRefused);
        CHECK(psql.run(QStringLiteral("UPDATE liaison_ledgers SET consultations = 0 WHERE false")) == kRefused);
    }
    SECTION("an administrator manages users and settings, yet cannot touch the trail or read hashes")
    {
        Psql psql(loginUrlOf(maintenance, db.path(), kAdmin, kAdminPassword));
        REQUIRE(psql.opened());
        checkNobodyMay(psql, kAdmin, adminGroup);
        CHECK(psql.run(QStringLiteral("UPDATE settings SET value = value WHERE false")).isEmpty());
        CHECK(psql.run(QStringLiteral("UPDATE users SET role = role WHERE false")).isEmpty());
        execOrFail(maintenance, QStringLiteral("UPDATE complaints SET status = 'closed' WHERE id = %1").arg(caseId));
        CHECK(psql.run(QStringLiteral("UPDATE complaints SET status = 'accepted' WHERE id = %1").arg(caseId)) == kRefused);
    }
}

TEST_CASE("a desk signed in with a user's own login works as that user only", "[server-only][rights]")
{
    TestDatabase db;
    REQUIRE(db.onServer());
    const QSqlDatabase maintenance = db.connection();
    addOffice(maintenance);

    // A caseworker's desk: connects as them, is them, registers a case.
    auto caseworkerDesk =
        Database::open(loginUrlOf(maintenance, db.path(), QStringLiteral("李敏"), kTestPassword), Database::OpenMode::OpenExisting);
    REQUIRE(caseworkerDesk.ok());
    const QSqlDatabase desk = caseworkerDesk.value()->connection();
    SignInService signIns(desk);
    CHECK(signIns.connectedUser().value() == QStringLiteral("李敏"));
    auto signedIn = signIns.signInConnected();
    REQUIRE(signedIn.ok());
    CHECK(signedIn->name == QStringLiteral("李敏"));
    // Not as anyone else, even with their password.
    auto other = signIns.signIn(kAdmin, kAdminPassword);
    REQUIRE_FALSE(other.ok());
    CHECK(other.error().message.contains(QStringLiteral("李敏")));
    // A wrong password typed at this desk counts for the user, the right one is checked by the server.
    CHECK_FALSE(signIns.signIn(QStringLiteral("李敏"), QStringLiteral("wrong-password")).ok());
    CHECK(UserRepository(maintenance).findByName(QStringLiteral("李敏"))->failedSignIns == 1);
    CHECK(signIns.signIn(QStringLiteral("李敏"), kTestPassword).ok());
    CHECK(UserRepository(maintenance).findByName(QStringLiteral("李敏"))->failedSignIns == 0);

    auto saved = ComplaintRepository(desk).add(sampleComplaint(desk), QStringLiteral("李敏"));
    INFO((saved ? std::string() : saved.error().message.toStdString()));
    REQUIRE(saved.ok());
    CHECK(rowCount(maintenance, QStringLiteral("complaints")) == 1);
    // Their own user administration is refused by the server even past the service.
    CHECK_FALSE(UserRepository(desk).setRole(QStringLiteral("李敏"), Role::Administrator).ok());
    CHECK(UserRepository(maintenance).findByName(QStringLiteral("李敏"))->role == Role::Caseworker);

    // The maintenance account is no CaseDesk user: there the sign-in asks for name and password.
    CHECK(SignInService(maintenance).connectedUser().value().isEmpty());
    CHECK_FALSE(SignInService(maintenance).signInConnected().ok());
}

TEST_CASE("an administrator's changes reach the server's logins at once", "[server-only][rights]")
{
    TestDatabase db;
    REQUIRE(db.onServer());
    const QSqlDatabase maintenance = db.connection();
    addOffice(maintenance);
    auto adminDesk = Database::open(loginUrlOf(maintenance, db.path(), kAdmin, kAdminPassword), Database::OpenMode::OpenExisting);
    REQUIRE(adminDesk.ok());
    const QSqlDatabase desk = adminDesk.value()->connection();
    UserAdministration users(desk);
    const QString caseworker = loginUrlOf(maintenance, db.path(), QStringLiteral("李敏"), kTestPassword);

    // A user added at the administrator's desk connects with the password given.
    REQUIRE(users.addUser(kAdmin, QStringLiteral("赵强"), Role::Caseworker, QStringLiteral("zhao-password-1"),
                          HashCost::CheapForTests)
                .ok());
    CHECK(Psql(loginUrlOf(maintenance, db.path(), QStringLiteral("赵强"), QStringLiteral("zhao-password-1"))).opened());
    CHECK_FALSE(Psql(loginUrlOf(maintenance, db.path(), QStringLiteral("赵强"), kTestPassword)).opened());

    // A caseworker made supervisor may then change the calendar, and not before.
    const QString calendarWrite = QStringLiteral("DELETE FROM calendar_days WHERE false");
    CHECK(Psql(caseworker).run(calendarWrite) == kRefused);
    REQUIRE(users.setRole(kAdmin, QStringLiteral("李敏"), Role::Supervisor).ok());
    CHECK(Psql(caseworker).run(calendarWrite).isEmpty());
    REQUIRE(users.setRole(kAdmin, QStringLiteral("李敏"), Role::Auditor).ok());
    CHECK(Psql(caseworker).run(QStringLiteral("UPDATE complaints SET demand = demand WHERE false")) == kRefused);

    // Deactivated: the login cannot connect; active again, it can.
    REQUIRE(users.setActive(kAdmin, QStringLiteral("李敏"), false).ok());
    {
        Psql refused(caseworker);
        CHECK_FALSE(refused.opened());
        CHECK(refused.openError().contains(QStringLiteral("not permitted to log in")));
        auto opened = Database::open(caseworker, Database::OpenMode::OpenExisting);
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().message.contains(QStringLiteral("deactivated")));
    }
    REQUIRE(users.setActive(kAdmin, QStringLiteral("李敏"), true).ok());
    CHECK(Psql(caseworker).opened());

    // A password reset replaces the login's password too; a user's own change as well.
    REQUIRE(users.resetPassword(kAdmin, QStringLiteral("李敏"), QStringLiteral("li-new-password-2"), HashCost::CheapForTests)
                .ok());
    CHECK_FALSE(Psql(caseworker).opened());
    const QString changed = loginUrlOf(maintenance, db.path(), QStringLiteral("李敏"), QStringLiteral("li-new-password-2"));
    REQUIRE(Psql(changed).opened());
    {
        auto own = Database::open(changed, Database::OpenMode::OpenExisting);
        REQUIRE(own.ok());
        REQUIRE(SignInService(own.value()->connection())
                    .changeOwnPassword(QStringLiteral("李敏"), QStringLiteral("li-new-password-2"),
                                       QStringLiteral("li-third-password-3"), HashCost::CheapForTests)
                    .ok());
    }
    CHECK_FALSE(Psql(changed).opened());
    CHECK(Psql(loginUrlOf(maintenance, db.path(), QStringLiteral("李敏"), QStringLiteral("li-third-password-3"))).opened());
}

TEST_CASE("passwords the server refuses count towards a lock-out and reach the desk log", "[server-only][rights]")
{
    TestDatabase db;
    REQUIRE(db.onServer());
    const QSqlDatabase maintenance = db.connection();
    addOffice(maintenance);
    const QString wrong = loginUrlOf(maintenance, db.path(), QStringLiteral("李敏"), QStringLiteral("wrong-password"));
    const QString login = ServerUrl::parse(wrong)->user;
    const QDateTime now = QDateTime::currentDateTime();

    for (int attempt = 1; attempt < SignInService::kMaxFailures; ++attempt) {
        auto refused = Database::open(wrong, Database::OpenMode::OpenExisting);
        REQUIRE_FALSE(refused.ok());
        REQUIRE(refused.error().code == ErrorCode::Forbidden);
        REQUIRE(SignInService::noteRefusedConnection(wrong, login, now).ok());
    }
    CHECK(UserRepository(maintenance).findByName(QStringLiteral("李敏"))->failedSignIns == SignInService::kMaxFailures - 1);
    REQUIRE(SignInService::noteRefusedConnection(wrong, login, now).ok());
    CHECK(UserRepository(maintenance).findByName(QStringLiteral("李敏"))->lockedUntil > now);

    // An unknown name is noted too; the gate itself may do nothing else.
    REQUIRE(SignInService::noteRefusedConnection(wrong, QStringLiteral("nobody-here"), now).ok());
    QUrl gateUrl(db.path());
    gateUrl.setUserName(QStringLiteral("casedesk_gate"));
    gateUrl.setPassword(QStringLiteral("casedesk-gate"));
    {
        Psql gate(gateUrl.toString());
        REQUIRE(gate.opened());
        CHECK(gate.run(QStringLiteral("SELECT count(*) FROM complaints")) == kRefused);
        CHECK(gate.run(QStringLiteral("SELECT count(*) FROM casedesk_sign_in_refusals")) == kRefused);
        CHECK(gate.run(QStringLiteral("SELECT casedesk_note_failed_sign_in('王芳', 1, '2020-01-01T00:00:00')")) ==
              kRefused);
    }
    // What the gate writes is checked: a time that is no time becomes the server's.
    {
        Psql gate(gateUrl.toString());
        CHECK(gate.run(QStringLiteral("SELECT casedesk_gate_refused('nobody-here', 'x''); DROP TABLE users; --', "
                                      "5, '2020-01-01T00:00:00')"))
                  .isEmpty());
    }
    CHECK(queryScalar(maintenance, QStringLiteral("SELECT count(*) FROM casedesk_sign_in_refusals WHERE at LIKE 'x%'"))
              ->toInt() == 0);
    // Seven refusals and one lock-out wait for the next sign-in.
    CHECK(rowCount(maintenance, QStringLiteral("casedesk_sign_in_refusals")) == SignInService::kMaxFailures + 3);

    // The right password still connects, but the desk does not sign in until the lock ends.
    auto right = Database::open(loginUrlOf(maintenance, db.path(), QStringLiteral("李敏"), kTestPassword),
                                Database::OpenMode::OpenExisting);
    REQUIRE(right.ok());
    auto locked = SignInService(right.value()->connection()).signInConnected(now);
    REQUIRE_FALSE(locked.ok());
    CHECK(locked.error().message.contains(QStringLiteral("locked")));
    REQUIRE(SignInService(right.value()->connection()).signInConnected(now.addSecs(16 * 60)).ok());

    // That sign-in put every refusal in the desk log.
    QStringList logged;
    for (const DeskEvent &event : DeskEventRepository(maintenance).latest().value())
        logged << event.action;
    CHECK(logged.count(QStringLiteral("sign_in_failed")) == SignInService::kMaxFailures + 2);
    CHECK(logged.count(QStringLiteral("locked_out")) == 1);
    CHECK(rowCount(maintenance, QStringLiteral("casedesk_sign_in_refusals")) == 0);
}

TEST_CASE("a server role CaseDesk did not make is never taken over as a user's login", "[server-only][rights]")
{
    TestDatabase db;
    REQUIRE(db.onServer());
    const QSqlDatabase maintenance = db.connection();
    addOffice(maintenance);
    auto prefix = queryScalar(maintenance, QStringLiteral("SELECT login_prefix FROM casedesk_rights"));
    execOrFail(maintenance, QStringLiteral("CREATE ROLE \"%1dba\" LOGIN").arg(prefix->toString()));
    auto added = UserAdministration(maintenance).addUser(kAdmin, QStringLiteral("dba"), Role::Caseworker, kTestPassword,
                                                         HashCost::CheapForTests);
    REQUIRE_FALSE(added.ok());
    CHECK_FALSE(UserRepository(maintenance).findByName(QStringLiteral("dba")).ok());
    CHECK(added.error().code == ErrorCode::Conflict);
    CHECK(added.error().message.contains(QStringLiteral("not CaseDesk's")));
    execOrFail(maintenance, QStringLiteral("DROP ROLE \"%1dba\"").arg(prefix->toString()));

    // Names longer than a role name may be (63 bytes) get logins of their own all the same:
    // cut short and told apart, never shared.
    const QString first = QString(22, QChar(0x674E)) + QStringLiteral("一"); // 69 bytes in UTF-8
    const QString second = QString(22, QChar(0x674E)) + QStringLiteral("二");
    for (const QString &name : {first, second})
        REQUIRE(UserAdministration(maintenance)
                    .addUser(kAdmin, name, Role::Caseworker, kTestPassword, HashCost::CheapForTests)
                    .ok());
    const auto loginOf = [&maintenance](const QString &name) {
        auto login = queryScalar(maintenance, QStringLiteral("SELECT casedesk_login_of(?)"), {name});
        REQUIRE(login.ok());
        return login->toString();
    };
    CHECK(loginOf(first) != loginOf(second));
    CHECK(loginOf(first).toUtf8().size() <= 63);
    // The desk works out the same login from what its user types (prefix and name).
    CHECK(serverLoginFor(prefix->toString() + first) == loginOf(first));
    CHECK(serverLoginFor(prefix->toString() + QStringLiteral("李敏")) == loginOf(QStringLiteral("李敏")));
    QUrl url(db.path());
    url.setUserName(loginOf(second));
    url.setPassword(kTestPassword);
    auto desk = Database::open(url.toString(), Database::OpenMode::OpenExisting);
    REQUIRE(desk.ok());
    CHECK(SignInService(desk.value()->connection()).connectedUser().value() == second);
}

TEST_CASE("an office account with CREATEROLE, not a superuser, sets the server up; without it init is refused",
          "[server-only][rights]")
{
    ServerScratchDatabase scratch(ServerScratchDatabase::Content::Empty);
    const QString office = scratch.name() + QStringLiteral("_office");
    {
        RawConnection cluster(scratch.url());
        execOrFail(cluster.db(), QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'office-password'").arg(office));
        execOrFail(cluster.db(), QStringLiteral("ALTER DATABASE %1 OWNER TO %2").arg(scratch.name(), office));
    }
    QUrl url(scratch.url());
    url.setUserName(office);
    url.setPassword(QStringLiteral("office-password"));

    auto refused = Database::open(url.toString(), Database::OpenMode::CreateIfMissing);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("ALTER ROLE %1 CREATEROLE").arg(office)));

    {
        RawConnection cluster(scratch.url());
        execOrFail(cluster.db(), QStringLiteral("ALTER ROLE %1 CREATEROLE").arg(office));
    }
    auto opened = Database::open(url.toString(), Database::OpenMode::CreateIfMissing);
    REQUIRE(opened.ok());
    const QSqlDatabase maintenance = opened.value()->connection();
    addOffice(maintenance);
    Psql caseworker(loginUrlOf(maintenance, url.toString(), QStringLiteral("李敏"), kTestPassword));
    REQUIRE(caseworker.opened());
    CHECK(caseworker.run(QStringLiteral("UPDATE complaints SET demand = demand WHERE false")).isEmpty());
    CHECK(caseworker.run(QStringLiteral("DELETE FROM calendar_days WHERE false")) == kRefused);
    CHECK(caseworker.run(QStringLiteral("SELECT password_hash FROM users")) == kRefused);
}

TEST_CASE("a complainant's full phone and ID number reach only the roles that may reveal them",
          "[server-only][rights]")
{
    TestDatabase db;
    REQUIRE(db.onServer());
    const QSqlDatabase maintenance = db.connection();
    addOffice(maintenance);
    const Complaint sample = sampleComplaint(maintenance);
    auto registered = ComplaintRepository(maintenance).add(sample, QStringLiteral("李敏"));
    REQUIRE(registered.ok());
    const qint64 caseId = registered->id;
    const QString phone = sample.consumer.phone;
    const QString idNumber = sample.consumer.idNumber;
    REQUIRE(maskPhone(phone) != phone);

    SECTION("a raw connection of a caseworker, an auditor or an administrator reads them masked only")
    {
        for (const auto &[name, password] : {std::pair{QStringLiteral("李敏"), kTestPassword},
                                             std::pair{QStringLiteral("审计员"), kTestPassword},
                                             std::pair{kAdmin, kAdminPassword}}) {
            INFO(name.toStdString());
            Psql psql(loginUrlOf(maintenance, db.path(), name, password));
            REQUIRE(psql.opened());
            CHECK(psql.run(QStringLiteral("SELECT phone FROM consumers")) == kRefused);
            CHECK(psql.run(QStringLiteral("SELECT id_number FROM consumers")) == kRefused);
            CHECK(psql.run(QStringLiteral("SELECT * FROM consumers")) == kRefused);
            CHECK(psql.run(QStringLiteral("SELECT id FROM consumers WHERE phone LIKE '138%'")) == kRefused);
            CHECK(psql.value(QStringLiteral("SELECT name FROM consumers")) == sample.consumer.name);
            CHECK(psql.value(QStringLiteral("SELECT phone FROM consumers_shown")) == maskPhone(phone));
            CHECK(psql.value(QStringLiteral("SELECT id_number FROM consumers_shown")) == maskIdNumber(idNumber));
            // The search documents hold the phone masked; a phone is found, never read.
            CHECK(psql.value(QStringLiteral("SELECT count(*) FROM case_search WHERE doc LIKE '%%1%'").arg(phone)) ==
                  QStringLiteral("0"));
            CHECK(psql.value(QStringLiteral("SELECT count(*) FROM case_search WHERE doc LIKE '%%1%'")
                                 .arg(maskPhone(phone))) == QStringLiteral("1"));
            CHECK(psql.value(QStringLiteral("SELECT casedesk_cases_with_phone_containing('2345')")) ==
                  QString::number(caseId));
            // Erasing a complainant from the letters is retention's, an administrator's.
            CHECK(psql.run(QStringLiteral("SELECT casedesk_erase_from_letters(0, 'x')")) ==
                  (name == kAdmin ? QString() : kRefused));
        }
    }
    SECTION("the trail's values: masked for those who may not reveal them, and still verified")
    {
        // A record as the trail held them before server step 15: the phone in full.
        const AuditEntry legacy{0, caseId, QDateTime::currentDateTime(), QStringLiteral("李敏"),
                                QStringLiteral("updated"), QStringLiteral("consumer.phone"), phone,
                                QStringLiteral("13998765432")};
        REQUIRE(AuditRepository(maintenance).record(legacy).ok());
        for (const auto &[name, password] : {std::pair{QStringLiteral("李敏"), kTestPassword},
                                             std::pair{QStringLiteral("审计员"), kTestPassword},
                                             std::pair{kAdmin, kAdminPassword}}) {
            INFO(name.toStdString());
            const QString url = loginUrlOf(maintenance, db.path(), name, password);
            {
                Psql psql(url);
                REQUIRE(psql.opened());
                CHECK(psql.run(QStringLiteral("SELECT old_value FROM audit_log")) == kRefused);
                CHECK(psql.run(QStringLiteral("SELECT * FROM audit_log")) == kRefused);
                CHECK(psql.value(QStringLiteral("SELECT old_value || ' ' || new_value FROM audit_log_shown "
                                                "WHERE field = 'consumer.phone'")) ==
                      maskPhone(phone) + QLatin1Char(' ') + maskPhone(QStringLiteral("13998765432")));
            }
            auto desk = Database::open(url, Database::OpenMode::OpenExisting);
            REQUIRE(desk.ok());
            auto history = AuditRepository(desk.value()->connection()).history(caseId);
            REQUIRE(history.ok());
            CHECK(history->last().oldValue == maskPhone(phone));
            // The server works out each record's hash as the desk does: the trail verifies.
            auto verdict = verifyAuditChain(desk.value()->connection());
            REQUIRE(verdict.ok());
            CHECK(verdict->intact());
            CHECK(verdict->records == rowCount(maintenance, QStringLiteral("audit_log")));
        }
        // A record changed behind the trail's back is found by a verifier who cannot read it.
        execOrFail(maintenance, QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER USER"));
        execOrFail(maintenance, QStringLiteral("UPDATE audit_log SET new_value = '13900000000' "
                                               "WHERE field = 'consumer.phone'"));
        execOrFail(maintenance, QStringLiteral("ALTER TABLE audit_log ENABLE TRIGGER USER"));
        auto auditorDesk = Database::open(loginUrlOf(maintenance, db.path(), QStringLiteral("审计员"), kTestPassword),
                                          Database::OpenMode::OpenExisting);
        REQUIRE(auditorDesk.ok());
        auto verdict = verifyAuditChain(auditorDesk.value()->connection());
        REQUIRE(verdict.ok());
        CHECK(verdict->problem == AuditVerdict::Problem::Changed);
        CHECK(verdict->recordId ==
              queryScalar(maintenance, QStringLiteral("SELECT id FROM audit_log WHERE field = 'consumer.phone'"))
                  ->toLongLong());
    }
    SECTION("a supervisor's raw connection reads them in full")
    {
        Psql psql(loginUrlOf(maintenance, db.path(), QStringLiteral("王芳"), kTestPassword));
        REQUIRE(psql.opened());
        CHECK(psql.value(QStringLiteral("SELECT phone FROM consumers")) == phone);
        CHECK(psql.value(QStringLiteral("SELECT phone FROM consumers_shown")) == phone);
        CHECK(psql.value(QStringLiteral("SELECT id_number FROM consumers_shown")) == idNumber);
        CHECK(psql.run(QStringLiteral("SELECT old_value FROM audit_log")).isEmpty());
        CHECK(psql.run(QStringLiteral("SELECT casedesk_erase_from_letters(0, 'x')")) == kRefused);
    }
    SECTION("a caseworker's desk finds the complainant by phone and corrects the case without their full phone")
    {
        auto opened = Database::open(loginUrlOf(maintenance, db.path(), QStringLiteral("李敏"), kTestPassword),
                                     Database::OpenMode::OpenExisting);
        REQUIRE(opened.ok());
        const QSqlDatabase desk = opened.value()->connection();
        auto shown = ComplaintRepository(desk).get(caseId);
        REQUIRE(shown.ok());
        CHECK(shown->consumer.phone == maskPhone(phone));
        CHECK(shown->consumer.idNumber == maskIdNumber(idNumber));

        // The intake recognises the returning complainant by the phone typed in.
        auto returning = PartyLookup(desk).consumerByPhone(phone);
        REQUIRE(returning.ok());
        REQUIRE(returning->has_value());
        CHECK(returning.value()->consumer.id == shown->consumer.id);
        CHECK(returning.value()->consumer.phone == maskPhone(phone));
        auto likely = PartyLookup(desk).likelyDuplicates(phone, sample.business.name, sample.receivedAt, 30);
        REQUIRE(likely.ok());
        CHECK(likely->size() == 1);
        // A second case of theirs is theirs, not a new complainant.
        auto second = ComplaintRepository(desk).add(sample, QStringLiteral("李敏"));
        REQUIRE(second.ok());
        CHECK(second->consumer.id == shown->consumer.id);

        // The list finds the case by any piece of the full phone, and shows it masked.
        CaseFilter filter;
        filter.text = phone.mid(3, 5);
        auto found = CaseListQuery(desk).page(filter, {}, std::nullopt, 10);
        REQUIRE(found.ok());
        REQUIRE(found->size() == 2);
        CHECK(found->first().consumerPhone == maskPhone(phone));
        CHECK(CaseListQuery(desk).count(filter).value() == 2);

        // A correction of another field sends the masked values back: they are kept as they are.
        Complaint edited = shown.value();
        edited.demand = QStringLiteral("要求退还剩余卡内余额2400元及违约金");
        auto saved = ComplaintRepository(desk).update(edited, QStringLiteral("李敏"));
        INFO((saved ? std::string() : saved.error().message.toStdString()));
        REQUIRE(saved.ok());
        auto stored = ComplaintRepository(maintenance).get(caseId);
        REQUIRE(stored.ok());
        CHECK(stored->demand == edited.demand);
        CHECK(stored->consumer.phone == phone);
        CHECK(stored->consumer.idNumber == idNumber);

        // A new phone is written, and the trail keeps it masked.
        edited = saved.value();
        edited.consumer.phone = QStringLiteral("13998765432");
        REQUIRE(ComplaintRepository(desk).update(edited, QStringLiteral("李敏")).ok());
        CHECK(ComplaintRepository(maintenance).get(caseId)->consumer.phone == QStringLiteral("13998765432"));
        auto trail = AuditRepository(maintenance).history(caseId);
        REQUIRE(trail.ok());
        bool phoneChanged = false;
        for (const AuditEntry &entry : trail.value()) {
            CHECK_FALSE(entry.newValue.contains(QStringLiteral("13998765432")));
            CHECK_FALSE(entry.oldValue.contains(phone));
            if (entry.field == QLatin1String("consumer.phone")) {
                phoneChanged = true;
                CHECK(entry.oldValue == maskPhone(phone));
                CHECK(entry.newValue == maskPhone(QStringLiteral("13998765432")));
            }
        }
        CHECK(phoneChanged);
    }
}

TEST_CASE("a liaison point's contact phone reaches in full only the roles that may reveal it", "[server-only][rights]")
{
    TestDatabase db;
    REQUIRE(db.onServer());
    const QSqlDatabase maintenance = db.connection();
    addOffice(maintenance);
    LiaisonPoint point;
    point.name = QStringLiteral("西郊商场联络点");
    point.type = LiaisonPointType::Mall;
    point.contactPerson = QStringLiteral("周红");
    point.contactPhone = QStringLiteral("13912345678");
    auto added = LiaisonPointService(maintenance).add(point, QStringLiteral("王芳"), QDateTime::currentDateTime());
    REQUIRE(added.ok());
    const QString masked = maskPhone(point.contactPhone);
    const QString shown = QStringLiteral("SELECT contact_person || ' ' || contact_phone FROM liaison_points_shown");

    for (const auto &[name, password] : {std::pair{QStringLiteral("李敏"), kTestPassword},
                                         std::pair{kAdmin, kAdminPassword}}) {
        INFO(name.toStdString());
        Psql psql(loginUrlOf(maintenance, db.path(), name, password));
        REQUIRE(psql.opened());
        CHECK(psql.run(QStringLiteral("SELECT contact_phone FROM liaison_points")) == kRefused);
        CHECK(psql.value(QStringLiteral("SELECT contact_person FROM liaison_points")) == point.contactPerson);
        CHECK(psql.value(shown) == point.contactPerson + QLatin1Char(' ') + masked);
    }
    {
        Psql auditor(loginUrlOf(maintenance, db.path(), QStringLiteral("审计员"), kTestPassword));
        REQUIRE(auditor.opened());
        CHECK(auditor.run(QStringLiteral("SELECT contact_person FROM liaison_points")) == kRefused);
        CHECK(auditor.value(shown) == QStringLiteral(" "));
        Psql supervisor(loginUrlOf(maintenance, db.path(), QStringLiteral("王芳"), kTestPassword));
        REQUIRE(supervisor.opened());
        CHECK(supervisor.value(shown) == point.contactPerson + QLatin1Char(' ') + point.contactPhone);
    }

    // An administrator's edit of another field gives the masked phone back: the stored one stays.
    auto adminDesk = Database::open(loginUrlOf(maintenance, db.path(), kAdmin, kAdminPassword),
                                    Database::OpenMode::OpenExisting);
    REQUIRE(adminDesk.ok());
    LiaisonPointService points(adminDesk.value()->connection());
    auto read = points.get(added->id, kAdmin);
    REQUIRE(read.ok());
    CHECK(read->contactPhone == masked);
    LiaisonPoint edited = read.value();
    edited.host = QStringLiteral("西郊商场管理处");
    auto saved = points.edit(edited, kAdmin, QDateTime::currentDateTime());
    INFO((saved ? std::string() : saved.error().message.toStdString()));
    REQUIRE(saved.ok());
    CHECK(queryScalar(maintenance, QStringLiteral("SELECT host || ' ' || contact_phone FROM liaison_points"))
              ->toString() == QStringLiteral("西郊商场管理处 13912345678"));
    // A new phone typed in is written.
    edited = saved.value();
    edited.contactPhone = QStringLiteral("13811112222");
    REQUIRE(points.edit(edited, kAdmin, QDateTime::currentDateTime()).ok());
    CHECK(queryScalar(maintenance, QStringLiteral("SELECT contact_phone FROM liaison_points"))->toString() ==
          QStringLiteral("13811112222"));
}
