// casedesk-cli on an office's PostgreSQL server: server init and the faults a desk meets when
// connecting (issue 17). Runs on the suite's throwaway cluster (test_server.h).

#include "catch_qt.h"
#include "cli_run.h"
#include "test_server.h"

#include <QSqlDatabase>
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
