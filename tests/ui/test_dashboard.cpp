// The dashboard and the PDF report on the hand-worked statistics fixture.

#include "catch_qt.h"
#include "stats_fixture.h"
#include "test_support.h"

#include "case_table_model.h"
#include "dashboard/dashboard_tiles.h"
#include "dashboard/stats_charts.h"
#include "dashboard/dashboard_window.h"
#include "demo/demo_generator.h"
#include "filter_bar.h"
#include "followup/follow_up_service.h"
#include "main_window.h"
#include "reports/report_document.h"
#include "reports/report_pdf.h"
#include "stats/report_content.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFileInfo>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QValueAxis>
#include <QLineSeries>
#include <QPieSeries>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

using namespace casedesk;
using namespace casedesk::test;

namespace {

DashboardTile *tile(DashboardWindow *dashboard, const QString &key)
{
    for (DashboardTile *t : dashboard->tiles()) {
        if (t->key() == key)
            return t;
    }
    FAIL("no tile " << key.toStdString());
    return nullptr;
}

template <typename Series> Series *seriesOf(QChartView *view)
{
    for (QAbstractSeries *s : view->chart()->series()) {
        if (auto *found = qobject_cast<Series *>(s))
            return found;
    }
    FAIL("no such series");
    return nullptr;
}

} // namespace

TEST_CASE("the dashboard shows the period's figures and a click filters the case list", "[ui][dashboard]")
{
    TestDatabase db;
    buildStatsFixture(db.connection());
    MainWindow window(db.openAgain(), QStringLiteral("王主任"));
    window.show();
    DashboardWindow *dashboard = window.showDashboard();
    REQUIRE(dashboard);
    dashboard->setPeriod(StatsPeriod::month(2026, 1));
    CHECK(dashboard->errorText().isEmpty());

    CHECK(tile(dashboard, QStringLiteral("received"))->valueLabel()->text() == QStringLiteral("5"));
    CHECK(tile(dashboard, QStringLiteral("received"))->changeLabel()->text().contains(QStringLiteral("▲")));
    CHECK(tile(dashboard, QStringLiteral("received"))->changeLabel()->text().contains(QStringLiteral("+25.0%")));
    CHECK(tile(dashboard, QStringLiteral("resolutionRate"))->valueLabel()->text() == QStringLiteral("75.0%"));
    CHECK(tile(dashboard, QStringLiteral("resolutionRate"))->changeLabel()->text().contains(QStringLiteral("▼")));
    // Both resolution rates side by side, and accepted apart from received.
    CHECK(tile(dashboard, QStringLiteral("complaintResolutionRate"))->valueLabel()->text() == QStringLiteral("100.0%"));
    CHECK(tile(dashboard, QStringLiteral("accepted"))->valueLabel()->text() == QStringLiteral("3"));
    // Each says which it is: the published resolved ÷ accepted, CaseDesk's resolved ÷ closed.
    CHECK(tile(dashboard, QStringLiteral("complaintResolutionRate"))
              ->toolTip()
              .contains(QStringLiteral("÷ complaints accepted")));
    CHECK(tile(dashboard, QStringLiteral("resolutionRate"))->toolTip().contains(QStringLiteral("÷ cases closed")));
    CHECK(tile(dashboard, QStringLiteral("received"))->toolTip().contains(QStringLiteral("refused or returned")));
    CHECK(tile(dashboard, QStringLiteral("satisfactionRate"))->valueLabel()->text() == QStringLiteral("75.0%"));
    CHECK(tile(dashboard, QStringLiteral("recoveredFen"))->valueLabel()->text() == QStringLiteral("¥3,800.00"));

    // The category bars: 文化娱乐体育 (3) is the largest, drawn last (at the top).
    auto *categories = seriesOf<QHorizontalBarSeries>(dashboard->chartViews().at(1));
    REQUIRE(categories->barSets().size() == 1);
    QBarSet *set = categories->barSets().first();
    REQUIRE(set->count() == 2);
    CHECK(set->at(1) == 3.0);
    emit categories->clicked(1, set);
    CaseFilter filter = window.filterBar()->filter();
    CHECK(filter.categoryId == categoryIdByName(db.connection(), QStringLiteral("文化娱乐体育")));
    CHECK(filter.receivedFrom == QDate(2026, 1, 1));
    CHECK(filter.receivedTo == QDate(2026, 1, 31));
    CHECK(QTest::qWaitFor([&window] { return window.caseModel()->totalCount() == 3; }, 5000));
    CHECK(window.caseModel()->totalCount() == 3);

    // A month's bar of last year.
    auto *monthly = seriesOf<QBarSeries>(dashboard->chartViews().at(0));
    emit monthly->clicked(0, monthly->barSets().first()); // January 2025
    filter = window.filterBar()->filter();
    CHECK(filter.receivedFrom == QDate(2025, 1, 1));
    CHECK(filter.receivedTo == QDate(2025, 1, 31));
    CHECK_FALSE(filter.categoryId);

    // A channel slice.
    auto *channels = seriesOf<QPieSeries>(dashboard->chartViews().at(2));
    REQUIRE(channels->count() == 3);
    emit channels->clicked(channels->slices().at(0));
    filter = window.filterBar()->filter();
    REQUIRE(filter.channel);
    CHECK((*filter.channel == Channel::Platform12315 || *filter.channel == Channel::Hotline12345));
    CHECK(filter.receivedFrom == QDate(2026, 1, 1));

    // A point of the trend lines: its month.
    auto *trend = seriesOf<QLineSeries>(dashboard->chartViews().at(3));
    emit trend->clicked(QPointF(0.1, 75.0));
    filter = window.filterBar()->filter();
    CHECK(filter.receivedFrom == QDate(2026, 1, 1));
    CHECK_FALSE(filter.channel);

    // A business bar searches for the business's name.
    auto *businesses = seriesOf<QHorizontalBarSeries>(dashboard->chartViews().at(4));
    QBarSet *top = businesses->barSets().first();
    emit businesses->clicked(int(top->count()) - 1, top);
    CHECK(window.filterBar()->filter().text == QStringLiteral("悦动健身"));
}

