#include "catch_qt.h"
#include "cli_run.h"
#include "xlsx_reading.h"

#include <QTemporaryDir>

using namespace casedesk::test;

TEST_CASE("casedesk-cli writes the case list and a period's statistics to Excel workbooks", "[cli][xlsx]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.db"));
    REQUIRE(cli({QStringLiteral("demo"), QStringLiteral("--cases"), QStringLiteral("300"), QStringLiteral("--database"), db})
                .exitCode == 0);
    const QString boss = demoSupervisor(db);
    const QStringList asBoss = {QStringLiteral("--as"), boss, QStringLiteral("--database"), db};

    const QString cases = dir.filePath(QStringLiteral("cases.xlsx"));
    Run listed = cli(QStringList{QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--status"),
                                 QStringLiteral("closed"), QStringLiteral("--xlsx"), cases} +
                     asBoss);
    INFO(listed.err.toStdString());
    REQUIRE(listed.exitCode == 0);
    const QStringList rows = xlsxRows(cases);
    REQUIRE(rows.size() > 2);
    CHECK(rows.first().startsWith(QStringLiteral("Case number|")));
    CHECK(listed.out.contains(QString::number(rows.size() - 1)));
    for (int i = 1; i < rows.size(); ++i)
        CHECK(rows.at(i).contains(QStringLiteral("|Closed|")));
    // De-identified unless asked: every phone masked.
    CHECK(rows.at(1).contains(QStringLiteral("****")));

    const QString stats = dir.filePath(QStringLiteral("stats.xlsx"));
    Run counted = cli(QStringList{QStringLiteral("stats"), QStringLiteral("--period"),
                                  QString::number(QDate::currentDate().year()), QStringLiteral("--xlsx"), stats} +
                      asBoss);
    INFO(counted.err.toStdString());
    REQUIRE(counted.exitCode == 0);
    const QStringList measures = xlsxRows(stats, 1);
    REQUIRE(measures.size() > 3);
    CHECK(measures.at(2).startsWith(QStringLiteral("Complaints received|")));

    // Two exports at once, or no file: refused.
    CHECK(cli(QStringList{QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--csv"), QStringLiteral("--xlsx"),
                          cases} +
              asBoss)
              .exitCode != 0);
    CHECK(cli(QStringList{QStringLiteral("stats"), QStringLiteral("--period"), QStringLiteral("2026"),
                          QStringLiteral("--json"), QStringLiteral("--xlsx"), stats} +
              asBoss)
              .exitCode != 0);
}

TEST_CASE("casedesk-cli platform-results writes the closed 12315 work orders' results to paste into the platform",
          "[cli][xlsx][workorders]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.db"));
    REQUIRE(cli({QStringLiteral("demo"), QStringLiteral("--cases"), QStringLiteral("300"), QStringLiteral("--database"), db})
                .exitCode == 0);
    const QStringList asBoss = {QStringLiteral("--as"), demoSupervisor(db), QStringLiteral("--database"), db};
    const QString all = dir.filePath(QStringLiteral("results.xlsx"));
    Run written = cli(QStringList{QStringLiteral("platform-results"), QStringLiteral("--out"), all} + asBoss);
    INFO(written.err.toStdString());
    REQUIRE(written.exitCode == 0);
    const QStringList rows = xlsxRows(all);
    REQUIRE(rows.size() > 2);
    CHECK(rows.first().startsWith(QStringLiteral("登记编号|")));
    const QString firstCase = rows.at(1).section(QLatin1Char('|'), 1, 1);

    const QString one = dir.filePath(QStringLiteral("one.xlsx"));
    REQUIRE(cli(QStringList{QStringLiteral("platform-results"), firstCase, QStringLiteral("--out"), one} + asBoss)
                .exitCode == 0);
    CHECK(xlsxRows(one).size() == 2);
    CHECK(cli(QStringList{QStringLiteral("platform-results"), firstCase, QStringLiteral("--from"),
                          QStringLiteral("2026-01-01"), QStringLiteral("--out"), one} +
              asBoss)
              .exitCode != 0);
    CHECK(cli(QStringList{QStringLiteral("platform-results")} + asBoss).exitCode != 0);
}
