#include "catch_qt.h"
#include "cli_run.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>

using namespace casedesk::test;

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