TEST_CASE("an empty period shows dashes, not zeros or errors", "[ui][dashboard]")
{
    TestDatabase db;
    buildStatsFixture(db.connection());
    DashboardWindow dashboard(db.connection(), QStringLiteral("王主任"));
    dashboard.setPeriod(StatsPeriod::quarter(2024, 3));
    CHECK(dashboard.errorText().isEmpty());
    CHECK(tile(&dashboard, QStringLiteral("received"))->valueLabel()->text() == QStringLiteral("0"));
    CHECK(tile(&dashboard, QStringLiteral("resolutionRate"))->valueLabel()->text() == QStringLiteral("—"));
    CHECK(dashboard.period() == StatsPeriod::quarter(2024, 3));

    DashboardWindow stranger(db.connection(), QStringLiteral("无此人"));
    CHECK_FALSE(stranger.errorText().isEmpty());
}

TEST_CASE("the monthly report's PDF text holds the hand-worked figures", "[ui][report]")
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty()) {
        WARN("pdftotext (poppler-utils) is not installed: the PDF text is not checked");
        return;
    }
    TestDatabase db;
    buildStatsFixture(db.connection());
    auto stats = StatisticsService::forUser(db.connection(), QStringLiteral("王主任"));
    REQUIRE(stats.ok());
    REQUIRE(FollowUpService(db.connection())
                .markTypical(1, QStringLiteral("健身房闭店预付卡退费案"),
                             QStringLiteral("经调解，经营者退还剩余卡费2000元。"), QStringLiteral("李敏"),
                             QDateTime(QDate(2026, 1, 25), QTime(10, 0), QTimeZone(8 * 3600)))
                .ok());
    auto content = buildReport(db.connection(), stats.value(), StatsPeriod::month(2026, 1));
    REQUIRE(content.ok());
    const QString path = db.folder() + QStringLiteral("/2026-01.pdf");
    REQUIRE(writeReportPdf(content.value(), path).ok());

    QProcess process;
    process.start(pdftotext, {QStringLiteral("-layout"), path, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(60000));
    const QString text = QString::fromUtf8(process.readAllStandardOutput());
    // Headline figures with 同比 (January 2025) and 环比 (December 2025).
    for (const char *expected : {"Complaints received", "+25.0%", "+150.0%", "9,200.00", "+666.7%", "3,800.00",
                                 "+533.3%", "75.0%", "66.7%", "−25.0 pp", "−33.3 pp", "+100.0%", "+300.0%"}) {
        CAPTURE(expected);
        CHECK(text.contains(QString::fromUtf8(expected)));
    }
    // Tables: categories, districts, hot industries, typical case.
    CHECK(text.contains(QStringLiteral("Culture, entertainment and sports"))); // the tests run in English
    CHECK(text.contains(QStringLiteral("长宁区")));
    CHECK(text.contains(QStringLiteral("徐汇区")));
    CHECK(text.contains(QStringLiteral("60.0%")));
    CHECK(text.contains(QStringLiteral("悦动健身")));
    CHECK(text.contains(QStringLiteral("健身房闭店预付卡退费案")));
    CHECK(text.contains(QStringLiteral("区消费者权益保护委员会")));

    // A folder is not a file.
    CHECK_FALSE(writeReportPdf(content.value(), db.folder()).ok());
}

