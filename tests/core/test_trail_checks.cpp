#include "catch_qt.h"
#include <QSettings>
#include <QTemporaryDir>
#include "test_support.h"

#include "storage/engine.h"

#include "auth/sign_in_service.h"
#include "auth/user_administration.h"
#include "storage/audit_chain.h"
#include "storage/audit_verifier.h"
#include "storage/backups.h"
#include "storage/database.h"
#include "storage/complaint_repository.h"
#include "storage/desk_chain.h"
#include "storage/desk_event_repository.h"
#include "storage/migrations.h"
#include "storage/sql_helpers.h"
#include "storage/sqlite_setup.h"
#include "storage/trail_anchors.h"
#include "workflow/case_transition_service.h"

using namespace casedesk;
using namespace casedesk::test;

namespace {

const QString kAdministrator = QStringLiteral("管理员");
const QString kSupervisor = QStringLiteral("王主任");
const QString kCaseworker = QStringLiteral("李敏");
const QString kPassword = QStringLiteral("password-123");

// A desk set up the way CaseDesk does it (users through the administration, so the desk log
// knows them), with three cases: each edited once, the first one accepted.
struct Desk {
    Desk()
    {
        const QSqlDatabase c = db.connection();
        REQUIRE(SignInService(c).createFirstAdministrator(kAdministrator, kPassword, HashCost::CheapForTests, fixedNow()).ok());
        UserAdministration users(c);
        REQUIRE(users.addUser(kAdministrator, kSupervisor, Role::Supervisor, kPassword, HashCost::CheapForTests, fixedNow()).ok());
        REQUIRE(users.addUser(kAdministrator, kCaseworker, Role::Caseworker, kPassword, HashCost::CheapForTests, fixedNow()).ok());
        ComplaintRepository complaints(c);
        for (int i = 0; i < 3; ++i) {
            auto added = complaints.add(sampleComplaint(c), kCaseworker, fixedNow());
            REQUIRE(added.ok());
            Complaint edited = added.value();
            edited.amountFen += 100;
            REQUIRE(complaints.update(edited, kCaseworker, fixedNow()).ok());
        }
        TransitionRequest accept;
        accept.caseId = 1;
        accept.to = CaseStatus::Accepted;
        REQUIRE(CaseTransitionService(c).transition(accept, kCaseworker, fixedNow()).ok());
    }
    TrailReport verify(const QList<TrailAnchor> &anchors = {}) const
    {
        auto report = verifyTrails(db.connection(), anchors);
        REQUIRE(report.ok());
        return report.value();
    }
    TrailAnchor heads() const
    {
        auto heads = currentHeads(db.connection());
        REQUIRE(heads.ok());
        TrailAnchor anchor = heads.value();
        anchor.source = QStringLiteral("this desk");
        return anchor;
    }
    void exec(const QString &sql) const { execOrFail(db.connection(), sql); }
    TestDatabase db;
};

// What someone who knows the published formula does after editing or deleting audit rows:
// recomputes every hash from the first changed record on and moves the chain's head.
void rechainAuditTrail(const QSqlDatabase &db)
{
    auto rows = runQuery(db, QStringLiteral("SELECT id, complaint_id, at, actor, action, field, old_value, new_value "
                                            "FROM audit_log ORDER BY id"));
    REQUIRE(rows.ok());
    QString prev = auditGenesisHash();
    qint64 last = 0;
    QList<AuditRow> all;
    while (rows->next()) {
        AuditRow row{rows->value(0).toLongLong(), rows->value(1).toLongLong(), rows->value(2).toString(),
                     rows->value(3).toString(),   rows->value(4).toString(),   rows->value(5).toString(),
                     rows->value(6).toString(),   rows->value(7).toString(),   prev,
                     {}};
        row.hash = auditRowHash(row);
        prev = row.hash;
        last = row.id;
        all.append(row);
    }
    for (const AuditRow &row : all)
        REQUIRE(runQuery(db, QStringLiteral("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?"),
                         {row.prevHash, row.hash, row.id})
                    .ok());
    REQUIRE(runQuery(db, QStringLiteral("UPDATE audit_chain SET last_id = ?, last_hash = ?"), {last, prev}).ok());
}

} // namespace

TEST_CASE("a desk worked through CaseDesk verifies in full", "[audit][trail]")
{
    Desk desk;
    const TrailReport report = desk.verify({desk.heads()});
    INFO(report.messages().join(QLatin1Char('\n')).toStdString());
    CHECK(report.intact());
    CHECK(report.anchorsChecked == 1);
    CHECK(report.deskLog.lines >= 3);
}

