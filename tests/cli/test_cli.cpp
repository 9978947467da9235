#include "catch_qt.h"
#include "stats_fixture.h"
#include "test_support.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>

namespace {

struct Run {
    int exitCode;
    QString out;
    QString err;
};

// Every user these tests sign in as has the demo password: the demo's users have it, and
// the users the tests add get it through CASEDESK_NEW_PASSWORD.
const QString kPassword = QStringLiteral("demo1234");
const QString kAdmin = QStringLiteral("管理员"); // the demo database's administrator
// The password of the stats fixture's users (buildStatsFixture adds them with addTestUser).
const QString kFixturePassword = casedesk::test::kTestPassword;

Run cli(const QStringList &arguments, const QString &password = kPassword)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8")); // English messages
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    environment.insert(QStringLiteral("CASEDESK_PASSWORD"), password);
    environment.insert(QStringLiteral("CASEDESK_NEW_PASSWORD"), kPassword);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(CASEDESK_CLI_PATH), arguments);
    REQUIRE(process.waitForFinished(120000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

// The name of the demo database's supervisor (a random name).
QString demoSupervisor(const QString &db)
{
    const Run run = cli({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--json"),
                         QStringLiteral("--database"), db, QStringLiteral("--as"), kAdmin});
    for (const QJsonValue &user : QJsonDocument::fromJson(run.out.toUtf8()).array()) {
        if (user.toObject().value(QStringLiteral("role")).toString() == QLatin1String("supervisor"))
            return user.toObject().value(QStringLiteral("name")).toString();
    }
    return {};
}

} // namespace

TEST_CASE("casedesk-cli: init, demo, case list and case show", "[cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("cli.db"));

    Run run = cli({QStringLiteral("init"), QStringLiteral("--database"), db, QStringLiteral("--prefix"),
                   QStringLiteral("徐汇")});
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("schema version")));

    run = cli({QStringLiteral("demo"), QStringLiteral("--database"), db, QStringLiteral("--cases"),
               QStringLiteral("300"), QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--until"),
               QStringLiteral("2026-06-01")});
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("300")));

    const QString as = QStringLiteral("--as");
    run = cli({QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--database"), db,
               QStringLiteral("--limit"), QStringLiteral("0"), QStringLiteral("--json"), as, kAdmin});
    REQUIRE(run.exitCode == 0);
    const QJsonArray rows = QJsonDocument::fromJson(run.out.toUtf8()).array();
    REQUIRE(rows.size() == 300);
    // An export is de-identified: names and phones masked in every row.
    for (const QJsonValue &row : rows) {
        CHECK(row.toObject().value(QStringLiteral("consumer")).toString().contains(QLatin1Char('*')));
        CHECK(row.toObject().value(QStringLiteral("consumerPhone")).toString().contains(QStringLiteral("****")));
    }
    const QString newest = rows.first().toObject().value(QStringLiteral("caseNumber")).toString();
    CHECK(newest.startsWith(QStringLiteral("徐汇-2026-")));
    CHECK(rows.first().toObject().value(QStringLiteral("receivedAt")).toString() >=
          rows.last().toObject().value(QStringLiteral("receivedAt")).toString());

    run = cli({QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--database"), db,
               QStringLiteral("--status"), QStringLiteral("closed"), QStringLiteral("--limit"), QStringLiteral("5"), as,
               kAdmin});
    REQUIRE(run.exitCode == 0);
    const QStringList lines = run.out.trimmed().split(QLatin1Char('\n'));
    CHECK(lines.size() == 5);
    for (const QString &line : lines) {
        CHECK(line.contains(QStringLiteral("\tClosed\t")));
        CHECK(line.contains(QStringLiteral("****"))); // the phone, masked in the list
    }

    run = cli({QStringLiteral("case"), QStringLiteral("show"), newest, QStringLiteral("--database"), db,
               QStringLiteral("--json"), as, kAdmin});
    REQUIRE(run.exitCode == 0);
    const QJsonObject shown = QJsonDocument::fromJson(run.out.toUtf8()).object();
    CHECK(shown.value(QStringLiteral("caseNumber")).toString() == newest);
    const QJsonObject consumer = shown.value(QStringLiteral("consumer")).toObject();
    CHECK(consumer.value(QStringLiteral("name")).toString().contains(QLatin1Char('*')));
    CHECK(consumer.value(QStringLiteral("phone")).toString().contains(QStringLiteral("****")));
    CHECK(consumer.value(QStringLiteral("address")).toString().isEmpty());
    CHECK(shown.value(QStringLiteral("amountFen")).toInteger() >= 0);
    CHECK(shown.value(QStringLiteral("minor")).isBool());

    run = cli({QStringLiteral("case"), QStringLiteral("show"), newest, QStringLiteral("--database"), db, as, kAdmin});
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(newest));
    CHECK(run.out.contains(QStringLiteral("****")));

    // Without the right password nothing is shown.
    run = cli({QStringLiteral("case"), QStringLiteral("show"), newest, QStringLiteral("--database"), db, as, kAdmin},
              QStringLiteral("wrong-password"));
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("wrong")));
    CHECK_FALSE(run.out.contains(newest));
}

TEST_CASE("casedesk-cli: help on every subcommand, user errors exit 1 with a message", "[cli]")
{
    for (const QStringList &help : {QStringList{QStringLiteral("--help")},
                                    QStringList{QStringLiteral("init"), QStringLiteral("--help")},
                                    QStringList{QStringLiteral("demo"), QStringLiteral("--help")},
                                    QStringList{QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--help")},
                                    QStringList{QStringLiteral("case"), QStringLiteral("show"), QStringLiteral("--help")}}) {
        CAPTURE(help.join(QLatin1Char(' ')));
        const Run run = cli(help);
        CHECK(run.exitCode == 0);
        CHECK(run.out.contains(QStringLiteral("Usage")));
    }

    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("missing.db"));
    const QList<QStringList> userErrors = {
        {},
        {QStringLiteral("frobnicate")},
        {QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--database"), missing},
        {QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--bogus")},
        {QStringLiteral("demo"), QStringLiteral("--database"), missing, QStringLiteral("--cases"), QStringLiteral("many")},
        {QStringLiteral("demo"), QStringLiteral("--database"), missing, QStringLiteral("--cases"), QStringLiteral("-5")},
        {QStringLiteral("case"), QStringLiteral("show"), QStringLiteral("长宁-2026-999999"), QStringLiteral("--database"),
         missing},
    };
    for (const QStringList &arguments : userErrors) {
        CAPTURE(arguments.join(QLatin1Char(' ')));
        const Run run = cli(arguments);
        CHECK(run.exitCode == 1);
        CHECK_FALSE(run.err.trimmed().isEmpty());
    }

    // A file that is not a database is refused and left alone.
    const QString notDb = dir.filePath(QStringLiteral("notes.db"));
    {
        QFile file(notDb);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("plain text, not SQLite\n").repeated(100));
    }
    const Run run = cli({QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--database"), notDb,
                         QStringLiteral("--as"), kAdmin});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("not a CaseDesk database")));
    CHECK(QFileInfo(notDb).size() == 2300);
}

