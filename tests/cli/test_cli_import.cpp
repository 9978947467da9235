#include "catch_qt.h"
#include "cli_run.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace casedesk::test;

TEST_CASE("casedesk-cli import registers a 12315 download: a dry run first, then the valid rows", "[cli][import]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.db"));
    REQUIRE(cli({QStringLiteral("demo"), QStringLiteral("--cases"), QStringLiteral("100"), QStringLiteral("--database"), db})
                .exitCode == 0);
    const QStringList asBoss = {QStringLiteral("--as"), demoSupervisor(db), QStringLiteral("--database"), db};
    const QString csv = dir.filePath(QStringLiteral("orders.csv"));
    QFile file(csv);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("\xFEFF登记编号,登记时间,投诉人,联系电话,投诉人地址,被投诉人,被投诉对象地址,投诉内容,诉求,涉案金额,投诉问题类别\r\n"
                              "T0001,2026-03-01 09:30,张三,13812340001,长宁区1号,上海甲超市,长宁区2号,牛奶过期。,退一赔十,59.5,食品\r\n"
                              "T0002,2026-03-02 10:00,李四,138,长宁区3号,上海乙商店,长宁区4号,少找零钱。,退款,10,日用商品\r\n")
                   .toUtf8());
    file.close();
    const QStringList import = {QStringLiteral("import"), QStringLiteral("--source"), QStringLiteral("12315"), csv};

    Run dry = cli(import + QStringList{QStringLiteral("--dry-run"), QStringLiteral("--json")} + asBoss);
    INFO(dry.err.toStdString());
    REQUIRE(dry.exitCode == 0);
    const QJsonObject plan = QJsonDocument::fromJson(dry.out.toUtf8()).object();
    CHECK(plan.value(QStringLiteral("valid")).toInt() == 1);
    CHECK(plan.value(QStringLiteral("problems")).toInt() == 1);
    CHECK(plan.value(QStringLiteral("headerLine")).toInt() == 1);
    CHECK(plan.value(QStringLiteral("sha256")).toString().size() == 64);

    CHECK(cli(import + QStringList{QStringLiteral("--all-or-nothing")} + asBoss).exitCode == 1);
    Run done = cli(import + asBoss);
    INFO(done.err.toStdString());
    REQUIRE(done.exitCode == 0);
    CHECK(done.out.contains(QStringLiteral("1 registered")));
    CHECK(done.out.contains(QStringLiteral("line 3 not registered")));
    Run again = cli(import + asBoss);
    REQUIRE(again.exitCode == 0);
    CHECK(again.out.contains(QStringLiteral("0 registered, 0 registered before filled in, 1 already registered")));

    CHECK(cli(QStringList{QStringLiteral("import"), QStringLiteral("--source"), QStringLiteral("ftp"), csv} + asBoss)
              .exitCode != 0);
    CHECK(cli(import + QStringList{QStringLiteral("--map"), QStringLiteral("备注")} + asBoss).exitCode != 0);
}

TEST_CASE("casedesk-cli import keeps a named mapping and fills in work orders registered before", "[cli][import]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.db"));
    REQUIRE(cli({QStringLiteral("demo"), QStringLiteral("--cases"), QStringLiteral("50"), QStringLiteral("--database"), db})
                .exitCode == 0);
    const QStringList asBoss = {QStringLiteral("--as"), demoSupervisor(db), QStringLiteral("--database"), db};
    const auto write = [&dir](const QString &name, const QString &text) {
        const QString path = dir.filePath(name);
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(text.toUtf8());
        return path;
    };
    const QString header = QStringLiteral("单号,日期,姓名,手机,住址,商家,商家地址,经过,要求,钱\r\n");
    const QString first = write(QStringLiteral("a.csv"), header + QStringLiteral("Q1,2026-03-01 09:30,张三,13812340001,"
                                                                                   "长宁区1号,上海甲超市,长宁区2号,牛奶过期。,"
                                                                                   "退货,\r\n"));
    QStringList named = {QStringLiteral("import"), QStringLiteral("--source"), QStringLiteral("generic"),
                         QStringLiteral("--mapping"), QStringLiteral("街道表")};
    for (const char *pair : {"单号=reference", "日期=received_at", "姓名=consumer_name", "手机=consumer_phone",
                             "住址=consumer_address", "商家=business_name", "商家地址=business_address", "经过=facts",
                             "要求=demand", "钱=amount"})
        named << QStringLiteral("--map") << QString::fromUtf8(pair);
    Run done = cli(named + QStringList{first} + asBoss);
    INFO(done.err.toStdString());
    REQUIRE(done.exitCode == 0);
    CHECK(done.out.contains(QStringLiteral("1 registered")));

    // The next table of that layout: the named mapping reads it; the source's own does not know it.
    const QString later = write(QStringLiteral("b.csv"), header + QStringLiteral("Q1,2026-03-01 09:30,张三,13812340001,"
                                                                                   "长宁区1号,上海甲超市,长宁区2号,牛奶过期。,"
                                                                                   "退货,59.50\r\n"));
    const QStringList generic = {QStringLiteral("import"), QStringLiteral("--source"), QStringLiteral("generic")};
    CHECK(cli(generic + QStringList{later} + asBoss).exitCode != 0);
    const QStringList byName = generic + QStringList{QStringLiteral("--mapping"), QStringLiteral("街道表"), later};
    Run skipped = cli(byName + asBoss);
    INFO(skipped.err.toStdString());
    REQUIRE(skipped.exitCode == 0);
    CHECK(skipped.out.contains(QStringLiteral("0 registered, 0 registered before filled in, 1 already registered")));
    Run filled = cli(byName + QStringList{QStringLiteral("--fill-duplicates"), QStringLiteral("--json")} + asBoss);
    INFO(filled.err.toStdString());
    REQUIRE(filled.exitCode == 0);
    CHECK(QJsonDocument::fromJson(filled.out.toUtf8()).object().value(QStringLiteral("filled")).toInt() == 1);
}