TEST_CASE("the desk log is chained: an edited, deleted or added line is found", "[audit][trail][sqlite-only]")
{
    Desk desk;
    const qint64 lines = rowCount(desk.db.connection(), QStringLiteral("desk_events"));
    REQUIRE(lines >= 3);
    SECTION("edited")
    {
        desk.exec(QStringLiteral("UPDATE desk_events SET detail = 'supervisor' WHERE id = 3"));
        const TrailReport report = desk.verify();
        CHECK_FALSE(report.deskLog.intact);
        CHECK(report.deskLog.lineId == 3);
    }
    SECTION("deleted in the middle")
    {
        desk.exec(QStringLiteral("DELETE FROM desk_events WHERE id = 2"));
        const TrailReport report = desk.verify();
        CHECK_FALSE(report.deskLog.intact);
        CHECK(report.deskLog.lineId == 3);
    }
    SECTION("the newest deleted")
    {
        desk.exec(QStringLiteral("DELETE FROM desk_events WHERE id = (SELECT max(id) FROM desk_events)"));
        CHECK_FALSE(desk.verify().deskLog.intact);
    }
    SECTION("added by hand")
    {
        desk.exec(QStringLiteral("INSERT INTO desk_events(at, actor, action, subject, detail) "
                                 "VALUES ('2026-03-20T10:00:00+08:00', 'x', 'role_changed', 'y', 'supervisor')"));
        CHECK_FALSE(desk.verify().deskLog.intact);
    }
}

