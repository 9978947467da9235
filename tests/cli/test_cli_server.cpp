// casedesk-cli on an office's PostgreSQL server: server init and the faults a desk meets when
// connecting (issue 17). Runs on the suite's throwaway cluster (test_server.h).

#include "catch_qt.h"
#include "cli_run.h"
#include "test_server.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlRecord>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>

#include <catch2/catch.hpp>

using namespace casedesk::test;

namespace {

// Runs one statement on a server database as the test cluster's owner.
void onServer(const QString &url, const QString &sql)
{
    const QUrl parsed(url);
    const QString name = QStringLiteral("cli-server-test");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(parsed.host());
        db.setPort(parsed.port());
        db.setUserName(parsed.userName());
        db.setPassword(parsed.password());
        db.setDatabaseName(parsed.path().mid(1));
        REQUIRE(db.open());
        QSqlQuery query(db);
        INFO(sql.toStdString());
        REQUIRE(query.exec(sql));
    }
    QSqlDatabase::removeDatabase(name);
}

QString withPassword(const QString &url, const QString &password)
{
    QUrl parsed(url);
    parsed.setPassword(password);
    return parsed.toString();
}

} // namespace

TEST_CASE("casedesk-cli server init sets up an empty server database once", "[cli][server-only]")
{
    ServerScratchDatabase scratch{ServerScratchDatabase::Content::Empty};
    const Run init = cli({QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--server"), scratch.url(),
                          QStringLiteral("--admin"), kAdmin});
    INFO(init.err.toStdString());
    REQUIRE(init.exitCode == 0);
    CHECK(init.out.contains(QStringLiteral("ready")));
    CHECK_FALSE(init.out.contains(QUrl(scratch.url()).password())); // the address is shown without it

    // The administrator signs in on the server and works there.
    const Run users = cli({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--server"), scratch.url(),
                           QStringLiteral("--as"), kAdmin});
    INFO(users.err.toStdString());
    CHECK(users.exitCode == 0);
    CHECK(users.out.contains(kAdmin));

    // A second init is refused and changes nothing.
    const Run again = cli({QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--server"),
                           scratch.url(), QStringLiteral("--admin"), QStringLiteral("另一位")});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("not empty")));
    const Run still = cli({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--server"), scratch.url(),
                           QStringLiteral("--as"), kAdmin});
    CHECK(still.exitCode == 0);
    CHECK_FALSE(still.out.contains(QStringLiteral("另一位")));
}

TEST_CASE("casedesk-cli says what is wrong with a server connection and changes nothing", "[cli][server-only]")
{
    ServerScratchDatabase scratch{ServerScratchDatabase::Content::Initialised};
    const QStringList list = {QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--as"), kAdmin,
                              QStringLiteral("--server")};

    SECTION("a malformed address")
    {
        const Run run = cli(list + QStringList{QStringLiteral("postgresql://")});
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral("not valid")));
    }
    SECTION("a wrong password")
    {
        const Run run = cli(list + QStringList{withPassword(scratch.url(), QStringLiteral("wrong"))});
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral("refused the user name or password")));
        CHECK_FALSE(run.err.contains(QStringLiteral(":wrong@")));
    }
    SECTION("a server nobody answers at")
    {
        QUrl unreachable(scratch.url());
        unreachable.setPort(1);
        const Run run = cli(list + QStringList{unreachable.toString()});
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral("cannot be reached")));
    }
    SECTION("TLS required but not offered")
    {
        const Run run = cli(list + QStringList{scratch.url() + QStringLiteral("?sslmode=require")});
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral("encrypted")));
    }
    SECTION("a server at a newer schema")
    {
        onServer(scratch.url(), QStringLiteral("UPDATE casedesk_schema SET version = 999"));
        const Run run = cli(list + QStringList{scratch.url()});
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral("newer version")));
    }
}

TEST_CASE("casedesk-cli server init leaves a database that is not CaseDesk's alone", "[cli][server-only]")
{
    ServerScratchDatabase scratch{ServerScratchDatabase::Content::Empty};
    onServer(scratch.url(), QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total INTEGER)"));
    onServer(scratch.url(), QStringLiteral("INSERT INTO invoices VALUES (1, 100)"));
    const Run init = cli({QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--server"), scratch.url(),
                          QStringLiteral("--admin"), kAdmin});
    CHECK(init.exitCode == 1);
    CHECK(init.err.contains(QStringLiteral("not CaseDesk's")));
    onServer(scratch.url(), QStringLiteral("SELECT 1 FROM invoices WHERE total = 100"));
    const Run open = cli({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--server"), scratch.url(),
                          QStringLiteral("--as"), kAdmin});
    CHECK(open.exitCode == 1);
}