TEST_CASE("casedesk-cli: every command that reads cases or changes anything signs in", "[cli][sign-in]")
{
    const QList<QStringList> commands = {
        {QStringLiteral("alerts")},
        {QStringLiteral("audit"), QStringLiteral("verify")},
        {QStringLiteral("backup")},
        {QStringLiteral("restore")},
        {QStringLiteral("followup"), QStringLiteral("add")},
        {QStringLiteral("followup"), QStringLiteral("list")},
        {QStringLiteral("followup"), QStringLiteral("spotcheck")},
        {QStringLiteral("followup"), QStringLiteral("typical")},
        {QStringLiteral("fund"), QStringLiteral("list")},
        {QStringLiteral("fund"), QStringLiteral("create")},
        {QStringLiteral("fund"), QStringLiteral("top-up")},
        {QStringLiteral("fund"), QStringLiteral("payout")},
        {QStringLiteral("fund"), QStringLiteral("statement")},
        {QStringLiteral("group"), QStringLiteral("list")},
        {QStringLiteral("group"), QStringLiteral("show")},
        {QStringLiteral("group"), QStringLiteral("create")},
        {QStringLiteral("group"), QStringLiteral("outcome")},
        {QStringLiteral("group"), QStringLiteral("move")},
        {QStringLiteral("group"), QStringLiteral("roster")},
        {QStringLiteral("mediator"), QStringLiteral("add")},
        {QStringLiteral("court"), QStringLiteral("add")},
        {QStringLiteral("session"), QStringLiteral("add")},
        {QStringLiteral("session"), QStringLiteral("list")},
        {QStringLiteral("agreement")},
        {QStringLiteral("agreement"), QStringLiteral("draft")},
        {QStringLiteral("agreement"), QStringLiteral("sign")},
        {QStringLiteral("agreement"), QStringLiteral("perform")},
        {QStringLiteral("referral")},
        {QStringLiteral("referral"), QStringLiteral("set")},
        {QStringLiteral("referral"), QStringLiteral("hearing")},
        {QStringLiteral("referral"), QStringLiteral("close")},
        {QStringLiteral("stats")},
        {QStringLiteral("report")},
    };
    for (const QStringList &command : commands) {
        CAPTURE(command.join(QLatin1Char(' ')));
        const Run run = cli(command + QStringList{QStringLiteral("--help")});
        CHECK(run.exitCode == 0);
        CHECK(run.out.section(QLatin1Char('\n'), 0, 0).contains(QStringLiteral("--as USER")));
        CHECK(run.out.contains(QStringLiteral("--password-file")));
    }
}

TEST_CASE("casedesk-cli: users, case transition, assign and history", "[cli][workflow]")
{
    for (const char *sub : {"transition", "assign", "history"}) {
        const Run run = cli({QStringLiteral("case"), QLatin1String(sub), QStringLiteral("--help")});
        CHECK(run.exitCode == 0);
        CHECK(run.out.contains(QStringLiteral("Usage")));
    }
    for (const char *sub : {"add", "list", "set", "passwd", "unlock"}) {
        const Run run = cli({QStringLiteral("user"), QLatin1String(sub), QStringLiteral("--help")});
        CHECK(run.exitCode == 0);
        CHECK(run.out.contains(QStringLiteral("Usage")));
    }

    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("workflow.db"));
    const auto onDb = [&db](QStringList arguments) {
        arguments << QStringLiteral("--database") << db;
        return cli(arguments);
    };
    const auto asAdmin = [&db](QStringList arguments) {
        arguments << QStringLiteral("--database") << db << QStringLiteral("--as") << kAdmin;
        return cli(arguments);
    };
    REQUIRE(cli({QStringLiteral("demo"), QStringLiteral("--database"), db, QStringLiteral("--cases"),
                 QStringLiteral("300"), QStringLiteral("--seed"), QStringLiteral("3"), QStringLiteral("--until"),
                 QStringLiteral("2026-06-01")})
                .exitCode == 0);

    // Users: the demo's caseworkers and supervisor, plus ours, added by the administrator.
    const QString caseworker = QStringLiteral("测试承办人");
    const QString supervisor = QStringLiteral("测试科长");
    REQUIRE(asAdmin({QStringLiteral("user"), QStringLiteral("add"), caseworker}).exitCode == 0);
    Run run = asAdmin({QStringLiteral("user"), QStringLiteral("add"), supervisor, QStringLiteral("--role"),
                       QStringLiteral("supervisor")});
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("supervisor")));
    run = asAdmin({QStringLiteral("user"), QStringLiteral("add"), caseworker});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("already")));
    CHECK(asAdmin({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("某人"), QStringLiteral("--role"),
                   QStringLiteral("boss")})
              .exitCode == 1);
    // A caseworker manages no users, through the CLI either.
    const QString as = QStringLiteral("--as");
    run = onDb({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("某人"), as, caseworker});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("may not manage users")));
    run = onDb({QStringLiteral("user"), QStringLiteral("set"), caseworker, QStringLiteral("--role"),
                QStringLiteral("supervisor"), as, caseworker});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("may not manage users")));
    run = asAdmin({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(run.exitCode == 0);
    const QJsonArray users = QJsonDocument::fromJson(run.out.toUtf8()).array();
    CHECK(users.size() >= 6);
    int supervisors = 0;
    for (const QJsonValue &user : users) {
        supervisors += user.toObject().value(QStringLiteral("role")).toString() == QLatin1String("supervisor");
        if (user.toObject().value(QStringLiteral("name")).toString() == caseworker)
            CHECK(user.toObject().value(QStringLiteral("role")).toString() == QStringLiteral("caseworker"));
    }
    CHECK(supervisors == 2);

    // A registered case, taken through the workflow.
    run = onDb({QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("registered"),
                QStringLiteral("--limit"), QStringLiteral("1"), QStringLiteral("--json"), as, caseworker});
    REQUIRE(run.exitCode == 0);
    const QJsonArray registered = QJsonDocument::fromJson(run.out.toUtf8()).array();
    REQUIRE(registered.size() == 1);
    const QString id = registered.first().toObject().value(QStringLiteral("caseNumber")).toString();

    run = onDb({QStringLiteral("case"), QStringLiteral("transition"), id, QStringLiteral("--to"),
                QStringLiteral("closed"), as, caseworker});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("cannot become")));
    run = onDb({QStringLiteral("case"), QStringLiteral("transition"), id, QStringLiteral("--to"),
                QStringLiteral("refused"), as, caseworker});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("outside_duties")));
    run = onDb({QStringLiteral("case"), QStringLiteral("transition"), id, QStringLiteral("--to"),
                QStringLiteral("accepted"), as, caseworker, QStringLiteral("--at"), QStringLiteral("2099-01-01T10:00")});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("future")));
    run = onDb({QStringLiteral("case"), QStringLiteral("transition"), id, QStringLiteral("--to"),
                QStringLiteral("accepted"), as, QStringLiteral("陌生人")});
    CHECK(run.exitCode == 1);
    CHECK(onDb({QStringLiteral("case"), QStringLiteral("transition"), id, QStringLiteral("--to"),
                QStringLiteral("bogus"), as, caseworker})
              .exitCode == 1);

    run = onDb({QStringLiteral("case"), QStringLiteral("transition"), id, QStringLiteral("--to"),
                QStringLiteral("accepted"), as, caseworker, QStringLiteral("--note"), QStringLiteral("电话确认")});
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("Accepted")));
    run = onDb({QStringLiteral("case"), QStringLiteral("assign"), id, QStringLiteral("--to"), caseworker, as,
                supervisor});
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(caseworker));
    CHECK(onDb({QStringLiteral("case"), QStringLiteral("assign"), id, QStringLiteral("--to"), QStringLiteral("陌生人"),
                as, supervisor})
              .exitCode == 1);

    run = onDb({QStringLiteral("case"), QStringLiteral("history"), id, QStringLiteral("--json"), as, caseworker});
    REQUIRE(run.exitCode == 0);
    const QJsonObject history = QJsonDocument::fromJson(run.out.toUtf8()).object();
    CHECK(history.value(QStringLiteral("status")).toString() == QStringLiteral("accepted"));
    const QJsonArray timeline = history.value(QStringLiteral("timeline")).toArray();
    REQUIRE(timeline.size() == 2);
    CHECK(timeline.at(0).toObject().value(QStringLiteral("to")).toString() == QStringLiteral("registered"));
    CHECK(timeline.at(1).toObject().value(QStringLiteral("from")).toString() == QStringLiteral("registered"));
    CHECK(timeline.at(1).toObject().value(QStringLiteral("actor")).toString() == caseworker);
    CHECK(timeline.at(1).toObject().value(QStringLiteral("note")).toString() == QStringLiteral("电话确认"));
    QStringList actions;
    for (const QJsonValue &line : history.value(QStringLiteral("audit")).toArray())
        actions << line.toObject().value(QStringLiteral("action")).toString();
    CHECK(actions.contains(QStringLiteral("transition")));
    CHECK(actions.contains(QStringLiteral("assigned")));

    run = onDb({QStringLiteral("case"), QStringLiteral("history"), id, as, caseworker});
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("Registered → Accepted")));

    run = onDb({QStringLiteral("case"), QStringLiteral("show"), id, QStringLiteral("--json"), as, caseworker});
    REQUIRE(run.exitCode == 0);
    CHECK_FALSE(QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("acceptedAt")).toString().isEmpty());

    // Deactivated users can no longer act.
    REQUIRE(asAdmin({QStringLiteral("user"), QStringLiteral("set"), caseworker, QStringLiteral("--inactive")}).exitCode == 0);
    run = onDb({QStringLiteral("case"), QStringLiteral("transition"), id, QStringLiteral("--to"),
                QStringLiteral("in_mediation"), as, caseworker});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("no longer active")));
}

