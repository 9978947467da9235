#include "catch_qt.h"
#include "stats_fixture.h"
#include "test_support.h"
#include "xlsx_reading.h"

#include "export/case_xlsx.h"
#include "export/xlsx_workbook.h"
#include "stats/statistics_service.h"
#include "stats/stats_xlsx.h"
#include "storage/complaint_repository.h"
#include "storage/user_repository.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace casedesk;
using namespace casedesk::test;

TEST_CASE("the case list as an Excel workbook: a header, typed cells, names and phones masked unless identified",
          "[export][xlsx]")
{
    TestDatabase db;
    REQUIRE(UserRepository(db.connection()).add(QStringLiteral("李敏"), Role::Caseworker).ok());
    Complaint complaint = sampleComplaint(db.connection());
    REQUIRE(ComplaintRepository(db.connection()).add(complaint, QStringLiteral("李敏")).ok());
    complaint.consumer.name = QStringLiteral("王芳");
    complaint.consumer.phone = QStringLiteral("13900001111");
    complaint.amountFen = 12345;
    REQUIRE(ComplaintRepository(db.connection()).add(complaint, QStringLiteral("李敏")).ok());

    QTemporaryDir dir;
    const QString masked = dir.filePath(QStringLiteral("masked.xlsx"));
    auto written = writeCaseListXlsx(db.connection(), {}, {}, ExportForm::Deidentified, masked, QStringLiteral("全部案件"));
    REQUIRE(written.ok());
    CHECK(written.value() == 2);
    const QStringList rows = xlsxRows(masked);
    REQUIRE(rows.size() == 4); // title, header, two cases
    CHECK(rows.at(0) == QStringLiteral("全部案件"));
    CHECK(rows.at(1).startsWith(QStringLiteral("Case number|Received|Status")));
    CHECK(rows.at(2).contains(QStringLiteral("王*")));          // newest first
    CHECK(rows.at(2).contains(QStringLiteral("139****1111")));
    CHECK_FALSE(rows.join(QLatin1Char('\n')).contains(QStringLiteral("13900001111")));
    CHECK(rows.at(2).contains(QStringLiteral("|123.45|"))); // yuan as a number, shown with ¥ by its format
    CHECK(xlsxPart(masked, QStringLiteral("xl/styles.xml")).contains(QStringLiteral("&quot;¥&quot;#,##0.00")));
    // The header row stays in view.
    CHECK(xlsxPart(masked, QStringLiteral("xl/worksheets/sheet1.xml")).contains(QStringLiteral("state=\"frozen\"")));

    const QString full = dir.filePath(QStringLiteral("full.xlsx"));
    REQUIRE(writeCaseListXlsx(db.connection(), {}, {}, ExportForm::Identified, full).ok());
    CHECK(xlsxRows(full).join(QLatin1Char('\n')).contains(QStringLiteral("王芳|13900001111")));

    // A folder that does not exist: refused, nothing left behind.
    auto nowhere = writeCaseListXlsx(db.connection(), {}, {}, ExportForm::Deidentified,
                                     dir.filePath(QStringLiteral("missing/cases.xlsx")));
    REQUIRE_FALSE(nowhere.ok());
    CHECK(nowhere.error().message.contains(QStringLiteral("missing")));
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size() == 2);
}

TEST_CASE("a period's statistics as an Excel workbook: headline figures and every breakdown as numbers",
          "[export][xlsx][stats]")
{
    TestDatabase db;
    buildStatsFixture(db.connection());
    auto stats = StatisticsService::forUser(db.connection(), QStringLiteral("王主任"));
    REQUIRE(stats.ok());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("stats.xlsx"));
    REQUIRE(writeStatisticsXlsx(stats.value(), StatsPeriod::month(2026, 1), {}, path, QStringLiteral("2026-01")).ok());
    auto summary = stats->summary(StatsPeriod::month(2026, 1));
    REQUIRE(summary.ok());
    const QStringList measures = xlsxRows(path, 1);
    REQUIRE(measures.size() >= 3);
    CHECK(measures.at(2).startsWith(QStringLiteral("Complaints received|%1").arg(summary->current.received)));
    // One sheet per breakdown after the measures.
    const int sheets = int(allStatsDimensions().size()) + 1;
    CHECK_FALSE(xlsxPart(path, QStringLiteral("xl/worksheets/sheet%1.xml").arg(sheets)).isEmpty());
    CHECK(xlsxPart(path, QStringLiteral("xl/worksheets/sheet%1.xml").arg(sheets + 1)).isEmpty());
    auto categories = stats->breakdown(StatsDimension::Category, StatsPeriod::month(2026, 1));
    REQUIRE(categories.ok());
    REQUIRE_FALSE(categories->isEmpty());
    const QStringList byCategory = xlsxRows(path, 2);
    REQUIRE(byCategory.size() == categories->size() + 2);
    CHECK(byCategory.at(2).startsWith(
        QStringLiteral("%1|%2").arg(categories->first().label).arg(categories->first().received)));
}
