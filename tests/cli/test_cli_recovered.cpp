#include "catch_qt.h"
#include "cli_run.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace casedesk::test;

namespace {
QString s(const char *text)
{
    return QString::fromUtf8(text);
}
} // namespace

TEST_CASE("casedesk-cli: a sum another source already covers is refused unless a flag says what it is",
          "[cli][recovered]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("money.db"));
    REQUIRE(cli({s("init"), s("--database"), db, s("--prefix"), s("长宁"), s("--admin"), kAdmin}).exitCode == 0);
    for (const auto &[name, role] : {std::pair{s("李敏"), s("caseworker")}, std::pair{s("王主任"), s("supervisor")}})
        REQUIRE(cli({s("user"), s("add"), name, s("--role"), role, s("--database"), db, s("--as"), kAdmin}).exitCode ==
                0);
    const QString json = dir.filePath(QStringLiteral("case.json"));
    {
        QFile file(json);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QByteArrayLiteral(
            "{\"channel\":\"12315\",\"category\":\"文化娱乐体育\",\"nature\":\"contract\",\"amountYuan\":\"2400\","
            "\"demand\":\"退还余额\",\"facts\":\"健身房闭店\",\"receivedAt\":\"2026-02-12T10:00:00+08:00\","
            "\"consumer\":{\"name\":\"张伟\",\"phone\":\"13812345678\",\"address\":\"上海市长宁区天山路1号\"},"
            "\"business\":{\"name\":\"悦动健身\",\"address\":\"上海市长宁区延安西路1号\"}}"));
    }
    const auto as = [&db](QStringList arguments, const QString &user = QStringLiteral("李敏")) {
        arguments << s("--database") << db << s("--as") << user;
        return cli(arguments);
    };
    REQUIRE(as({s("case"), s("add"), s("--json"), json}).exitCode == 0);
    const auto total = [&] {
        const Run run = as({s("recovered"), s("list"), s("1"), s("--json")});
        REQUIRE(run.exitCode == 0);
        return QJsonDocument::fromJson(run.out.toUtf8()).object();
    };

    REQUIRE(as({s("recovered"), s("add"), s("1"), s("--source"), s("on_site"), s("--amount"), s("1000"), s("--on"),
                s("2026-02-20")})
                .exitCode == 0);
    const QString boss = s("王主任");
    REQUIRE(as({s("fund"), s("create"), s("来福士先行赔付金")}, boss).exitCode == 0);
    REQUIRE(as({s("fund"), s("top-up"), s("1"), s("--amount"), s("10000")}, boss).exitCode == 0);

    // The fund pays the same ¥1,000: refused with the question and the flags that answer it.
    Run run = as({s("fund"), s("payout"), s("1"), s("--case"), s("1"), s("--amount"), s("1000")}, boss);
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("same money")));
    CHECK(run.err.contains(QStringLiteral("--same-money")));
    CHECK(run.err.contains(QStringLiteral("--separate")));
    CHECK(total().value(s("recoveredFen")).toInteger() == 100000);
    CHECK(as({s("fund"), s("payout"), s("1"), s("--case"), s("1"), s("--amount"), s("1000"), s("--same-money"),
              s("--separate")},
             boss)
              .exitCode == 1);
    run = as({s("fund"), s("payout"), s("1"), s("--case"), s("1"), s("--amount"), s("1000"), s("--same-money")}, boss);
    REQUIRE(run.exitCode == 0);
    QJsonObject money = total();
    CHECK(money.value(s("recoveredFen")).toInteger() == 100000); // was ¥2,000
    const QJsonArray entries = money.value(s("entries")).toArray();
    REQUIRE(entries.size() == 2);
    CHECK(entries.at(1).toObject().value(s("source")).toString() == s("fund"));
    CHECK(entries.at(1).toObject().value(s("sameAs")).toInteger() ==
          entries.at(0).toObject().value(s("id")).toInteger());

    // Separate money above the amount involved (¥2,400) needs its confirmation too.
    const QStringList more = {s("recovered"), s("add"),  s("1"),    s("--source"),   s("enterprise"),
                              s("--amount"),  s("2000"), s("--on"), s("2026-02-21"), s("--separate")};
    run = as(more);
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("--above-amount")));
    REQUIRE(as(QStringList(more) << s("--above-amount")).exitCode == 0);
    CHECK(total().value(s("recoveredFen")).toInteger() == 300000);
    run = as({s("recovered"), s("above")});
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("长宁-2026-000001")));
    CHECK(run.out.contains(QStringLiteral("(confirmed)")));
}
