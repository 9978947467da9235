#include "catch_qt.h"
#include "cli_run.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace casedesk::test;

namespace {

// The text of a PDF without its white space (pdftotext breaks lines where the page does).
QString pdfText(const QString &pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(60000));
    return QString::fromUtf8(process.readAllStandardOutput()).remove(QRegularExpression(QStringLiteral("\\s")));
}

} // namespace

TEST_CASE("casedesk-cli notice-quarter: the demo's networked enterprises as a PDF notice and an Excel workbook",
          "[cli][notice]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.db"));
    REQUIRE(cli({QStringLiteral("demo"), QStringLiteral("--cases"), QStringLiteral("3000"), QStringLiteral("--database"),
                 db})
                .exitCode == 0);
    const QString boss = demoSupervisor(db);
    const QStringList asBoss = {QStringLiteral("--as"), boss, QStringLiteral("--database"), db};
    const QString lastQuarter = [] {
        const QDate start = QDate(QDate::currentDate().year(), (QDate::currentDate().month() - 1) / 3 * 3 + 1, 1)
                                .addMonths(-3);
        return QStringLiteral("%1-Q%2").arg(start.year()).arg((start.month() - 1) / 3 + 1);
    }();

    // The analysis alone: the demo's enterprises had cases forwarded to them.
    Run analysis = cli(QStringList{QStringLiteral("notice-quarter"), QStringLiteral("--period"), lastQuarter,
                                   QStringLiteral("--analysis")} +
                       asBoss);
    INFO(analysis.err.toStdString());
    REQUIRE(analysis.exitCode == 0);
    CHECK(analysis.out.contains(QStringLiteral("networked enterprises")));

    // A reworded analysis goes into the PDF.
    QFile text(dir.filePath(QStringLiteral("analysis.txt")));
    REQUIRE(text.open(QIODevice::WriteOnly));
    text.write(QStringLiteral("本季度联网企业总体表现良好。\n\n第二段。").toUtf8());
    text.close();
    const QString pdf = dir.filePath(QStringLiteral("notice.pdf"));
    Run written = cli(QStringList{QStringLiteral("notice-quarter"), QStringLiteral("--period"), lastQuarter,
                                  QStringLiteral("--out"), pdf, QStringLiteral("--analysis-file"), text.fileName()} +
                      asBoss);
    INFO(written.err.toStdString());
    REQUIRE(written.exitCode == 0);
    const QString pages = pdfText(pdf);
    CHECK(pages.contains(QStringLiteral("本季度联网企业总体表现良好。")));
    CHECK(pages.contains(QStringLiteral("1.Theenterprisesrankedbyfirst-settlementrate")));
    CHECK(pages.contains(QStringLiteral("Total")));

    const QString xlsx = dir.filePath(QStringLiteral("notice.xlsx"));
    REQUIRE(cli(QStringList{QStringLiteral("notice-quarter"), QStringLiteral("--period"), lastQuarter,
                            QStringLiteral("--out"), xlsx} +
                asBoss)
                .exitCode == 0);
    QFile workbook(xlsx);
    REQUIRE(workbook.open(QIODevice::ReadOnly));
    CHECK(workbook.read(2) == QByteArray("PK"));

    // A month, a quarter to come, another kind of file: refused, nothing written.
    const QString none = dir.filePath(QStringLiteral("none.pdf"));
    Run month = cli(QStringList{QStringLiteral("notice-quarter"), QStringLiteral("--period"), QStringLiteral("2026-05"),
                                QStringLiteral("--out"), none} +
                    asBoss);
    CHECK(month.exitCode != 0);
    CHECK(month.err.contains(QStringLiteral("--period 2026-Q3")));
    Run future = cli(QStringList{QStringLiteral("notice-quarter"), QStringLiteral("--period"),
                                 QStringLiteral("%1-Q1").arg(QDate::currentDate().year() + 1), QStringLiteral("--out"),
                                 none} +
                     asBoss);
    CHECK(future.exitCode == 1);
    CHECK(future.err.contains(QStringLiteral("quarter that has begun")));
    Run csv = cli(QStringList{QStringLiteral("notice-quarter"), QStringLiteral("--period"), lastQuarter,
                              QStringLiteral("--out"), dir.filePath(QStringLiteral("notice.csv"))} +
                  asBoss);
    CHECK(csv.exitCode != 0);
    CHECK_FALSE(QFile::exists(none));
}
