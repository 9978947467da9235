#include "catch_qt.h"
#include "cli_run.h"
#include "stats_fixture.h"
#include "test_support.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>

using namespace casedesk::test;

TEST_CASE("casedesk-cli: stats and report on the hand-worked fixture", "[cli][stats]")
{
    casedesk::test::TestDatabase fixture;
    casedesk::test::buildStatsFixture(fixture.connection());
    const QString db = fixture.path();

    Run run = cli({QStringLiteral("stats"), QStringLiteral("--from"), QStringLiteral("2026-01-01"),
                   QStringLiteral("--to"), QStringLiteral("2026-01-31"), QStringLiteral("--json"),
                   QStringLiteral("--as"), QStringLiteral("王主任"), QStringLiteral("--database"), db},
                  kTestPassword);
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
              kTestPassword);
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("Complaints received: 2 (year on year +100.0%")));

    run = cli({QStringLiteral("stats"), QStringLiteral("--period"), QStringLiteral("2026-01"), QStringLiteral("--csv"),
               QStringLiteral("district"), QStringLiteral("--as"), QStringLiteral("王主任"),
               QStringLiteral("--database"), db},
              kTestPassword);
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("Key,District,Received,Share")));
    CHECK(run.out.contains(QStringLiteral("长宁区,长宁区,3,60.0%,3200.00,2,2,100.0%\r\n")));
    CHECK(run.out.contains(QStringLiteral("徐汇区,徐汇区,2,40.0%,6000.00,2,1,50.0%\r\n")));
    run = cli({QStringLiteral("stats"), QStringLiteral("--period"), QStringLiteral("2026-01"), QStringLiteral("--csv"),
               QStringLiteral("bogus"), QStringLiteral("--as"), QStringLiteral("王主任"), QStringLiteral("--database"),
               db},
              kTestPassword);
    CHECK(run.exitCode == 1);

    run = cli({QStringLiteral("stats"), QStringLiteral("--period"), QStringLiteral("2026-13"), QStringLiteral("--as"),
               QStringLiteral("王主任"), QStringLiteral("--database"), db},
              kTestPassword);
    CHECK(run.exitCode == 1);
    run = cli({QStringLiteral("stats"), QStringLiteral("--from"), QStringLiteral("2026-02-01"), QStringLiteral("--to"),
               QStringLiteral("2026-01-01"), QStringLiteral("--as"), QStringLiteral("王主任"),
               QStringLiteral("--database"), db},
              kTestPassword);
    CHECK(run.exitCode == 1);
    run = cli({QStringLiteral("stats"), QStringLiteral("--period"), QStringLiteral("2026"), QStringLiteral("--as"),
               QStringLiteral("无此人"), QStringLiteral("--database"), db},
              kTestPassword);
    CHECK(run.exitCode == 1); // not a user: cannot sign in
    CHECK(run.err.contains(QStringLiteral("The name or the password is wrong")));
    CHECK_FALSE(run.out.contains(QStringLiteral("Complaints received")));

    QTemporaryDir out;
    const QString pdf = out.filePath(QStringLiteral("2026-Q1.pdf"));
    run = cli({QStringLiteral("report"), QStringLiteral("--period"), QStringLiteral("2026-Q1"), QStringLiteral("--out"),
               pdf, QStringLiteral("--as"), QStringLiteral("王主任"), QStringLiteral("--database"), db},
              kTestPassword);
    REQUIRE(run.exitCode == 0);
    QFile written(pdf);
    REQUIRE(written.open(QIODevice::ReadOnly));
    CHECK(written.read(5) == QByteArray("%PDF-"));

    run = cli({QStringLiteral("report"), QStringLiteral("--period"), QStringLiteral("2026-Q1"), QStringLiteral("--out"),
               out.path(), QStringLiteral("--as"), QStringLiteral("王主任"), QStringLiteral("--database"), db},
              kTestPassword);
    CHECK(run.exitCode == 1);

    // The first page's summary, printed; then an edited one given back.
    run = cli({QStringLiteral("report"), QStringLiteral("--period"), QStringLiteral("2026-01"), QStringLiteral("--summary"),
               QStringLiteral("--as"), QStringLiteral("王主任"), QStringLiteral("--database"), db},
              kTestPassword);
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral(": 5, up 25.0% year on year")));
    CHECK(run.out.contains(QStringLiteral("Accepted: 3;")));
    CHECK(run.out.contains(QStringLiteral("Complaint resolution rate (resolved ÷ accepted")));
    CHECK(run.out.contains(QStringLiteral("75.0% (3 of 4)")));
    CHECK(run.out.contains(QStringLiteral("\n\n"))); // paragraphs apart, as --summary-file takes them
    const QString edited = out.filePath(QStringLiteral("summary.txt"));
    {
        QFile file(edited);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("本月投诉平稳。\n\n请关注预付卡。\n").toUtf8());
    }
    run = cli({QStringLiteral("report"), QStringLiteral("--period"), QStringLiteral("2026-01"), QStringLiteral("--summary"),
               QStringLiteral("--summary-file"), edited, QStringLiteral("--out"), out.filePath(QStringLiteral("m.pdf")),
               QStringLiteral("--as"), QStringLiteral("王主任"), QStringLiteral("--database"), db},
              kTestPassword);
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.startsWith(QStringLiteral("本月投诉平稳。\n\n请关注预付卡。\n")));
    CHECK(QFileInfo(out.filePath(QStringLiteral("m.pdf"))).size() > 1000);
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
                  kTestPassword);
    REQUIRE(run.exitCode == 0);
    run = cli({QStringLiteral("followup"), QStringLiteral("list"), QStringLiteral("2"), QStringLiteral("--as"),
               QStringLiteral("张强"), QStringLiteral("--database"), db},
              kTestPassword);
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
              kTestPassword);
    CHECK(run.exitCode == 1); // still open
    run =
        cli({QStringLiteral("followup"), QStringLiteral("add"), QStringLiteral("1"), QStringLiteral("--result"),
             QStringLiteral("great"), QStringLiteral("--as"), QStringLiteral("李敏"), QStringLiteral("--database"), db},
            kTestPassword);
    CHECK(run.exitCode == 1);

    run = cli({QStringLiteral("followup"), QStringLiteral("spotcheck"), QStringLiteral("--month"),
               QStringLiteral("2026-01"), QStringLiteral("--share"), QStringLiteral("1"), QStringLiteral("--as"),
               QStringLiteral("王主任"), QStringLiteral("--database"), db},
              kTestPassword);
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size() == 4);

    run = cli({QStringLiteral("followup"), QStringLiteral("typical"), QStringLiteral("1"), QStringLiteral("--title"),
               QStringLiteral("健身房闭店退费案"), QStringLiteral("--summary"), QStringLiteral("调解后退还卡费。"),
               QStringLiteral("--as"), QStringLiteral("李敏"), QStringLiteral("--database"), db},
              kTestPassword);
    REQUIRE(run.exitCode == 0);
    run = cli({QStringLiteral("followup"), QStringLiteral("typical"), QStringLiteral("1"), QStringLiteral("--remove"),
               QStringLiteral("--as"), QStringLiteral("李敏"), QStringLiteral("--database"), db},
              kTestPassword);
    CHECK(run.exitCode == 0);
}