TEST_CASE("casedesk-cli server import moves a desk's file onto the server, whole and verifiable", "[cli][server-only]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("desk.db"));
    REQUIRE(cli({QStringLiteral("demo"), QStringLiteral("--database"), file, QStringLiteral("--cases"),
                 QStringLiteral("200")})
                .exitCode == 0);
    ServerScratchDatabase scratch{ServerScratchDatabase::Content::Empty};
    const QStringList import = {QStringLiteral("server"), QStringLiteral("import"), QStringLiteral("--from"), file,
                                QStringLiteral("--server"), scratch.url()};
    const Run imported = cli(import);
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.out.contains(QStringLiteral("Imported 200 cases")));
    // The planner knows the new rows at once (ANALYZE), not when autovacuum comes round.
    onServer(scratch.url(), QStringLiteral("DO $$ BEGIN IF (SELECT reltuples FROM pg_class WHERE relname = "
                                           "'complaints') < 200 THEN RAISE EXCEPTION 'not analysed'; END IF; END $$"));

    // The trails still verify on the server, and the cases read the same on both.
    const Run verified = cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--server"),
                              scratch.url(), QStringLiteral("--as"), kAdmin});
    INFO(verified.out.toStdString() + verified.err.toStdString());
    CHECK(verified.exitCode == 0);
    CHECK(verified.out.contains(QStringLiteral("The audit trail is intact")));
    const QStringList list = {QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--json"),
                              QStringLiteral("--as"), kAdmin};
    const Run onFile = cli(list + QStringList{QStringLiteral("--database"), file});
    const Run onServer = cli(list + QStringList{QStringLiteral("--server"), scratch.url()});
    REQUIRE(onFile.exitCode == 0);
    CHECK(onServer.exitCode == 0);
    CHECK(onServer.out == onFile.out);

    // A second import into a database that now holds cases is refused, and changes nothing.
    const Run again = cli(import);
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("already holds cases")));
    CHECK(cli(list + QStringList{QStringLiteral("--server"), scratch.url()}).out == onFile.out);
}

namespace {

// Every row of every table of a CaseDesk file, as text, except the search index's own storage
// (its layout depends on how it was written) and the server's marker: what a round trip
// through the server must give back unchanged.
QStringList fileContent(const QString &path)
{
    const QString name = QStringLiteral("round-trip-") + path;
    QStringList lines;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery tables(db);
        REQUIRE(tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"
                                           " AND name NOT LIKE 'sqlite%' AND name NOT LIKE 'case_search_%'"
                                           " AND name <> 'case_search' ORDER BY name")));
        QStringList names;
        while (tables.next())
            names << tables.value(0).toString();
        for (const QString &table : names) {
            QSqlQuery rows(db);
            REQUIRE(rows.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table)));
            QStringList tableLines;
            while (rows.next()) {
                QStringList fields;
                for (int i = 0; i < rows.record().count(); ++i) {
                    const QVariant v = rows.value(i);
                    fields << (v.isNull() ? QStringLiteral("NULL")
                                          : v.typeId() == QMetaType::QByteArray ? QString::fromLatin1(v.toByteArray().toHex())
                                                                                : v.toString());
                }
                tableLines << table + QLatin1Char('|') + fields.join(QLatin1Char('|'));
            }
            tableLines.sort();
            lines << QStringLiteral("%1: %2 rows").arg(table).arg(tableLines.size()) << tableLines;
        }
        // The search index finds the same cases.
        QSqlQuery search(db);
        REQUIRE(search.exec(QStringLiteral("SELECT rowid FROM case_search WHERE case_search MATCH '\"健身\"' ORDER BY rowid")));
        while (search.next())
            lines << QStringLiteral("search|") + search.value(0).toString();
    }
    QSqlDatabase::removeDatabase(name);
    return lines;
}

// Runs one statement on a file; gives the first column of its first row.
QString execOnFile(const QString &path, const QString &sql, const QVariantList &values = {})
{
    const QString name = QStringLiteral("fixture-") + path;
    QString first;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.prepare(sql));
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values.at(i));
        INFO(q.lastError().text().toStdString());
        REQUIRE(q.exec());
        if (q.next())
            first = q.value(0).toString();
    }
    QSqlDatabase::removeDatabase(name);
    return first;
}

} // namespace

