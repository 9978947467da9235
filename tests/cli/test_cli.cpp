#include "catch_qt.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

namespace {

struct Run {
    int exitCode;
    QString out;
    QString err;
};

Run cli(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8")); // English messages
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(CASEDESK_CLI_PATH), arguments);
    REQUIRE(process.waitForFinished(120000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
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

    run = cli({QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--database"), db,
               QStringLiteral("--limit"), QStringLiteral("0"), QStringLiteral("--json")});
    REQUIRE(run.exitCode == 0);
    const QJsonArray rows = QJsonDocument::fromJson(run.out.toUtf8()).array();
    REQUIRE(rows.size() == 300);
    const QString newest = rows.first().toObject().value(QStringLiteral("caseNumber")).toString();
    CHECK(newest.startsWith(QStringLiteral("徐汇-2026-")));
    CHECK(rows.first().toObject().value(QStringLiteral("receivedAt")).toString() >=
          rows.last().toObject().value(QStringLiteral("receivedAt")).toString());

    run = cli({QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--database"), db,
               QStringLiteral("--status"), QStringLiteral("closed"), QStringLiteral("--limit"), QStringLiteral("5")});
    REQUIRE(run.exitCode == 0);
    const QStringList lines = run.out.trimmed().split(QLatin1Char('\n'));
    CHECK(lines.size() == 5);
    for (const QString &line : lines)
        CHECK(line.contains(QStringLiteral("\tClosed\t")));

    run = cli({QStringLiteral("case"), QStringLiteral("show"), newest, QStringLiteral("--database"), db,
               QStringLiteral("--json")});
    REQUIRE(run.exitCode == 0);
    const QJsonObject shown = QJsonDocument::fromJson(run.out.toUtf8()).object();
    CHECK(shown.value(QStringLiteral("caseNumber")).toString() == newest);
    CHECK_FALSE(shown.value(QStringLiteral("consumer")).toObject().value(QStringLiteral("name")).toString().isEmpty());
    CHECK(shown.value(QStringLiteral("amountFen")).toInteger() >= 0);

    run = cli({QStringLiteral("case"), QStringLiteral("show"), newest, QStringLiteral("--database"), db});
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(newest));
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
    const Run run = cli({QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--database"), notDb});
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
    for (const char *sub : {"add", "list", "set"}) {
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
    REQUIRE(cli({QStringLiteral("demo"), QStringLiteral("--database"), db, QStringLiteral("--cases"),
                 QStringLiteral("300"), QStringLiteral("--seed"), QStringLiteral("3"), QStringLiteral("--until"),
                 QStringLiteral("2026-06-01")})
                .exitCode == 0);

    // Users: the demo's caseworkers and supervisor, plus ours.
    const QString caseworker = QStringLiteral("测试承办人");
    const QString supervisor = QStringLiteral("测试科长");
    REQUIRE(onDb({QStringLiteral("user"), QStringLiteral("add"), caseworker}).exitCode == 0);
    Run run = onDb({QStringLiteral("user"), QStringLiteral("add"), supervisor, QStringLiteral("--role"),
                    QStringLiteral("supervisor")});
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("supervisor")));
    run = onDb({QStringLiteral("user"), QStringLiteral("add"), caseworker});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("already")));
    CHECK(onDb({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("某人"), QStringLiteral("--role"),
                QStringLiteral("boss")})
              .exitCode == 1);
    run = onDb({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(run.exitCode == 0);
    const QJsonArray users = QJsonDocument::fromJson(run.out.toUtf8()).array();
    CHECK(users.size() >= 4);
    int supervisors = 0;
    for (const QJsonValue &user : users)
        supervisors += user.toObject().value(QStringLiteral("role")).toString() == QLatin1String("supervisor");
    CHECK(supervisors == 2);

    // A registered case, taken through the workflow.
    run = onDb({QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("registered"),
                QStringLiteral("--limit"), QStringLiteral("1"), QStringLiteral("--json")});
    REQUIRE(run.exitCode == 0);
    const QJsonArray registered = QJsonDocument::fromJson(run.out.toUtf8()).array();
    REQUIRE(registered.size() == 1);
    const QString id = registered.first().toObject().value(QStringLiteral("caseNumber")).toString();
    const QString as = QStringLiteral("--as");

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

    run = onDb({QStringLiteral("case"), QStringLiteral("history"), id, QStringLiteral("--json")});
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

    run = onDb({QStringLiteral("case"), QStringLiteral("history"), id});
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("Registered → Accepted")));

    run = onDb({QStringLiteral("case"), QStringLiteral("show"), id, QStringLiteral("--json")});
    REQUIRE(run.exitCode == 0);
    CHECK_FALSE(QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("acceptedAt")).toString().isEmpty());

    // Deactivated users can no longer act.
    REQUIRE(onDb({QStringLiteral("user"), QStringLiteral("set"), caseworker, QStringLiteral("--inactive")}).exitCode == 0);
    run = onDb({QStringLiteral("case"), QStringLiteral("transition"), id, QStringLiteral("--to"),
                QStringLiteral("in_mediation"), as, caseworker});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("no longer active")));
}
