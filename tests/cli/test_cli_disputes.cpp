#include "catch_qt.h"
#include "cli_run.h"
#include "xlsx_reading.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>

using namespace casedesk::test;

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
    const QString xlsx = dir.filePath(QStringLiteral("roster.xlsx"));
    run = cli(QStringList{QStringLiteral("group"), QStringLiteral("roster"), QStringLiteral("1"),
                          QStringLiteral("--xlsx"), xlsx} +
              onDb);
    REQUIRE(run.exitCode == 0);
    CHECK(xlsxRows(xlsx).size() == members.size() + 3);
    CHECK(cli(QStringList{QStringLiteral("group"), QStringLiteral("roster"), QStringLiteral("1"),
                          QStringLiteral("--csv"), csv, QStringLiteral("--xlsx"), xlsx} +
              onDb)
              .exitCode != 0);

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