TEST_CASE("casedesk-cli: workdays, calendar and deadline rules", "[cli][calendar]")
{
    const auto s = [](const char *text) { return QString::fromUtf8(text); };
    for (const char *command : {"workdays add", "workdays between", "calendar import", "calendar set", "calendar clear",
                                "calendar show", "rules list", "rules add"}) {
        QStringList help = s(command).split(QLatin1Char(' '));
        help << QStringLiteral("--help");
        CAPTURE(help.join(QLatin1Char(' ')));
        const Run run = cli(help);
        CHECK(run.exitCode == 0);
        CHECK(run.out.contains(QStringLiteral("Usage")));
    }

    // The shipped calendar, no database: DOMAIN.md's example and a count across Spring Festival.
    Run run = cli({s("workdays"), s("add"), s("--from"), s("2026-02-12"), s("--days"), s("7")});
    CHECK(run.exitCode == 0);
    CHECK(run.out.trimmed() == QStringLiteral("2026-02-28"));
    CHECK(run.err.isEmpty());
    run = cli({s("workdays"), s("between"), s("--from"), s("2026-02-12"), s("--to"), s("2026-02-28")});
    CHECK(run.exitCode == 0);
    CHECK(run.out.trimmed() == QStringLiteral("7"));
    run = cli({s("workdays"), s("between"), s("--from"), s("2025-09-30"), s("--to"), s("2025-10-09")});
    CHECK(run.out.trimmed() == QStringLiteral("1"));
    run = cli({s("workdays"), s("add"), s("--from"), s("2026-12-31"), s("--days"), s("1")});
    CHECK(run.exitCode == 0);
    CHECK(run.out.trimmed() == QStringLiteral("2027-01-01"));
    CHECK(run.err.contains(QStringLiteral("no holiday schedule for 2027")));
    for (const QStringList &wrong : {QStringList{s("workdays"), s("add"), s("--from"), s("2026-02-30"), s("--days"), s("1")},
                                     QStringList{s("workdays"), s("add"), s("--from"), s("2026-02-12"), s("--days"), s("x")},
                                     QStringList{s("workdays"), s("between"), s("--from"), s("2026-02-12")},
                                     QStringList{s("workdays"), s("sideways")}}) {
        CAPTURE(wrong.join(QLatin1Char(' ')));
        run = cli(wrong);
        CHECK(run.exitCode == 1);
        CHECK_FALSE(run.err.trimmed().isEmpty());
    }

    // A database: import next year's notice, set a local day off, count with it.
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("calendar.db"));
    REQUIRE(cli({s("init"), s("--database"), db, s("--admin"), kAdmin}).exitCode == 0);
    // Changing the calendar and rules needs a user who may manage them.
    const QStringList admin = {s("--as"), kAdmin};
    const QString year2027 = dir.filePath(QStringLiteral("2027.json"));
    {
        QFile file(year2027);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(R"({"year": 2027, "papers": [], "days": [
            {"name": "元旦", "date": "2027-01-01", "isOffDay": true},
            {"name": "元旦", "date": "2027-01-02", "isOffDay": true},
            {"name": "元旦", "date": "2027-01-03", "isOffDay": true}]})");
    }
    run = cli(QStringList{s("calendar"), s("import"), year2027, s("--database"), db} + admin);
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("2027: 3 days off, 0 make-up working days")));
    run = cli({s("workdays"), s("add"), s("--from"), s("2026-12-31"), s("--days"), s("1"), s("--database"), db});
    CHECK(run.out.trimmed() == QStringLiteral("2027-01-04"));
    CHECK(run.err.isEmpty());

    const QString broken = dir.filePath(QStringLiteral("broken.json"));
    {
        QFile file(broken);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(R"({"year": 2028, "days": [{"name": "x", "date": "2028-02-30", "isOffDay": true}]})");
    }
    run = cli(QStringList{s("calendar"), s("import"), broken, s("--database"), db} + admin);
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("2028-02-30")));

    run = cli(QStringList{s("calendar"), s("set"), s("2026-03-02"), s("--off"), s("--name"), s("区政府调休"), s("--database"), db} + admin);
    CHECK(run.exitCode == 0);
    run = cli({s("workdays"), s("between"), s("--from"), s("2026-02-27"), s("--to"), s("2026-03-03"), s("--database"), db});
    CHECK(run.out.trimmed() == QStringLiteral("2")); // Sat 28 (make-up) and Tue 3; Mon 2 is off here
    run = cli({s("calendar"), s("show"), s("--year"), s("2026"), s("--database"), db});
    CHECK(run.out.contains(QStringLiteral("2026-03-02\tMon\toff\t区政府调休")));
    CHECK(cli(QStringList{s("calendar"), s("clear"), s("2026-03-02"), s("--database"), db} + admin).exitCode == 0);
    CHECK(cli({s("calendar"), s("set"), s("2026-03-02"), s("--database"), db}).exitCode == 1);

    // Rules: the built-in set, then a set from 2026-04-15 that changes mediation only.
    run = cli({s("rules"), s("add"), s("--name"), s("总局令第121号"), s("--from"), s("2026-04-15"), s("--mediation"),
               s("30"), s("--database"), db, s("--as"), QStringLiteral("nobody")});
    CHECK(run.exitCode == 1); // not a user: nothing is added
    run = cli(QStringList{s("rules"), s("add"), s("--name"), s("总局令第121号"), s("--from"), s("2026-04-15"), s("--mediation"),
               s("30"), s("--database"), db} + admin);
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("Copied from")));
    run = cli({s("rules"), s("list"), s("--json"), s("--database"), db});
    REQUIRE(run.exitCode == 0);
    const QJsonArray sets = QJsonDocument::fromJson(run.out.toUtf8()).array();
    REQUIRE(sets.size() == 2);
    CHECK(sets.at(0).toObject().value(QStringLiteral("effectiveFrom")).toString() == QStringLiteral("2020-01-01"));
    const QJsonObject newer = sets.at(1).toObject();
    CHECK(newer.value(QStringLiteral("name")).toString() == QStringLiteral("总局令第121号"));
    const QJsonArray rules = newer.value(QStringLiteral("rules")).toArray();
    CHECK(rules.size() == 7);
    for (const QJsonValue &rule : rules) {
        if (rule.toObject().value(QStringLiteral("kind")).toString() == QStringLiteral("mediation"))
            CHECK(rule.toObject().value(QStringLiteral("amount")).toInt() == 30);
        if (rule.toObject().value(QStringLiteral("kind")).toString() == QStringLiteral("hotline_dispatch"))
            CHECK(rule.toObject().value(QStringLiteral("unit")).toString() == QStringLiteral("hours"));
    }
    run = cli(QStringList{s("rules"), s("add"), s("--name"), s("again"), s("--from"), s("2026-04-15"), s("--accept"), s("5"),
               s("--database"), db} + admin);
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("already starts on 2026-04-15")));
    run = cli(QStringList{s("rules"), s("add"), s("--name"), s("bad"), s("--from"), s("2027-01-01"), s("--accept"), s("0"),
               s("--database"), db} + admin);
    CHECK(run.exitCode == 1);
    run = cli(QStringList{s("rules"), s("add"), s("--name"), s("bad"), s("--from"), s("2027-01-01"), s("--accept"), s("7 days"),
               s("--database"), db} + admin);
    CHECK(run.exitCode == 1);
}