TEST_CASE("casedesk-cli server export gives back the file that was imported", "[cli][server-only]")
{
    QTemporaryDir dir;
    const QString desk = dir.filePath(QStringLiteral("desk.db"));
    REQUIRE(cli({QStringLiteral("demo"), QStringLiteral("--database"), desk, QStringLiteral("--cases"),
                 QStringLiteral("300")})
                .exitCode == 0);
    // An evidence file whose bytes are not text.
    QByteArray photo("\x89PNG\r\n\x1a\n\x00\xff\x10", 11);
    execOnFile(desk,
               QStringLiteral("INSERT INTO evidence(complaint_id, file_name, media_type, size_bytes, sha256, content,"
                              " added_at, added_by) VALUES (1, '收据.png', 'image/png', 11, ?, ?,"
                              " '2026-10-01T10:00:00+08:00', '管理员')"),
               {QString::fromLatin1(QCryptographicHash::hash(photo, QCryptographicHash::Sha256).toHex()), photo});
    ServerScratchDatabase scratch{ServerScratchDatabase::Content::Empty};
    const Run imported = cli({QStringLiteral("server"), QStringLiteral("import"), QStringLiteral("--from"), desk,
                              QStringLiteral("--server"), scratch.url()});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);

    const QString back = dir.filePath(QStringLiteral("back.db"));
    const QStringList exportTo = {QStringLiteral("server"), QStringLiteral("export"), QStringLiteral("--server"),
                                  scratch.url(), QStringLiteral("--to"), back};
    const Run exported = cli(exportTo);
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    CHECK(exported.out.contains(QStringLiteral("Exported 300 cases")));
    CHECK_FALSE(QFileInfo::exists(back + QStringLiteral(".partial")));

    // Same rows in every table (ids, trail, hashes, evidence bytes, counted statistics), the
    // same search results; and the same answers from the CLI.
    const QStringList before = fileContent(desk), after = fileContent(back);
    const QString supervisor = execOnFile(desk, QStringLiteral("SELECT name FROM users WHERE role = 'supervisor' LIMIT 1"));
    REQUIRE_FALSE(supervisor.isEmpty());
    CHECK(before.size() == after.size());
    for (int i = 0; i < std::min(before.size(), after.size()); ++i) {
        INFO("line " << i);
        REQUIRE(before.at(i) == after.at(i));
    }
    for (const QStringList &command :
         {QStringList{QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--json"),
                      QStringLiteral("--identified")},
          QStringList{QStringLiteral("stats"), QStringLiteral("--period"), QStringLiteral("2026"),
                      QStringLiteral("--json")},
          QStringList{QStringLiteral("audit"), QStringLiteral("verify")}}) {
        // A supervisor: the one role that may list cases identified.
        const QStringList as = {QStringLiteral("--as"), supervisor, QStringLiteral("--database")};
        const Run a = cli(command + as + QStringList{desk}), b = cli(command + as + QStringList{back});
        INFO(command.join(QLatin1Char(' ')).toStdString() << "\n" << b.err.toStdString());
        CHECK(a.exitCode == 0);
        CHECK(b.exitCode == 0);
        CHECK(a.out == b.out);
    }

    // A file that exists is never overwritten; a server that cannot be reached leaves no file.
    const QStringList used = fileContent(back);
    const Run again = cli(exportTo);
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("already exists")));
    CHECK(fileContent(back) == used);
    const QString nowhere = dir.filePath(QStringLiteral("nowhere.db"));
    QUrl wrong(scratch.url());
    wrong.setPassword(QStringLiteral("wrong-password"));
    const Run refused = cli({QStringLiteral("server"), QStringLiteral("export"), QStringLiteral("--server"),
                             wrong.toString(), QStringLiteral("--to"), nowhere});
    CHECK(refused.exitCode == 1);
    CHECK_FALSE(QFileInfo::exists(nowhere));
    CHECK_FALSE(QFileInfo::exists(nowhere + QStringLiteral(".partial")));
}