TEST_CASE("anchors outside the file catch what the file alone cannot show", "[audit][trail][anchors][sqlite-only]")
{
    Desk desk;
    const TrailAnchor seen = desk.heads();
    const QSqlDatabase c = desk.db.connection();

    SECTION("the whole trail deleted")
    {
        desk.exec(QStringLiteral("DELETE FROM audit_log"));
        desk.exec(QStringLiteral("DELETE FROM audit_chain"));
        CHECK(desk.verify().chain.intact()); // the file alone looks whole: 0 records
        const TrailReport report = desk.verify({seen});
        CHECK_FALSE(report.intact());
        REQUIRE(report.anchorProblems.size() == 1);
        CHECK(report.anchorProblems.first().contains(QStringLiteral("empty")));
        CHECK(report.anchorProblems.first().contains(QStringLiteral("#%1").arg(seen.audit.id)));
        CHECK(report.anchorProblems.first().contains(QStringLiteral("this desk")));
    }
    SECTION("the newest record deleted and the head moved back")
    {
        auto before = runQuery(c, QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1 OFFSET 1"));
        REQUIRE(before.ok());
        REQUIRE(before->next());
        desk.exec(QStringLiteral("DELETE FROM audit_log WHERE id = %1").arg(seen.audit.id));
        REQUIRE(runQuery(c, QStringLiteral("UPDATE audit_chain SET last_id = ?, last_hash = ?"),
                         {before->value(0), before->value(1)})
                    .ok());
        CHECK(desk.verify().chain.intact());
        const TrailReport report = desk.verify({seen});
        REQUIRE(report.anchorProblems.size() == 1);
        CHECK(report.anchorProblems.first().contains(QStringLiteral("ends at #%1").arg(seen.audit.id - 1)));
    }
    SECTION("a record's actor rewritten and the trail re-chained")
    {
        desk.exec(QStringLiteral("UPDATE audit_log SET actor = '别人' WHERE id = 2"));
        rechainAuditTrail(c);
        CHECK(desk.verify().chain.intact());
        const TrailReport report = desk.verify({seen});
        REQUIRE(report.anchorProblems.size() == 1);
        CHECK(report.anchorProblems.first().contains(QStringLiteral("#%1").arg(seen.audit.id)));
        CHECK(report.anchorProblems.first().contains(QStringLiteral("rewritten")));
    }
    SECTION("a record deleted and the trail re-chained")
    {
        desk.exec(QStringLiteral("DELETE FROM audit_log WHERE id = 4"));
        rechainAuditTrail(c);
        CHECK(desk.verify().chain.intact());
        const TrailReport report = desk.verify({seen});
        CHECK_FALSE(report.intact());
        CHECK_FALSE(report.anchorProblems.isEmpty());
    }
    SECTION("work done through CaseDesk after the anchor is fine")
    {
        REQUIRE(ComplaintRepository(c).add(sampleComplaint(c), kCaseworker, fixedNow()).ok());
        CHECK(desk.verify({seen}).intact());
    }
}

TEST_CASE("cases changed without an audit line are named", "[audit][trail][state]")
{
    Desk desk;
    const QSqlDatabase c = desk.db.connection();
    auto number = [&](int id) {
        auto n = queryScalar(c, QStringLiteral("SELECT case_number FROM complaints WHERE id = ?"), {id});
        REQUIRE(n.ok());
        return n->toString();
    };
    SECTION("an edited field (the trail recorded a change of it)")
    {
        desk.exec(QStringLiteral("UPDATE complaints SET amount_fen = 99999900 WHERE id = 2"));
        const TrailReport report = desk.verify();
        REQUIRE(report.findings.size() == 1);
        CHECK(report.findings.first().caseId == 2);
        CHECK(report.findings.first().message.contains(number(2)));
        CHECK(report.findings.first().message.contains(QStringLiteral("amount")));
    }
    SECTION("a field the trail only knows from the registration")
    {
        desk.exec(QStringLiteral("UPDATE complaints SET demand = '赔偿十万元' WHERE id = 3"));
        const TrailReport report = desk.verify();
        REQUIRE(report.findings.size() == 1);
        CHECK(report.findings.first().caseId == 3);
        CHECK(report.findings.first().message.contains(number(3)));
    }
    SECTION("a status set by hand")
    {
        desk.exec(QStringLiteral("UPDATE complaints SET status = 'closed' WHERE id = 2"));
        const TrailReport report = desk.verify();
        REQUIRE(report.findings.size() == 1);
        CHECK(report.findings.first().caseId == 2);
    }
    SECTION("a status change deleted from the timeline")
    {
        desk.exec(QStringLiteral("DELETE FROM case_events WHERE complaint_id = 1"));
        const TrailReport report = desk.verify();
        REQUIRE(report.findings.size() == 1);
        CHECK(report.findings.first().caseId == 1);
        CHECK(report.findings.first().message.contains(QStringLiteral("timeline")));
    }
    SECTION("a status change in the timeline rewritten")
    {
        desk.exec(QStringLiteral("UPDATE case_events SET to_status = 'refused' WHERE complaint_id = 1"));
        const TrailReport report = desk.verify();
        REQUIRE(report.findings.size() == 1);
        CHECK(report.findings.first().caseId == 1);
    }
    SECTION("a status change added to the timeline")
    {
        desk.exec(QStringLiteral("INSERT INTO case_events(complaint_id, at, recorded_at, actor, from_status, to_status) "
                                 "VALUES (2, '2026-03-20T10:00:00+08:00', '2026-03-20T10:00:00+08:00', 'x', "
                                 "'registered', 'accepted')"));
        CHECK(desk.verify().findings.size() == 1);
    }
    SECTION("a case deleted")
    {
        desk.exec(QStringLiteral("DELETE FROM case_events WHERE complaint_id = 3"));
        const QString gone = number(3);
        // Past its references, as the sqlite3 shell (foreign keys off) or a server's superuser can.
        const bool onServer = engineOf(desk.db.connection()) == Engine::Postgres;
        desk.exec(onServer ? QStringLiteral("SET session_replication_role = replica")
                           : QStringLiteral("PRAGMA foreign_keys = OFF"));
        desk.exec(QStringLiteral("DELETE FROM complaints WHERE id = 3"));
        desk.exec(onServer ? QStringLiteral("SET session_replication_role = DEFAULT")
                           : QStringLiteral("PRAGMA foreign_keys = ON"));
        const TrailReport report = desk.verify();
        REQUIRE(report.findings.size() == 1);
        CHECK(report.findings.first().message.contains(gone));
    }
}

TEST_CASE("users changed without a desk log line are named", "[audit][trail][state]")
{
    Desk desk;
    SECTION("a caseworker promoted by hand")
    {
        desk.exec(QStringLiteral("UPDATE users SET role = 'supervisor' WHERE name = '%1'").arg(kCaseworker));
        const TrailReport report = desk.verify();
        REQUIRE(report.findings.size() == 1);
        CHECK(report.findings.first().user == kCaseworker);
        CHECK(report.findings.first().message.contains(kCaseworker));
    }
    SECTION("a user deactivated by hand")
    {
        desk.exec(QStringLiteral("UPDATE users SET active = 0 WHERE name = '%1'").arg(kSupervisor));
        REQUIRE(desk.verify().findings.size() == 1);
    }
    SECTION("a user added by hand")
    {
        desk.exec(QStringLiteral("INSERT INTO users(name, role, active, created_at) VALUES ('某人', 'administrator', 1, "
                                 "'2026-03-20T10:00:00+08:00')"));
        const TrailReport report = desk.verify();
        REQUIRE(report.findings.size() == 1);
        CHECK(report.findings.first().user == QStringLiteral("某人"));
    }
    SECTION("changed through CaseDesk is fine")
    {
        REQUIRE(UserAdministration(desk.db.connection())
                    .setRole(kAdministrator, kCaseworker, Role::Supervisor, fixedNow())
                    .ok());
        REQUIRE(UserAdministration(desk.db.connection())
                    .setActive(kAdministrator, kSupervisor, false, fixedNow())
                    .ok());
        CHECK(desk.verify().intact());
    }
}

TEST_CASE("a file from before the desk log was chained gets its chain and its users' starting state",
          "[audit][trail][migrations]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.db"));
    {
        // Built up to the step before, with a user and desk lines written the old way.
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        REQUIRE(migrate(raw, 14).ok()); // the step before the desk log was chained (15)
        REQUIRE(sqliteStampIdentity(raw).ok());
        execOrFail(raw, QStringLiteral("INSERT INTO users(name, role, active, created_at) VALUES ('老张', 'supervisor', 1, "
                                       "'2025-01-01T09:00:00+08:00')"));
        execOrFail(raw, QStringLiteral("INSERT INTO desk_events(at, actor, action, subject) VALUES "
                                       "('2025-01-01T09:00:00+08:00', '老张', 'signed_in', '老张')"));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));
    auto opened = Database::open(path, Database::OpenMode::OpenExisting);
    REQUIRE(opened.ok());
    const QSqlDatabase c = opened.value()->connection();
    auto report = verifyTrails(c, {});
    REQUIRE(report.ok());
    CHECK(report->intact());
    CHECK(report->deskLog.lines == 2); // the old line and 老张's starting state
    execOrFail(c, QStringLiteral("UPDATE users SET role = 'administrator'"));
    report = verifyTrails(c, {});
    REQUIRE(report.ok());
    REQUIRE(report->findings.size() == 1);
    CHECK(report->findings.first().user == QStringLiteral("老张"));
}

