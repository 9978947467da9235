// The report a director signs: the written summary on the first page (editable before
// saving), Chinese dates in Chinese, headings kept with what follows, table headers repeated
// on every page, "top N" said as such, and no developer's paths.

#include "catch_qt.h"
#include "stats_fixture.h"
#include "test_support.h"

#include "demo/demo_generator.h"
#include "dashboard/dashboard_window.h"
#include "enterprises/quarterly_notice.h"
#include "reports/notice_document.h"
#include "storage/sql_helpers.h"
#include "reports/report_document.h"
#include "reports/report_pdf.h"
#include "reports/report_summary_dialog.h"
#include "stats/report_content.h"
#include "stats/report_summary.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QPlainTextEdit>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>
#include <QMenu>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTranslator>

using namespace casedesk;
using namespace casedesk::test;

namespace {

ReportContent fixtureReport(const TestDatabase &db, const StatsPeriod &period)
{
    auto stats = StatisticsService::forUser(db.connection(), QStringLiteral("王主任"));
    REQUIRE(stats.ok());
    auto content = buildReport(db.connection(), stats.value(), period, {},
                               QDateTime(QDate(2026, 12, 4), QTime(9, 0)));
    REQUIRE(content.ok());
    return content.value();
}

// The text of each page of a PDF (pdftotext ends each page with a form feed); empty without
// poppler-utils.
QStringList pdfPages(const QString &path)
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        return {};
    QProcess process;
    process.start(pdftotext, {QStringLiteral("-layout"), path, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(60000));
    QStringList pages = QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\f'));
    pages.removeLast();
    return pages;
}

int pageOf(const QTextDocument &doc, const QTextBlock &block)
{
    return int(doc.documentLayout()->blockBoundingRect(block).top() / doc.pageSize().height());
}

} // namespace

TEST_CASE("the report opens with a written summary the supervisor can reword", "[ui][report]")
{
    TestDatabase db;
    buildStatsFixture(db.connection());
    ReportContent content = fixtureReport(db, StatsPeriod::month(2026, 1));
    REQUIRE(content.summaryParagraphs.size() == 4);

    ReportSummaryDialog dialog(content.summaryParagraphs);
    CHECK(dialog.paragraphs() == content.summaryParagraphs);
    dialog.editor()->setPlainText(QStringLiteral("本月投诉量平稳。\n\n请各街道关注预付卡纠纷。"));
    CHECK(dialog.paragraphs() ==
          QStringList{QStringLiteral("本月投诉量平稳。"), QStringLiteral("请各街道关注预付卡纠纷。")});
    dialog.findChild<QPushButton *>(QStringLiteral("restoreSummaryButton"))->click();
    CHECK(dialog.paragraphs() == content.summaryParagraphs);

    // What was edited is what the document prints, on its first page, above the signature.
    content.summaryParagraphs = {QStringLiteral("本月投诉量平稳。"), QStringLiteral("请各街道关注预付卡纠纷。")};
    const QString path = db.folder() + QStringLiteral("/2026-01.pdf");
    REQUIRE(writeReportPdf(content, path).ok());
    const QStringList pages = pdfPages(path);
    if (pages.isEmpty()) {
        WARN("pdftotext (poppler-utils) is not installed: the PDF text is not checked");
        return;
    }
    CHECK(pages.first().contains(QStringLiteral("本月投诉量平稳。")));
    CHECK(pages.first().contains(QStringLiteral("请各街道关注预付卡纠纷。")));
    CHECK(pages.first().contains(QStringLiteral("Approved for release")));
    CHECK(pages.first().contains(QStringLiteral("Summary")));
    const QString all = pages.join(QLatin1Char('\n'));
    CHECK_FALSE(all.contains(QStringLiteral("docs/")));
    CHECK_FALSE(all.contains(QStringLiteral(".md")));
    CHECK(all.contains(QStringLiteral("Complaint resolution rate")));
    CHECK(all.contains(QStringLiteral("Resolution rate of closed cases")));
    CHECK(all.contains(QStringLiteral("Complaints accepted")));
    CHECK(all.contains(QStringLiteral("Top 5 categories by growth")));
    CHECK(all.contains(QStringLiteral("Top 10 businesses by number of complaints")));
}