TEST_CASE("casedesk-cli: case add from JSON, all or nothing; due dates; the paused clock", "[cli][add]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("add.db"));
    REQUIRE(cli({QStringLiteral("init"), QStringLiteral("--database"), db, QStringLiteral("--prefix"),
                 QStringLiteral("长宁"), QStringLiteral("--admin"), kAdmin})
                .exitCode == 0);
    REQUIRE(cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("李敏"), QStringLiteral("--role"),
                 QStringLiteral("caseworker"), QStringLiteral("--database"), db, QStringLiteral("--as"), kAdmin})
                .exitCode == 0);
    const auto write = [&dir](const QString &name, const QByteArray &bytes) {
        QFile file(dir.filePath(name));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return file.fileName();
    };
    const QByteArray good = QByteArrayLiteral(
        "{\"channel\":\"12315\",\"category\":\"文化娱乐体育\",\"nature\":\"contract\",\"amountYuan\":\"2400\","
        "\"demand\":\"退还余额\",\"facts\":\"健身房闭店\",\"receivedAt\":\"2026-02-12T10:00:00+08:00\","
        "\"consumer\":{\"name\":\"张伟\",\"phone\":\"13812345678\",\"address\":\"上海市长宁区天山路1号\"},"
        "\"business\":{\"name\":\"悦动健身\",\"address\":\"上海市长宁区延安西路1号\"}}");
    const QByteArray bad = QByteArrayLiteral("{\"consumer\":{\"name\":\"王芳\"}}");
    const auto onDb = [&db](QStringList arguments) {
        arguments << QStringLiteral("--database") << db << QStringLiteral("--as") << QStringLiteral("李敏");
        return cli(arguments);
    };

    // An array with a bad second item registers nothing and names the item.
    Run run = onDb({QStringLiteral("case"), QStringLiteral("add"), QStringLiteral("--json"),
                    write(QStringLiteral("mixed.json"), "[" + good + "," + bad + "]")});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("Item 2")));
    run = onDb({QStringLiteral("case"), QStringLiteral("list")});
    CHECK(run.out.trimmed().isEmpty());

    // Broken UTF-8 and broken JSON are refused with a message.
    run = onDb({QStringLiteral("case"), QStringLiteral("add"), QStringLiteral("--json"),
                write(QStringLiteral("latin1.json"), QByteArray("{\"demand\":\"caf\xe9\"}"))});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("UTF-8")));
    run = onDb({QStringLiteral("case"), QStringLiteral("add"), QStringLiteral("--json"),
                write(QStringLiteral("cut.json"), good.left(40))});
    CHECK(run.exitCode == 1);

    run = onDb({QStringLiteral("case"), QStringLiteral("add"), QStringLiteral("--json"),
                write(QStringLiteral("good.json"), good)});
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.trimmed() == QStringLiteral("长宁-2026-000001"));

    // case show --json carries the due dates: 7 working days from 2026-02-12 is 2026-02-28.
    run = onDb({QStringLiteral("case"), QStringLiteral("show"), QStringLiteral("长宁-2026-000001"),
                QStringLiteral("--json")});
    REQUIRE(run.exitCode == 0);
    const QJsonArray deadlines =
        QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("deadlines")).toArray();
    REQUIRE_FALSE(deadlines.isEmpty());
    CHECK(deadlines.first().toObject().value(QStringLiteral("kind")).toString() == QStringLiteral("accept"));
    CHECK(deadlines.first().toObject().value(QStringLiteral("dueDate")).toString() == QStringLiteral("2026-02-28"));

    // The clock: pause needs a reason; pausing twice is refused; resume restarts it.
    run = onDb({QStringLiteral("case"), QStringLiteral("pause"), QStringLiteral("长宁-2026-000001")});
    CHECK(run.exitCode == 1);
    run = onDb({QStringLiteral("case"), QStringLiteral("pause"), QStringLiteral("长宁-2026-000001"),
                QStringLiteral("--reason"), QStringLiteral("器材质量检测"), QStringLiteral("--at"),
                QStringLiteral("2026-02-13T09:00:00+08:00")});
    CHECK(run.exitCode == 0);
    run = onDb({QStringLiteral("case"), QStringLiteral("pause"), QStringLiteral("长宁-2026-000001"),
                QStringLiteral("--reason"), QStringLiteral("again")});
    CHECK(run.exitCode == 1);
    run = onDb({QStringLiteral("case"), QStringLiteral("resume"), QStringLiteral("长宁-2026-000001"),
                QStringLiteral("--at"), QStringLiteral("2026-02-27T09:00:00+08:00")});
    CHECK(run.exitCode == 0);
    run = onDb({QStringLiteral("case"), QStringLiteral("show"), QStringLiteral("长宁-2026-000001"),
                QStringLiteral("--json")});
    const QJsonObject accept = QJsonDocument::fromJson(run.out.toUtf8())
                                   .object()
                                   .value(QStringLiteral("deadlines"))
                                   .toArray()
                                   .first()
                                   .toObject();
    CHECK(accept.value(QStringLiteral("pausedDays")).toInt() > 0);
    CHECK(accept.value(QStringLiteral("dueDate")).toString() > QStringLiteral("2026-02-28"));
}