TEST_CASE("the dashboard's filters narrow every figure and carry over to the case list", "[ui][dashboard]")
{
    TestDatabase db;
    buildStatsFixture(db.connection());
    MainWindow window(db.openAgain(), QStringLiteral("王主任"));
    DashboardWindow *dashboard = window.showDashboard();
    dashboard->setPeriod(StatsPeriod::month(2026, 1));
    StatsFilter xuhui;
    xuhui.district = QStringLiteral("徐汇区");
    dashboard->setFilter(xuhui);
    CHECK(dashboard->filter().district == QStringLiteral("徐汇区"));
    CHECK(tile(dashboard, QStringLiteral("received"))->valueLabel()->text() == QStringLiteral("2"));
    CHECK(tile(dashboard, QStringLiteral("resolutionRate"))->valueLabel()->text() == QStringLiteral("50.0%"));

    // A click opens exactly the cases the chart counted; the district and another caseworker,
    // which the list has no box for, show on a button above it that takes them off.
    auto waitForCount = [&window](qint64 count) {
        CHECK(QTest::qWaitFor([&window, count] { return window.caseModel()->totalCount() == count; }, 5000));
        return window.caseModel()->totalCount();
    };
    auto *scope = window.filterBar()->findChild<QPushButton *>(QStringLiteral("scopeButton"));
    REQUIRE(scope != nullptr);
    emit seriesOf<QBarSeries>(dashboard->chartViews().at(0))
        ->clicked(0, seriesOf<QBarSeries>(dashboard->chartViews().at(0))->barSets().last());
    CHECK(window.filterBar()->filter().district == QStringLiteral("徐汇区"));
    CHECK(scope->isVisibleTo(window.filterBar()));
    CHECK(scope->text().contains(QStringLiteral("徐汇区")));
    CHECK(waitForCount(2) == 2);

    StatsFilter theirs = xuhui;
    theirs.caseworker = QStringLiteral("张强");
    dashboard->setFilter(theirs);
    CHECK(tile(dashboard, QStringLiteral("received"))->valueLabel()->text() == QStringLiteral("1"));
    emit seriesOf<QBarSeries>(dashboard->chartViews().at(0))
        ->clicked(0, seriesOf<QBarSeries>(dashboard->chartViews().at(0))->barSets().last());
    CHECK(window.filterBar()->filter().assignee == QStringLiteral("张强"));
    CHECK(scope->text().contains(QStringLiteral("张强")));
    CHECK(waitForCount(1) == 1);
    scope->click(); // every district and caseworker of January 2026 again
    CHECK(window.filterBar()->filter().district.isEmpty());
    CHECK(window.filterBar()->filter().assignee.isEmpty());
    CHECK_FALSE(scope->isVisibleTo(window.filterBar()));
    CHECK(waitForCount(5) == 5);

    StatsFilter hotline;
    hotline.channel = Channel::Hotline12345;
    dashboard->setFilter(hotline);
    CHECK(tile(dashboard, QStringLiteral("received"))->valueLabel()->text() == QStringLiteral("2"));
    auto *monthly = seriesOf<QBarSeries>(dashboard->chartViews().at(0));
    emit monthly->clicked(0, monthly->barSets().last()); // January 2026, 12345 only
    const CaseFilter filter = window.filterBar()->filter();
    CHECK(filter.channel == Channel::Hotline12345);
    CHECK(filter.receivedFrom == QDate(2026, 1, 1));
    CHECK(filter.district.isEmpty());
    CHECK(QTest::qWaitFor([&window] { return window.caseModel()->totalCount() == 2; }, 5000));
    CHECK(window.caseModel()->totalCount() == 2);
}