TEST_CASE("the generated summary's figures are the ones the PDF's tables print", "[ui][report]")
{
    TestDatabase db;
    buildStatsFixture(db.connection());
    const ReportContent content = fixtureReport(db, StatsPeriod::month(2026, 1));
    const QString path = db.folder() + QStringLiteral("/2026-01.pdf");
    REQUIRE(writeReportPdf(content, path).ok());
    const QStringList pages = pdfPages(path);
    if (pages.isEmpty()) {
        WARN("pdftotext (poppler-utils) is not installed: the PDF text is not checked");
        return;
    }
    const QString summaryPage = pages.first().simplified();
    const QString tables = pages.mid(1).join(QLatin1Char('\n'));
    for (const MeasureLine &line : content.measures) {
        CAPTURE(line.key, line.value);
        CHECK(tables.contains(line.value)); // the headline table
    }
    for (const char *figure : {": 5, up 25.0%", "up 150.0%", "¥9,200.00", "¥3,800.00", "100.0%", "75.0%",
                               "(3 of 4)"}) {
        CAPTURE(figure);
        CHECK(summaryPage.contains(QString::fromUtf8(figure)));
    }
}

TEST_CASE("Chinese reports carry Chinese dates", "[ui][report]")
{
    QTranslator chinese;
    REQUIRE(chinese.load(QStringLiteral(CASEDESK_QM_DIR "/casedesk_zh_CN.qm")));
    QCoreApplication::installTranslator(&chinese);
    TestDatabase db;
    buildStatsFixture(db.connection());
    const ReportContent content = fixtureReport(db, StatsPeriod::month(2026, 1));
    const QString html = reportPages(content).html;
    QCoreApplication::removeTranslator(&chinese);
    CHECK(html.contains(QStringLiteral("2026年1月1日")));
    CHECK(html.contains(QStringLiteral("2026年1月31日")));
    CHECK(html.contains(QStringLiteral("2026年12月4日"))); // prepared
    CHECK_FALSE(html.contains(QStringLiteral("2026-01-01")));
    CHECK(content.summaryParagraphs.first().contains(QStringLiteral("同比上升25.0%")));
    CHECK(html.contains(QStringLiteral("投诉解决率")));
    CHECK(html.contains(QStringLiteral("办结解决率")));
}

TEST_CASE("headings stay with what follows and long tables repeat their header", "[ui][report]")
{
    // The first-start demo's October: a report of several pages with long tables.
    TestDatabase db;
    REQUIRE(generateDemoData(db.connection(), DemoOptions{3000, 20261123, QDate(2026, 11, 23), HashCost::CheapForTests})
                .ok());
    addTestUser(db.connection(), QStringLiteral("王主任"), Role::Supervisor);
    const ReportContent content = fixtureReport(db, StatsPeriod::month(2026, 10));
    QPrinter printer(QPrinter::ScreenResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(db.folder() + QStringLiteral("/preview.pdf"));
    setUpA4(&printer);
    auto doc = reportDocument(content, &printer);
    REQUIRE(doc->pageCount() >= 4);

    int headings = 0;
    int tables = 0;
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        if (QTextTable *table = QTextCursor(block).currentTable()) {
            if (table->cellAt(0, 0).firstCursorPosition().block() == block) {
                ++tables;
                CHECK(table->format().headerRowCount() == 1); // repeated at the top of each page
            }
            continue;
        }
        if (block.blockFormat().headingLevel() == 0)
            continue;
        ++headings;
        const QTextBlock next = block.next();
        REQUIRE(next.isValid());
        QTextBlock follow = next;
        if (QTextTable *table = QTextCursor(next).currentTable())
            follow = table->cellAt(std::min(1, table->rows() - 1), 0).firstCursorPosition().block();
        CAPTURE(block.text().toStdString());
        CHECK(pageOf(*doc, block) == pageOf(*doc, follow));
    }
    CHECK(headings >= 9);
    CHECK(tables >= 6);
}