TEST_CASE("casedesk-cli: roles enforced, personal data masked, revealed and anonymised", "[cli][privacy]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("privacy.db"));
    REQUIRE(cli({QStringLiteral("demo"), QStringLiteral("--database"), db, QStringLiteral("--cases"),
                 QStringLiteral("400"), QStringLiteral("--seed"), QStringLiteral("11"), QStringLiteral("--until"),
                 QStringLiteral("2026-06-01")})
                .exitCode == 0);
    const QString supervisor = demoSupervisor(db);
    REQUIRE_FALSE(supervisor.isEmpty());
    const QString caseworker = QStringLiteral("测试承办人");
    const QString auditor = QStringLiteral("审计员");
    const auto as = [&db](const QString &user, QStringList arguments) {
        arguments << QStringLiteral("--database") << db << QStringLiteral("--as") << user;
        return cli(arguments);
    };
    REQUIRE(as(kAdmin, {QStringLiteral("user"), QStringLiteral("add"), caseworker}).exitCode == 0);

    // A closed case: a caseworker cannot reopen it, an auditor changes nothing, a supervisor can.
    Run run = as(caseworker, {QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--status"),
                              QStringLiteral("closed"), QStringLiteral("--limit"), QStringLiteral("1"),
                              QStringLiteral("--json")});
    REQUIRE(run.exitCode == 0);
    const QString closed = QJsonDocument::fromJson(run.out.toUtf8()).array().first().toObject().value(
        QStringLiteral("caseNumber")).toString();
    REQUIRE_FALSE(closed.isEmpty());
    const QStringList reopen = {QStringLiteral("case"), QStringLiteral("transition"), closed, QStringLiteral("--to"),
                                QStringLiteral("accepted"), QStringLiteral("--note"), QStringLiteral("回访发现未履行")};
    run = as(caseworker, reopen);
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("supervisor")));
    run = as(auditor, reopen);
    CHECK(run.exitCode == 1);
    run = as(supervisor, reopen);
    CHECK(run.exitCode == 0);

    // Revealing a full ID number or phone: not for a caseworker; a supervisor's reveal is logged.
    run = as(caseworker, {QStringLiteral("case"), QStringLiteral("reveal"), closed, QStringLiteral("--field"),
                          QStringLiteral("phone")});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("may not reveal full personal data")));
    run = as(caseworker, {QStringLiteral("case"), QStringLiteral("reveal"), closed, QStringLiteral("--field"),
                          QStringLiteral("id_number")});
    CHECK(run.exitCode == 1);
    run = as(supervisor, {QStringLiteral("case"), QStringLiteral("reveal"), closed, QStringLiteral("--field"),
                          QStringLiteral("phone")});
    REQUIRE(run.exitCode == 0);
    const QString phone = run.out.trimmed();
    CHECK(phone.size() >= 7);
    CHECK_FALSE(phone.contains(QLatin1Char('*')));
    run = as(caseworker, {QStringLiteral("case"), QStringLiteral("history"), closed, QStringLiteral("--json")});
    REQUIRE(run.exitCode == 0);
    bool revealLogged = false;
    for (const QJsonValue &line : QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("audit")).toArray())
        revealLogged |= line.toObject().value(QStringLiteral("action")).toString() == QLatin1String("revealed") &&
                        line.toObject().value(QStringLiteral("actor")).toString() == supervisor;
    CHECK(revealLogged);
    run = as(caseworker, {QStringLiteral("case"), QStringLiteral("show"), closed});
    CHECK_FALSE(run.out.contains(phone));

    // Exports: de-identified by default, identified only for a supervisor who asks.
    run = as(caseworker, {QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--csv"),
                          QStringLiteral("--limit"), QStringLiteral("0")});
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.count(QStringLiteral("\r\n")) == 400);
    CHECK_FALSE(run.out.contains(phone));
    CHECK(as(caseworker, {QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--csv"),
                          QStringLiteral("--identified")})
              .exitCode == 1);
    run = as(supervisor, {QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--csv"),
                          QStringLiteral("--identified"), QStringLiteral("--limit"), QStringLiteral("0")});
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(phone));
    run = as(caseworker, {QStringLiteral("case"), QStringLiteral("show"), closed, QStringLiteral("--json"),
                          QStringLiteral("--identified")});
    CHECK(run.exitCode == 1);

    // Retention: administrators only; the preview changes nothing, apply anonymises.
    run = as(caseworker, {QStringLiteral("retention"), QStringLiteral("--preview")});
    CHECK(run.exitCode == 1);
    run = as(kAdmin, {QStringLiteral("retention"), QStringLiteral("--preview"), QStringLiteral("--years"),
                      QStringLiteral("1")});
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("would be anonymised")));
    CHECK_FALSE(run.out.contains(QStringLiteral(" 0 complainants")));
    run = as(kAdmin, {QStringLiteral("retention"), QStringLiteral("--apply")});
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("Anonymised")));
    run = as(kAdmin, {QStringLiteral("retention"), QStringLiteral("--preview")});
    CHECK(run.out.contains(QStringLiteral("0 complainants in 0 cases")));
    CHECK(as(kAdmin, {QStringLiteral("retention")}).exitCode == 1);
}

TEST_CASE("casedesk-cli: five wrong passwords lock a user out until an administrator unlocks", "[cli][sign-in]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("lock.db"));
    REQUIRE(cli({QStringLiteral("init"), QStringLiteral("--database"), db, QStringLiteral("--admin"), kAdmin}).exitCode ==
            0);
    // init refuses a second first administrator.
    CHECK(cli({QStringLiteral("init"), QStringLiteral("--database"), db, QStringLiteral("--admin"),
               QStringLiteral("another")})
              .exitCode == 1);
    const QStringList addUser = {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("李敏"),
                                 QStringLiteral("--database"), db, QStringLiteral("--as"), kAdmin};
    REQUIRE(cli(addUser).exitCode == 0);
    const QStringList list = {QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--database"), db,
                              QStringLiteral("--as"), QStringLiteral("李敏")};
    for (int i = 0; i < 5; ++i)
        CHECK(cli(list, QStringLiteral("not-the-password")).exitCode == 1);
    Run run = cli(list);
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("locked out")));
    run = cli({QStringLiteral("user"), QStringLiteral("unlock"), QStringLiteral("李敏"), QStringLiteral("--database"), db,
               QStringLiteral("--as"), kAdmin});
    CHECK(run.exitCode == 0);
    run = cli(list);
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("李敏")));

    // The lock-out is in the desk's log, which a caseworker may not read.
    run = cli({QStringLiteral("user"), QStringLiteral("log"), QStringLiteral("--database"), db, QStringLiteral("--as"),
               kAdmin});
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("\tlocked_out\t")));
    CHECK(run.out.count(QStringLiteral("\tsign_in_failed\t")) == 5);
    CHECK(run.out.contains(QStringLiteral("\tunlocked\t")));
    CHECK(cli({QStringLiteral("user"), QStringLiteral("log"), QStringLiteral("--database"), db, QStringLiteral("--as"),
               QStringLiteral("李敏")})
              .exitCode == 1);
}