TEST_CASE("the print preview's document prints the report on a printer", "[ui][report]")
{
    TestDatabase db;
    buildStatsFixture(db.connection());
    auto stats = StatisticsService::forUser(db.connection(), QStringLiteral("王主任"));
    REQUIRE(stats.ok());
    auto content = buildReport(db.connection(), stats.value(), StatsPeriod::quarter(2026, 1));
    REQUIRE(content.ok());
    QPrinter printer(QPrinter::ScreenResolution); // as showReportPreview sets it up
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString path = db.folder() + QStringLiteral("/preview.pdf");
    printer.setOutputFileName(path);
    setUpA4(&printer);
    auto doc = reportDocument(content.value(), &printer);
    CHECK(doc->pageCount() >= 3); // cover, figures and charts, tables
    doc->print(&printer);
    CHECK(QFileInfo(path).size() > 10000);
}

TEST_CASE("a report whose charts fill their page has no blank page after them", "[ui][report]")
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty()) {
        WARN("pdftotext (poppler-utils) is not installed: the PDF's pages are not checked");
        return;
    }
    // The first-start demo's October 2026: its two charts end exactly at the foot of page 2.
    TestDatabase db;
    REQUIRE(generateDemoData(db.connection(), DemoOptions{3000, 20261123, QDate(2026, 11, 23), HashCost::CheapForTests})
                .ok());
    addTestUser(db.connection(), QStringLiteral("王主任"), Role::Supervisor);
    auto stats = StatisticsService::forUser(db.connection(), QStringLiteral("王主任"));
    REQUIRE(stats.ok());
    auto content = buildReport(db.connection(), stats.value(), StatsPeriod::month(2026, 10));
    REQUIRE(content.ok());
    const QString path = db.folder() + QStringLiteral("/2026-10.pdf");
    REQUIRE(writeReportPdf(content.value(), path).ok());
    QProcess process;
    process.start(pdftotext, {path, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(60000));
    // pdftotext ends each page with a form feed.
    QStringList pages = QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\f'));
    pages.removeLast();
    CHECK(pages.size() >= 4);
    for (int i = 0; i < pages.size(); ++i) {
        CAPTURE(i + 1);
        CHECK_FALSE(pages.at(i).trimmed().isEmpty());
    }
}

TEST_CASE("the rate trend's axis keeps a few readable labels when a month's rate passes 100%", "[ui][dashboard]")
{
    QList<MonthCounts> months;
    for (int month = 1; month <= 12; ++month) {
        MonthCounts m{month, {}};
        m.counts.received = 10;
        m.counts.finished = 10;
        m.counts.resolved = month == 12 ? 97 : 8; // December closes older cases: 970% of those accepted
        months.append(m);
    }
    std::unique_ptr<QChart> chart(rateTrendChart(QStringLiteral("t"), months));
    const auto axes = chart->axes(Qt::Vertical);
    REQUIRE(axes.size() == 1);
    auto *y = qobject_cast<QValueAxis *>(axes.first());
    REQUIRE(y);
    CHECK(y->max() >= 970.0);
    CHECK(y->tickCount() <= 7);
    CHECK(y->tickCount() >= 3);

    months.last().counts.resolved = 8; // an ordinary year: 0–100% in steps of 20
    std::unique_ptr<QChart> ordinary(rateTrendChart(QStringLiteral("t"), months));
    auto *y100 = qobject_cast<QValueAxis *>(ordinary->axes(Qt::Vertical).first());
    CHECK(y100->max() == 100.0);
    CHECK(y100->tickCount() == 6);
}