TEST_CASE("on a server each user's own login does their daily work, and the server refuses the rest",
          "[cli][server-only][rights]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("desk.db"));
    REQUIRE(cli({QStringLiteral("demo"), QStringLiteral("--database"), file, QStringLiteral("--cases"),
                 QStringLiteral("300"), QStringLiteral("--seed"), QStringLiteral("11"), QStringLiteral("--until"),
                 QStringLiteral("2026-06-01")})
                .exitCode == 0);
    const QString supervisor = demoSupervisor(file);
    REQUIRE_FALSE(supervisor.isEmpty());
    ServerScratchDatabase scratch{ServerScratchDatabase::Content::Empty};
    const Run imported = cli({QStringLiteral("server"), QStringLiteral("import"), QStringLiteral("--from"), file,
                              QStringLiteral("--server"), scratch.url()});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);

    // Through the maintenance account: the administrator adds a caseworker (whose login gets the
    // password given), and the copied users sign in once (which gives their logins theirs).
    const auto maintenance = [&scratch](const QString &user, QStringList arguments) {
        arguments << QStringLiteral("--server") << scratch.url() << QStringLiteral("--as") << user;
        return cli(arguments);
    };
    const QString caseworker = QStringLiteral("测试承办人");
    const QString auditor = QStringLiteral("审计员");
    REQUIRE(maintenance(kAdmin, {QStringLiteral("user"), QStringLiteral("add"), caseworker}).exitCode == 0);
    for (const QString &user : {supervisor, auditor})
        REQUIRE(maintenance(user, {QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--limit"),
                                   QStringLiteral("1")})
                    .exitCode == 0);

    // From here on each user connects as their own login, with their CaseDesk password.
    const QString prefix = scratch.name() + QLatin1Char('_'); // the test cluster's casedesk.login_prefix
    const auto own = [&scratch, &prefix](const QString &user, QStringList arguments) {
        QUrl url(scratch.url());
        url.setUserName(prefix + user);
        url.setPassword(kPassword);
        arguments << QStringLiteral("--server") << url.toString() << QStringLiteral("--as") << user;
        return cli(arguments);
    };
    const auto works = [](const Run &run) {
        INFO(run.out.toStdString() + run.err.toStdString());
        CHECK(run.exitCode == 0);
        return run.exitCode == 0;
    };
    Run run = own(caseworker, {QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--status"),
                               QStringLiteral("closed"), QStringLiteral("--limit"), QStringLiteral("1"),
                               QStringLiteral("--json")});
    REQUIRE(works(run));
    const QString closed = QJsonDocument::fromJson(run.out.toUtf8()).array().first().toObject().value(
        QStringLiteral("caseNumber")).toString();
    REQUIRE_FALSE(closed.isEmpty());

    // A caseworker: lists, a case's history, figures, alerts, follow-ups.
    works(own(caseworker, {QStringLiteral("case"), QStringLiteral("history"), closed, QStringLiteral("--json")}));
    works(own(caseworker, {QStringLiteral("stats"), QStringLiteral("--period"), QStringLiteral("2026"),
                           QStringLiteral("--json")}));
    works(own(caseworker, {QStringLiteral("alerts"), QStringLiteral("--json")}));
    works(own(caseworker, {QStringLiteral("followup"), QStringLiteral("list"), closed}));
    // …but not the calendar, refused by CaseDesk and, past it, by the server.
    CHECK(own(caseworker, {QStringLiteral("calendar"), QStringLiteral("set"), QStringLiteral("2026-06-08"),
                           QStringLiteral("--off")})
              .exitCode == 1);

    // A supervisor: reopens a closed case, reveals a phone (logged), keeps the calendar, reports.
    works(own(supervisor, {QStringLiteral("case"), QStringLiteral("transition"), closed, QStringLiteral("--to"),
                           QStringLiteral("accepted"), QStringLiteral("--note"), QStringLiteral("回访发现未履行")}));
    works(own(supervisor, {QStringLiteral("case"), QStringLiteral("reveal"), closed, QStringLiteral("--field"),
                           QStringLiteral("phone")}));
    works(own(supervisor, {QStringLiteral("calendar"), QStringLiteral("set"), QStringLiteral("2026-06-08"),
                           QStringLiteral("--off"), QStringLiteral("--name"), QStringLiteral("区政府调休")}));
    works(own(supervisor, {QStringLiteral("report"), QStringLiteral("--period"), QStringLiteral("2026-05"),
                           QStringLiteral("--out"), dir.filePath(QStringLiteral("2026-05.pdf"))}));

    // An auditor: verifies the trail and reads figures; changes no case.
    run = own(auditor, {QStringLiteral("audit"), QStringLiteral("verify")});
    works(run);
    CHECK(run.out.contains(QStringLiteral("The audit trail is intact")));
    works(own(auditor, {QStringLiteral("stats"), QStringLiteral("--period"), QStringLiteral("2026"),
                        QStringLiteral("--json")}));
    CHECK(own(auditor, {QStringLiteral("case"), QStringLiteral("transition"), closed, QStringLiteral("--to"),
                        QStringLiteral("closed")})
              .exitCode == 1);

    // The administrator adds a user at their own login; the new user connects as theirs at once.
    works(own(kAdmin, {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("新同事")}));
    works(own(QStringLiteral("新同事"), {QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--limit"),
                                        QStringLiteral("1")}));

    // A desk connected as one user does not work as another, whatever password it knows.
    QUrl url(scratch.url());
    url.setUserName(prefix + caseworker);
    url.setPassword(kPassword);
    run = cli({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--server"), url.toString(),
               QStringLiteral("--as"), kAdmin});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(caseworker));

    // And the trail is still whole after all of it.
    run = maintenance(kAdmin, {QStringLiteral("audit"), QStringLiteral("verify")});
    works(run);
}