TEST_CASE("casedesk-cli: stats and report on the hand-worked fixture", "[cli][stats]")
{
    casedesk::test::TestDatabase fixture;
    casedesk::test::buildStatsFixture(fixture.connection());
    const QString db = fixture.path();

    Run run = cli({QStringLiteral("stats"), QStringLiteral("--from"), QStringLiteral("2026-01-01"),
                   QStringLiteral("--to"), QStringLiteral("2026-01-31"), QStringLiteral("--json"),
                   QStringLiteral("--as"), QStringLiteral("王主任"), QStringLiteral("--database"), db},
                  kFixturePassword);
    REQUIRE(run.exitCode == 0);
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    const QJsonObject current = json.value(QStringLiteral("current")).toObject();
    CHECK(current.value(QStringLiteral("received")).toInt() == 5);
    CHECK(current.value(QStringLiteral("finished")).toInt() == 4);
    CHECK(current.value(QStringLiteral("resolutionRate")).toDouble() == Approx(0.75));
    // A range's 环比 is the equally long range before it: December 2025.
    CHECK(json.value(QStringLiteral("previous")).toObject().value(QStringLiteral("received")).toInt() == 2);
    CHECK(json.value(QStringLiteral("lastYear")).toObject().value(QStringLiteral("received")).toInt() == 4);

    run = cli({QStringLiteral("stats"), QStringLiteral("--period"), QStringLiteral("2026-01"),
               QStringLiteral("--district"), QStringLiteral("徐汇区"), QStringLiteral("--as"), QStringLiteral("王主任"),
               QStringLiteral("--database"), db},
              kFixturePassword);
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("Complaints received: 2 (year on year +100.0%")));

    run = cli({QStringLiteral("stats"), QStringLiteral("--period"), QStringLiteral("2026-01"), QStringLiteral("--csv"),
               QStringLiteral("district"), QStringLiteral("--as"), QStringLiteral("王主任"),
               QStringLiteral("--database"), db},
              kFixturePassword);
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("Key,District,Received,Share")));
    CHECK(run.out.contains(QStringLiteral("长宁区,长宁区,3,60.0%,3200.00,2,2,100.0%\r\n")));
    CHECK(run.out.contains(QStringLiteral("徐汇区,徐汇区,2,40.0%,6000.00,2,1,50.0%\r\n")));
    run = cli({QStringLiteral("stats"), QStringLiteral("--period"), QStringLiteral("2026-01"), QStringLiteral("--csv"),
               QStringLiteral("bogus"), QStringLiteral("--as"), QStringLiteral("王主任"), QStringLiteral("--database"),
               db},
              kFixturePassword);
    CHECK(run.exitCode == 1);

    run = cli({QStringLiteral("stats"), QStringLiteral("--period"), QStringLiteral("2026-13"), QStringLiteral("--as"),
               QStringLiteral("王主任"), QStringLiteral("--database"), db},
              kFixturePassword);
    CHECK(run.exitCode == 1);
    run = cli({QStringLiteral("stats"), QStringLiteral("--from"), QStringLiteral("2026-02-01"), QStringLiteral("--to"),
               QStringLiteral("2026-01-01"), QStringLiteral("--as"), QStringLiteral("王主任"),
               QStringLiteral("--database"), db},
              kFixturePassword);
    CHECK(run.exitCode == 1);
    run = cli({QStringLiteral("stats"), QStringLiteral("--period"), QStringLiteral("2026"), QStringLiteral("--as"),
               QStringLiteral("无此人"), QStringLiteral("--database"), db},
              kFixturePassword);
    CHECK(run.exitCode == 1); // not a user: cannot sign in
    CHECK(run.err.contains(QStringLiteral("The name or the password is wrong")));
    CHECK_FALSE(run.out.contains(QStringLiteral("Complaints received")));

    QTemporaryDir out;
    const QString pdf = out.filePath(QStringLiteral("2026-Q1.pdf"));
    run = cli({QStringLiteral("report"), QStringLiteral("--period"), QStringLiteral("2026-Q1"), QStringLiteral("--out"),
               pdf, QStringLiteral("--as"), QStringLiteral("王主任"), QStringLiteral("--database"), db},
              kFixturePassword);
    REQUIRE(run.exitCode == 0);
    QFile written(pdf);
    REQUIRE(written.open(QIODevice::ReadOnly));
    CHECK(written.read(5) == QByteArray("%PDF-"));

    run = cli({QStringLiteral("report"), QStringLiteral("--period"), QStringLiteral("2026-Q1"), QStringLiteral("--out"),
               out.path(), QStringLiteral("--as"), QStringLiteral("王主任"), QStringLiteral("--database"), db},
              kFixturePassword);
    CHECK(run.exitCode == 1);
}

TEST_CASE("casedesk-cli: follow-up visits, spot check and typical cases", "[cli][followup]")
{
    casedesk::test::TestDatabase fixture;
    casedesk::test::buildStatsFixture(fixture.connection());
    const QString db = fixture.path();
    Run run = cli({QStringLiteral("followup"), QStringLiteral("add"), QStringLiteral("长宁-TEST-2"),
                   QStringLiteral("--result"), QStringLiteral("satisfied"), QStringLiteral("--attitude"),
                   QStringLiteral("4"), QStringLiteral("--at"), QStringLiteral("2026-02-02T10:00:00+08:00"),
                   QStringLiteral("--as"), QStringLiteral("李敏"), QStringLiteral("--database"), db},
                  kFixturePassword);
    REQUIRE(run.exitCode == 0);
    run = cli({QStringLiteral("followup"), QStringLiteral("list"), QStringLiteral("2"), QStringLiteral("--as"),
               QStringLiteral("张强"), QStringLiteral("--database"), db},
              kFixturePassword);
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size() == 2);
    CHECK(run.out.contains(QStringLiteral("attitude 4/5")));
    // The visits are case data: nothing without the right password.
    run = cli({QStringLiteral("followup"), QStringLiteral("list"), QStringLiteral("2"), QStringLiteral("--as"),
               QStringLiteral("张强"), QStringLiteral("--database"), db},
              QStringLiteral("wrong-password"));
    CHECK(run.exitCode == 1);
    CHECK_FALSE(run.out.contains(QStringLiteral("attitude")));

    run = cli({QStringLiteral("followup"), QStringLiteral("add"), QStringLiteral("4"), QStringLiteral("--result"),
               QStringLiteral("satisfied"), QStringLiteral("--as"), QStringLiteral("李敏"),
               QStringLiteral("--database"), db},
              kFixturePassword);
    CHECK(run.exitCode == 1); // still open
    run =
        cli({QStringLiteral("followup"), QStringLiteral("add"), QStringLiteral("1"), QStringLiteral("--result"),
             QStringLiteral("great"), QStringLiteral("--as"), QStringLiteral("李敏"), QStringLiteral("--database"), db},
            kFixturePassword);
    CHECK(run.exitCode == 1);

    run = cli({QStringLiteral("followup"), QStringLiteral("spotcheck"), QStringLiteral("--month"),
               QStringLiteral("2026-01"), QStringLiteral("--share"), QStringLiteral("1"), QStringLiteral("--as"),
               QStringLiteral("王主任"), QStringLiteral("--database"), db},
              kFixturePassword);
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size() == 4);

    run = cli({QStringLiteral("followup"), QStringLiteral("typical"), QStringLiteral("1"), QStringLiteral("--title"),
               QStringLiteral("健身房闭店退费案"), QStringLiteral("--summary"), QStringLiteral("调解后退还卡费。"),
               QStringLiteral("--as"), QStringLiteral("李敏"), QStringLiteral("--database"), db},
              kFixturePassword);
    REQUIRE(run.exitCode == 0);
    run = cli({QStringLiteral("followup"), QStringLiteral("typical"), QStringLiteral("1"), QStringLiteral("--remove"),
               QStringLiteral("--as"), QStringLiteral("李敏"), QStringLiteral("--database"), db},
              kFixturePassword);
    CHECK(run.exitCode == 0);
}