TEST_CASE("this desk's anchor: kept at close, a file gone backwards warns at open, a restore moves it",
          "[audit][trail][anchors]")
{
    QTemporaryDir settings;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    DeskAnchors::setEnabled(true);
    struct Off {
        ~Off() { DeskAnchors::setEnabled(false); }
    } off;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("desk.db"));
    const QString backup = dir.filePath(QStringLiteral("desk.casedesk-backup"));
    auto addCase = [](const QSqlDatabase &c) {
        REQUIRE(ComplaintRepository(c).add(sampleComplaint(c), kCaseworker, fixedNow()).ok());
    };
    {
        auto db = Database::open(path, Database::OpenMode::CreateIfMissing);
        REQUIRE(db.ok());
        const QSqlDatabase c = db.value()->connection();
        REQUIRE(SignInService(c).createFirstAdministrator(kAdministrator, kPassword, HashCost::CheapForTests, fixedNow()).ok());
        REQUIRE(UserAdministration(c).addUser(kAdministrator, kCaseworker, Role::Caseworker, kPassword,
                                              HashCost::CheapForTests, fixedNow())
                    .ok());
        addCase(c);
        REQUIRE(backupDatabase(*db.value(), backup).ok());
        addCase(c);
    }
    auto anchored = DeskAnchors::forFile(path);
    REQUIRE(anchored.has_value());
    CHECK(anchored->audit.id == 2);
    {
        auto db = Database::open(path, Database::OpenMode::OpenExisting);
        REQUIRE(db.ok());
        CHECK(db.value()->anchorWarning().isEmpty());
        // Behind CaseDesk's back: the newest record gone, the head moved back.
        execOrFail(db.value()->connection(), QStringLiteral("DELETE FROM audit_log WHERE id = 2"));
        execOrFail(db.value()->connection(), QStringLiteral("UPDATE audit_chain SET last_id = 1, "
                                                            "last_hash = (SELECT hash FROM audit_log WHERE id = 1)"));
    }
    CHECK(DeskAnchors::forFile(path)->audit.id == 2); // the close did not follow it back
    {
        auto db = Database::open(path, Database::OpenMode::OpenExisting);
        REQUIRE(db.ok());
        CHECK(db.value()->anchorWarning().contains(QStringLiteral("this desk saw #2")));
    }
    REQUIRE(restoreDatabase(backup, path).ok());
    CHECK(DeskAnchors::forFile(path)->audit.id == 1);
    auto db = Database::open(path, Database::OpenMode::OpenExisting);
    REQUIRE(db.ok());
    CHECK(db.value()->anchorWarning().isEmpty());
}