TEST_CASE("the report lists the money recovered above the amount involved: twenty rows, then how many more",
          "[ui][report][recovered]")
{
    TestDatabase db;
    buildStatsFixture(db.connection());
    ReportContent content = fixtureReport(db, StatsPeriod::month(2026, 1));
    {
        const QString html = reportPages(content).html;
        CHECK(html.contains(QStringLiteral("9. Money recovered above the amount involved")));
        CHECK(html.contains(QStringLiteral("No case closed in this period recovered more than its amount involved.")));
    }
    for (int i = 1; i <= 25; ++i)
        content.recoveredAbove.append(
            RecoveredAboveAmount{i, QStringLiteral("长宁-2026-9%1").arg(i, 5, 10, QLatin1Char('0')), 100000,
                                 100000 + (26 - i) * 1000, i % 2 == 0});
    QPrinter printer(QPrinter::ScreenResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(db.folder() + QStringLiteral("/above.pdf"));
    setUpA4(&printer);
    auto doc = reportDocument(content, &printer);
    const QString text = doc->toPlainText();
    CHECK(text.contains(QStringLiteral("And 5 more.")));
    CHECK(text.contains(QStringLiteral("长宁-2026-900020")));
    CHECK_FALSE(text.contains(QStringLiteral("长宁-2026-900021")));
    // Its table: a header row repeated on every page, then the first twenty cases.
    QTextTable *above = nullptr;
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        if (QTextTable *table = QTextCursor(block).currentTable();
            table && table->cellAt(1, 0).firstCursorPosition().block().text() == QStringLiteral("长宁-2026-900001"))
            above = table;
    }
    REQUIRE(above);
    CHECK(above->format().headerRowCount() == 1);
    CHECK(above->rows() == 21);
    CHECK(above->cellAt(1, 3).firstCursorPosition().block().text() == QStringLiteral("250.00")); // above by ¥250
}

TEST_CASE("the quarterly notice on the networked enterprises prints in Chinese like the reports", "[ui][report][notice]")
{
    QTranslator chinese;
    REQUIRE(chinese.load(QStringLiteral(CASEDESK_QM_DIR "/casedesk_zh_CN.qm")));
    QCoreApplication::installTranslator(&chinese);
    TestDatabase db;
    REQUIRE(generateDemoData(db.connection(), DemoOptions{3000, 5, QDate(2026, 10, 20), HashCost::CheapForTests}).ok());
    const QString boss =
        queryScalar(db.connection(), QStringLiteral("SELECT name FROM users WHERE role = 'supervisor'"))->toString();
    auto notice = buildQuarterlyNotice(db.connection(), StatsPeriod::quarter(2026, 3), boss,
                                       QDateTime(QDate(2026, 10, 20), QTime(9, 0)));
    REQUIRE(notice.ok());
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("notice.pdf"));
    const Status written = writeNoticePdf(notice.value(), pdf);
    QCoreApplication::removeTranslator(&chinese);
    REQUIRE(written.ok());
    REQUIRE(notice->total.forwarded > 0);
    const QStringList pages = pdfPages(pdf);
    if (pages.isEmpty())
        return; // no poppler-utils
    REQUIRE(pages.size() >= 2);
    for (const QString &page : pages)
        CHECK_FALSE(page.trimmed().isEmpty());
    const QString first = pages.first();
    CHECK(first.contains(QStringLiteral("2026年第三季度投诉联网企业处理消费者投诉情况通报")));
    CHECK(first.contains(QStringLiteral("2026年7月1日至2026年9月30日")));
    CHECK(first.contains(QStringLiteral("先行和解率")));
    CHECK(first.contains(QStringLiteral("签发（签名）")));
    const QString rest = pages.mid(1).join(QLatin1Char('\n'));
    CHECK(rest.contains(QStringLiteral("一、联网企业先行和解率排名")));
    CHECK(rest.contains(QStringLiteral("合计")));
    CHECK(rest.contains(QStringLiteral("二、投诉较多的行业")));
    CHECK(rest.contains(notice->enterprises.first().name.left(4)));
}

TEST_CASE("the dashboard offers the quarterly notice as a preview, a PDF and a workbook, and every table in Excel",
          "[ui][report][notice]")
{
    TestDatabase db;
    DashboardWindow window(db.connection(), QStringLiteral("王主任"));
    auto *button = window.findChild<QToolButton *>(QStringLiteral("noticeToolButton"));
    REQUIRE(button);
    REQUIRE(button->menu());
    CHECK(button->menu()->actions().size() == 3);
    // Every table of the period in one Excel workbook, beside the CSV tables.
    auto *exports = window.findChild<QToolButton *>(QStringLiteral("exportCsvToolButton"));
    REQUIRE(exports);
    REQUIRE(exports->menu());
    const QList<QAction *> actions = exports->menu()->actions();
    CHECK(std::any_of(actions.cbegin(), actions.cend(),
                      [](const QAction *a) { return a->text() == QStringLiteral("Excel Workbook, Every Table..."); }));
}