TEST_CASE("casedesk-cli: alerts name the demo's sudden runs and one can be acknowledged", "[cli][warning]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("alerts.db"));
    Run run = cli({QStringLiteral("demo"), QStringLiteral("--database"), db, QStringLiteral("--cases"),
                   QStringLiteral("2000"), QStringLiteral("--until"), QStringLiteral("2026-06-01")});
    REQUIRE(run.exitCode == 0);
    const QString line = run.out.section(QStringLiteral("Sudden runs of complaints against: "), 1).trimmed();
    const QStringList bursts = line.split(QStringLiteral("、"), Qt::SkipEmptyParts);
    REQUIRE_FALSE(bursts.isEmpty());

    run = cli({QStringLiteral("alerts"), QStringLiteral("--database"), db, QStringLiteral("--json"),
               QStringLiteral("--as"), kAdmin});
    REQUIRE(run.exitCode == 0);
    const QJsonArray alerts = QJsonDocument::fromJson(run.out.toUtf8()).array();
    QStringList named;
    for (const QJsonValue &alert : alerts)
        named << alert.toObject().value(QStringLiteral("business")).toString();
    named.removeDuplicates();
    CHECK(QSet<QString>(named.cbegin(), named.cend()) == QSet<QString>(bursts.cbegin(), bursts.cend()));

    // The alerts name businesses and their complaints: nothing without the right password.
    run = cli({QStringLiteral("alerts"), QStringLiteral("--database"), db, QStringLiteral("--as"), kAdmin},
              QStringLiteral("wrong-password"));
    CHECK(run.exitCode == 1);
    CHECK(run.out.isEmpty());

    REQUIRE(cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("李敏"), QStringLiteral("--database"),
                 db, QStringLiteral("--as"), kAdmin})
                .exitCode == 0);
    const QString key = alerts.first().toObject().value(QStringLiteral("key")).toString();
    run = cli({QStringLiteral("alerts"), QStringLiteral("--database"), db, QStringLiteral("--acknowledge"), key,
               QStringLiteral("--note"), QStringLiteral("已约谈经营者"), QStringLiteral("--as"), QStringLiteral("李敏")});
    REQUIRE(run.exitCode == 0);
    run = cli(
        {QStringLiteral("alerts"), QStringLiteral("--database"), db, QStringLiteral("--as"), QStringLiteral("李敏")});
    REQUIRE(run.exitCode == 0);
    CHECK_FALSE(run.out.contains(key));
    run = cli({QStringLiteral("alerts"), QStringLiteral("--database"), db, QStringLiteral("--all"),
               QStringLiteral("--as"), QStringLiteral("李敏")});
    CHECK(run.out.contains(key));
    CHECK(run.out.contains(QStringLiteral("acknowledged by 李敏")));
    run = cli({QStringLiteral("alerts"), QStringLiteral("--database"), db, QStringLiteral("--acknowledge"),
               QStringLiteral("1-1-20000101"), QStringLiteral("--as"), QStringLiteral("李敏")});
    CHECK(run.exitCode == 1);
}

TEST_CASE("casedesk-cli: a group case from an alerted business with one outcome for all and its roster", "[cli][groups]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("groups.db"));
    REQUIRE(cli({QStringLiteral("demo"), QStringLiteral("--database"), db, QStringLiteral("--cases"),
                 QStringLiteral("2000"), QStringLiteral("--until"), QStringLiteral("2026-06-01")})
                .exitCode == 0);
    REQUIRE(cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("李敏"), QStringLiteral("--database"),
                 db, QStringLiteral("--as"), kAdmin})
                .exitCode == 0);
    Run run = cli({QStringLiteral("alerts"), QStringLiteral("--database"), db, QStringLiteral("--json"),
                   QStringLiteral("--as"), QStringLiteral("李敏")});
    const QJsonArray alerts = QJsonDocument::fromJson(run.out.toUtf8()).array();
    REQUIRE_FALSE(alerts.isEmpty());
    const QString business = QString::number(alerts.first().toObject().value(QStringLiteral("businessId")).toInteger());
    const QStringList onDb = {QStringLiteral("--database"), db, QStringLiteral("--as"), QStringLiteral("李敏")};

    run = cli(QStringList{QStringLiteral("group"), QStringLiteral("create"), QStringLiteral("--name"),
                          QStringLiteral("闭店群体投诉"), QStringLiteral("--business"), business} + onDb);
    REQUIRE(run.exitCode == 0);
    run = cli(QStringList{QStringLiteral("group"), QStringLiteral("outcome"), QStringLiteral("1"), QStringLiteral("--percent"),
                          QStringLiteral("60"), QStringLiteral("--paid")} + onDb);
    REQUIRE(run.exitCode == 0);
    // Counted once: a second paid outcome is refused and changes nothing.
    CHECK(cli(QStringList{QStringLiteral("group"), QStringLiteral("outcome"), QStringLiteral("1"),
                          QStringLiteral("--percent"), QStringLiteral("90"), QStringLiteral("--paid")} + onDb)
              .exitCode == 1);

    run = cli(
        QStringList{QStringLiteral("group"), QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("--json")} +
        onDb);
    REQUIRE(run.exitCode == 0);
    const QJsonObject group = QJsonDocument::fromJson(run.out.toUtf8()).object();
    const QJsonArray members = group.value(QStringLiteral("members")).toArray();
    REQUIRE(members.size() >= 10);
    qint64 total = 0;
    for (const QJsonValue &m : members) {
        const QJsonObject member = m.toObject();
        CHECK(member.value(QStringLiteral("outcomeFen")).toInteger() ==
              (member.value(QStringLiteral("balanceFen")).toInteger() * 60 + 50) / 100);
        CHECK(member.value(QStringLiteral("phone")).toString().contains(QStringLiteral("****")));
        total += member.value(QStringLiteral("claimFen")).toInteger();
    }
    CHECK(group.value(QStringLiteral("totalClaimFen")).toInteger() == total);

    const QString csv = dir.filePath(QStringLiteral("roster.csv"));
    // The roster lists consumers: nothing is written without the right password.
    run = cli(QStringList{QStringLiteral("group"), QStringLiteral("roster"), QStringLiteral("1"),
                          QStringLiteral("--csv"), csv} +
                  onDb,
              QStringLiteral("wrong-password"));
    CHECK(run.exitCode == 1);
    CHECK_FALSE(QFile::exists(csv));
    run = cli(QStringList{QStringLiteral("group"), QStringLiteral("roster"), QStringLiteral("1"),
                          QStringLiteral("--csv"), csv} +
              onDb);
    REQUIRE(run.exitCode == 0);
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(bytes.count("\r\n") == members.size() + 2);

    // Members in mediation cannot all be closed at once: refused as a whole.
    CHECK(cli(QStringList{QStringLiteral("group"), QStringLiteral("move"), QStringLiteral("1"), QStringLiteral("--to"),
                          QStringLiteral("closed")} + onDb)
              .exitCode == 1);
}

