#include "catch_qt.h"
#include "stats_fixture.h"
#include "test_support.h"

#include "demo/demo_generator.h"
#include "domain/money.h"
#include "export/case_xlsx.h"
#include "query/case_list_query.h"
#include "stats/statistics_service.h"
#include "stats/stats_xlsx.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>

using namespace casedesk;
using namespace casedesk::test;

namespace {

// LibreOffice turns a workbook's first sheet into CSV as a council's colleague would open it:
// the cells' values, not their formats (the filter's ninth token), UTF-8, comma-separated.
// Its profile lives in `folder`, so the test needs no home and leaves nothing behind.
QList<QStringList> libreOfficeCsv(const QString &xlsx, const QString &folder)
{
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    INFO("LibreOffice (soffice) is installed by scripts/install-deps.sh: libreoffice-calc-nogui");
    REQUIRE_FALSE(soffice.isEmpty());
    QProcess convert;
    convert.start(soffice, {QStringLiteral("-env:UserInstallation=") + QUrl::fromLocalFile(folder + QStringLiteral("/profile")).toString(),
                            QStringLiteral("--headless"), QStringLiteral("--convert-to"),
                            QStringLiteral("csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false"),
                            QStringLiteral("--outdir"), folder, xlsx});
    REQUIRE(convert.waitForFinished(120'000));
    INFO(QString::fromUtf8(convert.readAllStandardError()).toStdString());
    REQUIRE(convert.exitCode() == 0);
    QFile csv(QDir(folder).filePath(QFileInfo(xlsx).completeBaseName() + QStringLiteral(".csv")));
    REQUIRE(csv.open(QIODevice::ReadOnly));
    // The exported texts hold no commas in the columns compared here; a simple split suffices
    // for the first columns, and quoted fields are kept whole.
    QList<QStringList> rows;
    for (const QByteArray &line : csv.readAll().split('\n')) {
        QStringList cells;
        QString cell;
        bool quoted = false;
        for (const QChar ch : QString::fromUtf8(line)) {
            if (ch == QLatin1Char('"'))
                quoted = !quoted;
            else if (ch == QLatin1Char(',') && !quoted) {
                cells << cell;
                cell.clear();
            } else
                cell += ch;
        }
        cells << cell;
        rows << cells;
    }
    return rows;
}

} // namespace

TEST_CASE("LibreOffice opens the Excel exports with the same numbers", "[export][xlsx][libreoffice]")
{
    TestDatabase db;
    REQUIRE(generateDemoData(db.connection(), DemoOptions{120, 5, QDate(2026, 6, 1), HashCost::CheapForTests}).ok());
    QTemporaryDir dir;
    const QString cases = dir.filePath(QStringLiteral("cases.xlsx"));
    REQUIRE(writeCaseListXlsx(db.connection(), {}, {}, ExportForm::Deidentified, cases).ok());
    const QList<QStringList> sheet = libreOfficeCsv(cases, dir.path());
    auto listed = CaseListQuery(db.connection()).page({}, {}, std::nullopt, 500);
    REQUIRE(listed.ok());
    REQUIRE(listed->size() == 120);
    REQUIRE(sheet.size() >= 121);
    for (int i = 0; i < listed->size(); ++i) {
        const CaseListRow &row = listed->at(i);
        const QStringList &cells = sheet.at(i + 1); // under the header
        INFO(cells.join(QLatin1Char('|')).toStdString());
        REQUIRE(cells.size() > 11);
        CHECK(cells.at(0) == row.caseNumber);
        CHECK(cells.at(1) == row.receivedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        CHECK(parseYuan(cells.at(13)) == row.amountFen);
    }

    TestDatabase statsDb;
    buildStatsFixture(statsDb.connection());
    auto stats = StatisticsService::forUser(statsDb.connection(), QStringLiteral("王主任"));
    REQUIRE(stats.ok());
    const QString figures = dir.filePath(QStringLiteral("stats.xlsx"));
    REQUIRE(writeStatisticsXlsx(stats.value(), StatsPeriod::month(2026, 1), {}, figures, QStringLiteral("2026-01")).ok());
    auto summary = stats->summary(StatsPeriod::month(2026, 1));
    REQUIRE(summary.ok());
    const QList<QStringList> measures = libreOfficeCsv(figures, dir.path());
    REQUIRE(measures.size() > 3);
    CHECK(measures.at(2).at(0) == QStringLiteral("Complaints received"));
    CHECK(measures.at(2).at(1) == QString::number(summary->current.received));
}
