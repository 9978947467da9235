#include "catch_qt.h"
#include "cli_run.h"

#include "storage/instance_lock.h"

#include <QCoreApplication>

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

// The hostile probe's attacks on a demo file, made with a plain SQLite connection the way
// someone with the sqlite3 shell would: each must be caught by `audit verify`, naming the
// record, case or user.

using namespace casedesk::test;

namespace {

QVariant shell(const QString &path, const QStringList &statements)
{
    QVariant last;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        for (const QString &sql : statements) {
            QSqlQuery query(db);
            INFO(sql.toStdString());
            REQUIRE(query.exec(sql));
            if (query.next())
                last = query.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("probe"));
    return last;
}

QString demoDesk(const QTemporaryDir &dir)
{
    const QString db = dir.filePath(QStringLiteral("probe.db"));
    REQUIRE(cli({QStringLiteral("demo"), QStringLiteral("--database"), db, QStringLiteral("--cases"), QStringLiteral("40"),
                 QStringLiteral("--seed"), QStringLiteral("16"), QStringLiteral("--until"), QStringLiteral("2026-06-01")})
                .exitCode == 0);
    return db;
}

Run verify(const QString &db, bool json = false)
{
    QStringList arguments{QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--as"), kAdmin,
                          QStringLiteral("--database"), db};
    if (json)
        arguments.append(QStringLiteral("--json"));
    return cli(arguments);
}

} // namespace

TEST_CASE("casedesk-cli audit verify: a demo file worked through CaseDesk is intact", "[cli][audit][tamper]")
{
    QTemporaryDir dir;
    const QString db = demoDesk(dir);
    const Run run = verify(db, true);
    INFO(run.out.toStdString() << run.err.toStdString());
    CHECK(run.exitCode == 0);
    const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();
    CHECK(report.value(QStringLiteral("intact")).toBool());
    CHECK(report.value(QStringLiteral("anchorsChecked")).toInt() >= 1); // this desk saw the file
}

TEST_CASE("casedesk-cli audit verify: the probe's attacks are caught", "[cli][audit][tamper]")
{
    QTemporaryDir dir;
    const QString db = demoDesk(dir);
    REQUIRE(verify(db).exitCode == 0); // this desk has now seen the trails' heads

    SECTION("the whole trail deleted")
    {
        const qint64 head = shell(db, {QStringLiteral("SELECT last_id FROM audit_chain")}).toLongLong();
        shell(db, {QStringLiteral("DELETE FROM audit_log"), QStringLiteral("DELETE FROM audit_chain")});
        // Opening the file says at once that its trail went backwards.
        const Run list = cli({QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("1"),
                              QStringLiteral("--as"), kAdmin, QStringLiteral("--database"), db});
        CHECK(list.err.contains(QStringLiteral("warning")));
        const Run run = verify(db);
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral("The audit trail is empty, but this desk saw #%1").arg(head)));
    }
    SECTION("the newest record deleted and the head moved back")
    {
        const qint64 head = shell(db, {QStringLiteral("SELECT last_id FROM audit_chain")}).toLongLong();
        shell(db, {QStringLiteral("DELETE FROM audit_log WHERE id = %1").arg(head),
                   QStringLiteral("UPDATE audit_chain SET last_id = %1, last_hash = (SELECT hash FROM audit_log "
                                  "WHERE id = %1)")
                       .arg(head - 1)});
        const Run run = verify(db);
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral("ends at #%1, but this desk saw #%2").arg(head - 1).arg(head)));
    }
    SECTION("a case's amount changed without an audit line")
    {
        const QString number =
            shell(db, {QStringLiteral("SELECT case_number FROM complaints WHERE id = 5")}).toString();
        shell(db, {QStringLiteral("UPDATE complaints SET amount_fen = 99999900 WHERE id = 5")});
        const Run run = verify(db, true);
        CHECK(run.exitCode == 1);
        const QJsonArray findings =
            QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("findings")).toArray();
        REQUIRE(findings.size() == 1);
        CHECK(findings.first().toObject().value(QStringLiteral("caseNumber")).toString() == number);
    }
    SECTION("a status change deleted from a case's timeline")
    {
        const qint64 caseId =
            shell(db, {QStringLiteral("SELECT complaint_id FROM case_events ORDER BY id DESC LIMIT 1")}).toLongLong();
        const QString number =
            shell(db, {QStringLiteral("SELECT case_number FROM complaints WHERE id = %1").arg(caseId)}).toString();
        shell(db, {QStringLiteral("DELETE FROM case_events WHERE id = (SELECT max(id) FROM case_events)")});
        const Run run = verify(db);
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(number));
    }
    SECTION("a caseworker promoted to supervisor by hand")
    {
        const QString name = shell(db, {QStringLiteral("SELECT name FROM users WHERE role = 'caseworker' LIMIT 1")}).toString();
        shell(db, {QStringLiteral("UPDATE users SET role = 'supervisor' WHERE name = '%1'").arg(name)});
        const Run run = verify(db);
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral("User %1").arg(name)));
    }
    SECTION("identified-export lines deleted from the desk log")
    {
        const QString supervisor = demoSupervisor(db);
        REQUIRE(cli({QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--identified"),
                     QStringLiteral("--limit"), QStringLiteral("3"), QStringLiteral("--as"), supervisor,
                     QStringLiteral("--database"), db})
                    .exitCode == 0);
        REQUIRE(shell(db, {QStringLiteral("SELECT count(*) FROM desk_events WHERE action = 'exported_identified'")})
                    .toInt() > 0);
        shell(db, {QStringLiteral("DELETE FROM desk_events WHERE action = 'exported_identified'")});
        const Run run = verify(db, true);
        CHECK(run.exitCode == 1);
        CHECK_FALSE(QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("deskLogIntact")).toBool());
    }
}