TEST_CASE("casedesk-cli: a first-compensation fund pays a case out of its balance", "[cli][funds]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("funds.db"));
    REQUIRE(cli({QStringLiteral("demo"), QStringLiteral("--database"), db, QStringLiteral("--cases"),
                 QStringLiteral("300"), QStringLiteral("--until"), QStringLiteral("2026-06-01")})
                .exitCode == 0);
    REQUIRE(cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("王主任"), QStringLiteral("--role"),
                 QStringLiteral("supervisor"), QStringLiteral("--database"), db, QStringLiteral("--as"), kAdmin})
                .exitCode == 0);
    const QStringList onDb = {QStringLiteral("--database"), db, QStringLiteral("--as"), QStringLiteral("王主任")};
    REQUIRE(cli(QStringList{QStringLiteral("fund"), QStringLiteral("create"), QStringLiteral("来福士先行赔付金")} + onDb)
                .exitCode == 0);
    REQUIRE(cli(QStringList{QStringLiteral("fund"), QStringLiteral("top-up"), QStringLiteral("1"), QStringLiteral("--amount"),
                            QStringLiteral("1000")} + onDb)
                .exitCode == 0);
    Run run = cli(QStringList{QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--limit"),
                              QStringLiteral("1"), QStringLiteral("--json")} +
                  onDb);
    const QString caseNumber =
        QJsonDocument::fromJson(run.out.toUtf8()).array().first().toObject().value(QStringLiteral("caseNumber")).toString();
    REQUIRE(cli(QStringList{QStringLiteral("fund"), QStringLiteral("payout"), QStringLiteral("1"), QStringLiteral("--case"),
                            caseNumber, QStringLiteral("--amount"), QStringLiteral("400")} + onDb)
                .exitCode == 0);
    // More than is left: refused.
    CHECK(cli(QStringList{QStringLiteral("fund"), QStringLiteral("payout"), QStringLiteral("1"), QStringLiteral("--case"),
                          caseNumber, QStringLiteral("--amount"), QStringLiteral("700")} + onDb)
              .exitCode == 1);
    run = cli(QStringList{QStringLiteral("case"), QStringLiteral("show"), caseNumber, QStringLiteral("--json")} + onDb);
    CHECK(QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("recoveredFen")).toInteger() == 40000);
    run = cli(QStringList{QStringLiteral("fund"), QStringLiteral("list"), QStringLiteral("--json")} + onDb);
    CHECK(QJsonDocument::fromJson(run.out.toUtf8()).array().first().toObject().value(QStringLiteral("balanceFen")).toInteger() ==
          60000);
    run = cli(QStringList{QStringLiteral("fund"), QStringLiteral("statement"), QStringLiteral("1"),
                          QStringLiteral("--json")} +
              onDb);
    const QJsonArray entries = QJsonDocument::fromJson(run.out.toUtf8()).array();
    REQUIRE(entries.size() == 2);
    CHECK(entries.at(1).toObject().value(QStringLiteral("caseNumber")).toString() == caseNumber);
}

TEST_CASE("casedesk-cli: case add takes prepaid card details and case show gives them back", "[cli][prepaid]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("cards.db"));
    REQUIRE(cli({QStringLiteral("init"), QStringLiteral("--database"), db, QStringLiteral("--admin"), kAdmin}).exitCode ==
            0);
    REQUIRE(cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("李敏"), QStringLiteral("--database"), db,
                 QStringLiteral("--as"), kAdmin})
                .exitCode == 0);
    const auto add = [&](const QByteArray &card) {
        QFile file(dir.filePath(QStringLiteral("card.json")));
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("{\"channel\":\"12315\",\"category\":\"文化娱乐体育\",\"nature\":\"contract\",\"amountYuan\":\"4800\","
                   "\"demand\":\"退还余额\",\"facts\":\"健身房闭店\",\"receivedAt\":\"2026-02-12T10:00:00+08:00\","
                   "\"consumer\":{\"name\":\"张伟\",\"phone\":\"13812345678\",\"address\":\"上海市长宁区天山路1号\"},"
                   "\"business\":{\"name\":\"悦动健身\",\"address\":\"上海市长宁区延安西路1号\"},\"prepaidCard\":" +
                   card + "}");
        file.close();
        return cli({QStringLiteral("case"), QStringLiteral("add"), QStringLiteral("--json"), file.fileName(),
                    QStringLiteral("--database"), db, QStringLiteral("--as"), QStringLiteral("李敏")});
    };
    // A balance above what was paid: refused, nothing registered.
    Run run = add("{\"type\":\"fitness\",\"paidFen\":480000,\"balanceFen\":900000}");
    CHECK(run.exitCode == 1);
    const Run listed = cli({QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--database"), db,
                            QStringLiteral("--as"), QStringLiteral("李敏")});
    REQUIRE(listed.exitCode == 0);
    CHECK(listed.out.trimmed().isEmpty());

    run = add("{\"type\":\"fitness\",\"cardNumber\":\"A-1024\",\"paidFen\":480000,\"balanceFen\":240000,"
              "\"businessStatus\":\"absconded\",\"noticeGiven\":\"no\",\"sessionsLeft\":36}");
    REQUIRE(run.exitCode == 0);
    run = cli({QStringLiteral("case"), QStringLiteral("show"), run.out.trimmed(), QStringLiteral("--database"), db,
               QStringLiteral("--json"), QStringLiteral("--as"), QStringLiteral("李敏")});
    REQUIRE(run.exitCode == 0);
    const QJsonObject card =
        QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("prepaidCard")).toObject();
    CHECK(card.value(QStringLiteral("cardNumber")).toString() == QStringLiteral("A-1024"));
    CHECK(card.value(QStringLiteral("balanceFen")).toInteger() == 240000);
    CHECK(card.value(QStringLiteral("businessStatus")).toString() == QStringLiteral("absconded"));
    CHECK(card.value(QStringLiteral("sessionsLeft")).toInt() == 36);
}
