#include "catch_qt.h"
#include "cli_run.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringEncoder>
#include <QTemporaryDir>

using namespace casedesk::test;

namespace {

void write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

} // namespace

TEST_CASE("casedesk-cli: points imported, listed, a transfer registered, a closed point refused, a ledger loaded",
          "[cli][liaison]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.db"));
    REQUIRE(cli({QStringLiteral("demo"), QStringLiteral("--cases"), QStringLiteral("50"), QStringLiteral("--database"), db})
                .exitCode == 0);
    const QString boss = demoSupervisor(db);
    const QStringList asBoss = {QStringLiteral("--as"), boss, QStringLiteral("--database"), db};
    const auto points = [&](const QStringList &arguments) { return cli(QStringList{QStringLiteral("points")} + arguments + asBoss); };

    // A GB18030 list with a title row; the dry run writes nothing.
    const QString list = dir.filePath(QStringLiteral("points.csv"));
    QStringEncoder gb18030("GB18030");
    write(list, gb18030.encode(QStringLiteral("联络点名录\n名称,类型,地址,街道,联系电话,状态\n"
                                               "天山菜场联络点,市场,天山路300号,天山路街道,13612345678,正常\n"
                                               "虹桥中学联络点,学校,虹桥路1号,虹桥街道,,撤销\n")));
    Run dry = points({QStringLiteral("import"), list, QStringLiteral("--dry-run")});
    INFO(dry.err.toStdString());
    REQUIRE(dry.exitCode == 0);
    CHECK(dry.out.contains(QStringLiteral("天山菜场联络点\tnew")));
    // The demo has a network of its own: the dry run adds nothing to it.
    const QString before = points({QStringLiteral("list")}).out;
    CHECK(points({QStringLiteral("list")}).out == before);
    CHECK_FALSE(before.contains(QStringLiteral("天山菜场联络点")));
    Run imported = points({QStringLiteral("import"), list});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.out.contains(QStringLiteral("2 points added")));

    Run listed = points({QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--type"), QStringLiteral("market")});
    REQUIRE(listed.exitCode == 0);
    // The imported point among the demo's markets, by its name.
    const auto named = [](const QString &json, const QString &name) {
        for (const QJsonValue &value : QJsonDocument::fromJson(json.toUtf8()).array()) {
            if (value.toObject().value(QStringLiteral("name")).toString() == name)
                return value.toObject();
        }
        return QJsonObject();
    };
    const QJsonObject market = named(listed.out, QStringLiteral("天山菜场联络点"));
    REQUIRE_FALSE(market.isEmpty());
    CHECK(market.value(QStringLiteral("type")).toString() == QStringLiteral("market"));
    const qint64 marketId = market.value(QStringLiteral("id")).toInteger();
    CHECK(points({QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("closed")})
              .out.contains(QStringLiteral("虹桥中学联络点")));
    CHECK(points({QStringLiteral("list"), QStringLiteral("--search"), QStringLiteral("a'b")}).exitCode == 0);
    CHECK(points({QStringLiteral("list"), QStringLiteral("--type"), QStringLiteral("spaceship")}).exitCode == 1);
    Run closedList = points({QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--status"), QStringLiteral("closed")});
    const qint64 schoolId = named(closedList.out, QStringLiteral("虹桥中学联络点")).value(QStringLiteral("id")).toInteger();
    REQUIRE(schoolId > 0);

    // A transfer names the point; the closed school is refused with a clear message.
    const QString caseFile = dir.filePath(QStringLiteral("case.json"));
    const auto caseJson = [&](qint64 point) {
        return QStringLiteral(R"({"channel":"liaison_point","liaisonPointId":%1,"category":"食品","nature":"quality",
            "amountYuan":"58","demand":"退货退款","facts":"在菜场购买的熟食变质。","receivedAt":"%2T10:00:00+08:00",
            "consumer":{"name":"张伟","phone":"13812345678","address":"上海市长宁区天山路100弄5号"},
            "business":{"name":"某熟食店","address":"天山路300号","district":"长宁区","street":"天山路街道"}})")
            .arg(point)
            .arg(QDate::currentDate().addDays(-1).toString(Qt::ISODate))
            .toUtf8();
    };
    write(caseFile, caseJson(marketId));
    Run registered = cli(QStringList{QStringLiteral("case"), QStringLiteral("add"), QStringLiteral("--json"), caseFile} + asBoss);
    INFO(registered.err.toStdString());
    CHECK(registered.exitCode == 0);
    write(caseFile, caseJson(schoolId));
    Run refused = cli(QStringList{QStringLiteral("case"), QStringLiteral("add"), QStringLiteral("--json"), caseFile} + asBoss);
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("is closed")));

    // The ledger: the month before this one, by the point's name; then a file with a bad row.
    const QString ledger = dir.filePath(QStringLiteral("ledger.csv"));
    const QString month = QDate::currentDate().addMonths(-1).toString(QStringLiteral("yyyy-MM"));
    write(ledger, QStringLiteral("联络点,月份,咨询,培训人数,培训次数,宣传资料,现场调解件数,调解金额\n"
                                 "天山菜场联络点,%1,40,25,2,300,3,1250.50\n")
                      .arg(month)
                      .toUtf8());
    Run loaded = points({QStringLiteral("ledger-import"), ledger});
    INFO(loaded.err.toStdString());
    REQUIRE(loaded.exitCode == 0);
    CHECK(loaded.out.contains(QStringLiteral("1 ledger months saved")));
    write(ledger, QStringLiteral("联络点,月份,咨询\n天山菜场联络点,%1,-3\n").arg(month).toUtf8());
    Run bad = points({QStringLiteral("ledger-import"), ledger});
    CHECK(bad.exitCode == 1);
    CHECK(bad.err.contains(QStringLiteral("line 2")));

    // A lead, forwarded.
    const QString leadFile = dir.filePath(QStringLiteral("lead.json"));
    write(leadFile, QStringLiteral(R"({"pointId":%1,"receivedOn":"%2","suspicion":"无证经营熟食摊","place":"菜场门口"})")
                        .arg(marketId)
                        .arg(QDate::currentDate().addDays(-2).toString(Qt::ISODate))
                        .toUtf8());
    Run lead = points({QStringLiteral("lead"), QStringLiteral("add"), leadFile});
    INFO(lead.err.toStdString());
    REQUIRE(lead.exitCode == 0);
    write(leadFile, QStringLiteral(R"({"outcome":"forwarded","regulator":"区市场监管局","forwardedOn":"%1"})")
                        .arg(QDate::currentDate().addDays(-1).toString(Qt::ISODate))
                        .toUtf8());
    Run updated = points({QStringLiteral("lead"), QStringLiteral("update"), lead.out.trimmed(), leadFile});
    INFO(updated.err.toStdString());
    CHECK(updated.exitCode == 0);
    CHECK(points({QStringLiteral("lead"), QStringLiteral("list")}).out.contains(QStringLiteral("Forwarded to the regulator")));
}