TEST_CASE("casedesk-cli audit verify: the backups are anchors too", "[cli][audit][tamper]")
{
    QTemporaryDir dir;
    const QString db = demoDesk(dir);
    const QString backup = dir.filePath(QStringLiteral("backups/probe-20260601-120000.casedesk-backup"));
    REQUIRE(cli({QStringLiteral("backup"), QStringLiteral("--out"), backup, QStringLiteral("--as"), kAdmin,
                 QStringLiteral("--database"), db})
                .exitCode == 0);
    Run run = verify(db, true);
    REQUIRE(run.exitCode == 0);
    CHECK(QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("anchorsChecked")).toInt() == 2);
    // The record the backup ends at replaced (as re-chaining after a rewrite does): the backup
    // names it, whatever this desk's settings say.
    shell(db, {QStringLiteral("UPDATE audit_log SET hash = 'f' || substr(hash, 2) WHERE id = "
                              "(SELECT last_id FROM audit_chain)")});
    run = verify(db, true);
    CHECK(run.exitCode == 1);
    const QJsonArray problems =
        QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("anchorProblems")).toArray();
    bool byBackup = false;
    for (const QJsonValue &problem : problems)
        byBackup = byBackup || problem.toString().contains(QStringLiteral("the backup probe-20260601-120000"));
    CHECK(byBackup);
}

TEST_CASE("casedesk-cli: the probe's other faults", "[cli][trust]")
{
    QTemporaryDir dir;

    SECTION("init --admin takes the new password like user add, and leaves no file when it fails")
    {
        const QString db = dir.filePath(QStringLiteral("new.db"));
        const QStringList init{QStringLiteral("init"), QStringLiteral("--database"), db, QStringLiteral("--admin"),
                               QStringLiteral("主任")};
        Run run = cli(init, kPassword, QStringLiteral("short"));
        CHECK(run.exitCode == 1);
        CHECK_FALSE(QFile::exists(db));
        CHECK_FALSE(QFile::exists(db + QStringLiteral("-wal")));
        run = cli(init, QStringLiteral("not-this-one"), QStringLiteral("admin-password-1"));
        REQUIRE(run.exitCode == 0);
        CHECK(cli({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--as"), QStringLiteral("主任"),
                   QStringLiteral("--database"), db},
                  QStringLiteral("admin-password-1"))
                  .exitCode == 0);
    }
    SECTION("a file nobody can sign in to says so")
    {
        const QString db = dir.filePath(QStringLiteral("nobody.db"));
        REQUIRE(cli({QStringLiteral("init"), QStringLiteral("--database"), db}).exitCode == 0);
        const Run run = cli({QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--as"), kAdmin,
                             QStringLiteral("--database"), db});
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral("Nobody can sign in")));
    }
    SECTION("an empty file given to a read command is left as it was")
    {
        const QString db = dir.filePath(QStringLiteral("empty.db"));
        {
            QFile empty(db);
            REQUIRE(empty.open(QIODevice::WriteOnly));
        }
        const Run run = cli({QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--as"), kAdmin,
                             QStringLiteral("--database"), db});
        CHECK(run.exitCode == 1);
        CHECK(QFileInfo(db).size() == 0);
        CHECK_FALSE(QFile::exists(db + QStringLiteral("-wal")));
    }
    SECTION("a busy database says who holds it, with exit code 1")
    {
        const QString db = demoDesk(dir);
        auto window = casedesk::InstanceLock::acquire(db); // as a CaseDesk window holds it
        REQUIRE(window.ok());
        QSqlDatabase holder = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
        holder.setDatabaseName(db);
        REQUIRE(holder.open());
        REQUIRE(QSqlQuery(holder).exec(QStringLiteral("BEGIN IMMEDIATE"))); // a long write
        const Run run = cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("新同事"),
                             QStringLiteral("--as"), kAdmin, QStringLiteral("--database"), db});
        QSqlQuery(holder).exec(QStringLiteral("ROLLBACK"));
        holder.close();
        holder = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("holder"));
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral("busy")));
        CHECK(run.err.contains(QStringLiteral("process %1").arg(QCoreApplication::applicationPid())));
    }
    SECTION("the lock-out does not tell which names exist")
    {
        const QString db = demoDesk(dir);
        const QString supervisor = demoSupervisor(db);
        auto attempt = [&](const QString &name) {
            return cli({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--as"), name,
                        QStringLiteral("--database"), db},
                       QStringLiteral("not-the-password"))
                .err;
        };
        for (int i = 0; i < 6; ++i) {
            const QString real = attempt(supervisor);
            const QString made = attempt(QStringLiteral("没有这个人"));
            CHECK(real == made);
        }
    }
}
