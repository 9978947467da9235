#include "catch_qt.h"
#include "cli_run.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace casedesk::test;

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
    CHECK(rules.size() == 9); // the first-contact and liaison-reply rules copied too
    for (const QJsonValue &rule : rules) {
        if (rule.toObject().value(QStringLiteral("kind")).toString() == QStringLiteral("mediation"))
            CHECK(rule.toObject().value(QStringLiteral("amount")).toInt() == 30);
        if (rule.toObject().value(QStringLiteral("kind")).toString() == QStringLiteral("first_contact"))
            CHECK(rule.toObject().value(QStringLiteral("unit")).toString() == QStringLiteral("hours"));
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

namespace {

// A setting as the file stores it, read past the CLI.
QString storedSetting(const QString &path, const QString &key)
{
    QString value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("settings-probe"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?")));
        query.addBindValue(key);
        REQUIRE(query.exec());
        if (query.next())
            value = query.value(0).toString();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("settings-probe"));
    return value;
}

} // namespace

TEST_CASE("casedesk-cli: init's council name follows the settings page's rule, checked before anything is written",
          "[cli][settings]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("council.db"));
    const auto s = [](const char *text) { return QString::fromUtf8(text); };
    const QString tooLong(61, QChar(0x59D4)); // 委

    // Set-up (nobody can sign in yet): a name of 61 characters is refused, and the prefix given
    // with it is not written either.
    Run run = cli({s("init"), s("--database"), db, s("--prefix"), s("徐汇"), s("--council"), tooLong});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(s("1 to 60")));
    CHECK(storedSetting(db, s("case_number_prefix")) != s("徐汇"));
    CHECK(storedSetting(db, s("council_name")) != tooLong);

    REQUIRE(
        cli({s("init"), s("--database"), db, s("--prefix"), s("徐汇"), s("--council"), s(" 徐汇区消保委 ")}).exitCode ==
        0);
    CHECK(storedSetting(db, s("case_number_prefix")) == s("徐汇"));
    CHECK(storedSetting(db, s("council_name")) == s("徐汇区消保委"));

    // With an administrator: the same rule through DeskAdministration.
    REQUIRE(cli({s("init"), s("--database"), db, s("--admin"), kAdmin}).exitCode == 0);
    run = cli({s("init"), s("--database"), db, s("--council"), s("长宁区\n消保委"), s("--as"), kAdmin});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(s("one line")));
    CHECK(storedSetting(db, s("council_name")) == s("徐汇区消保委"));
}
