#include "catch_qt.h"
#include "test_support.h"

#include "case_table_model.h"
#include "demo/demo_generator.h"
#include "filter_bar.h"
#include "main_window.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTextBrowser>
#include <QTest>

using namespace casedesk;
using namespace casedesk::test;

namespace {

void waitForCount(CaseTableModel *model)
{
    CHECK(QTest::qWaitFor([model] { return model->totalCount() >= 0; }, 5000));
}

} // namespace

TEST_CASE("the main window opens on a database and the filter bar changes the rows shown", "[ui][mainwindow]")
{
    TestDatabase db;
    REQUIRE(generateDemoData(db.connection(), DemoOptions{500, 8, QDate(2026, 3, 1)}).ok());
    MainWindow window(db.openAgain());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    CaseTableModel *model = window.caseModel();
    QTableView *table = window.findChild<QTableView *>(QStringLiteral("caseTableView"));
    REQUIRE(table);
    REQUIRE(table->model() == model);
    waitForCount(model);
    CHECK(model->totalCount() == 500);
    auto *countLabel = window.findChild<QLabel *>(QStringLiteral("countLabel"));
    REQUIRE(countLabel);
    CHECK(countLabel->text().contains(QStringLiteral("500")));

    // Choosing a status in the combo box filters the list.
    auto *status = window.findChild<QComboBox *>(QStringLiteral("statusComboBox"));
    REQUIRE(status);
    status->setCurrentIndex(status->findData(QStringLiteral("closed")));
    waitForCount(model);
    const qint64 closed = model->totalCount();
    CHECK(closed > 0);
    CHECK(closed < 500);
    for (int row = 0; row < model->rowCount(); ++row)
        CHECK(model->data(model->index(row, CaseTableModel::Status)).toString() == QStringLiteral("Closed"));

    // Typing a case number (its year and serial: QTest types ASCII only) finds just that case.
    const QString caseNumber = model->data(model->index(0, CaseTableModel::CaseNumber)).toString();
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchLineEdit"));
    REQUIRE(search);
    search->setFocus();
    QTest::keyClicks(search, caseNumber.mid(caseNumber.indexOf(QLatin1Char('-')) + 1));
    QTest::keyClick(search, Qt::Key_Return);
    waitForCount(model);
    CHECK(model->totalCount() == 1);
    REQUIRE(model->rowCount() == 1);
    CHECK(model->data(model->index(0, CaseTableModel::CaseNumber)).toString() == caseNumber);

    // Selecting it shows its details.
    table->selectRow(0);
    auto *detail = window.findChild<QTextBrowser *>(QStringLiteral("caseDetailView"));
    REQUIRE(detail);
    CHECK(detail->toPlainText().contains(caseNumber));

    window.filterBar()->clear();
    waitForCount(model);
    CHECK(model->totalCount() == 500);
}

TEST_CASE("the main window scrolls a long list to its end and back, holding only a few pages", "[ui][mainwindow]")
{
    constexpr int kCases = 3000;
    TestDatabase db;
    DemoOptions options;
    options.cases = kCases;
    options.until = QDate(2026, 3, 1);
    options.passwordCost = HashCost::CheapForTests;
    REQUIRE(generateDemoData(db.connection(), options).ok());
    MainWindow window(db.openAgain());
    window.resize(1100, 700);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CaseTableModel *model = window.caseModel();
    auto *table = window.findChild<QTableView *>(QStringLiteral("caseTableView"));
    REQUIRE(table);
    CHECK(table->verticalHeader()->sectionResizeMode(0) == QHeaderView::Fixed);
    const QString firstCase = model->data(model->index(0, CaseTableModel::CaseNumber)).toString();

    // The view fetches the next page whenever its scroll bar reaches the bottom.
    for (int i = 0; i < 100 && model->canFetchMore({}); ++i) {
        const int before = model->rowCount();
        table->scrollToBottom();
        CHECK(QTest::qWaitFor([model, before] { return model->rowCount() > before || !model->canFetchMore({}); }, 5000));
        (void)table->grab(); // paints the rows shown
        REQUIRE(model->loadedPageCount() <= CaseTableModel::kMaxLoadedPages);
    }
    CHECK_FALSE(model->canFetchMore({}));
    REQUIRE(model->rowCount() == kCases);

    // The last case shows its details; back at the top the first page is loaded again.
    table->selectRow(kCases - 1);
    const QString lastCase = model->data(model->index(kCases - 1, CaseTableModel::CaseNumber)).toString();
    auto *detail = window.findChild<QTextBrowser *>(QStringLiteral("caseDetailView"));
    REQUIRE(detail);
    CHECK(detail->toPlainText().contains(lastCase));
    table->scrollToTop();
    (void)table->grab();
    CHECK(table->indexAt(QPoint(1, 1)).row() == 0);
    CHECK(model->data(table->indexAt(QPoint(1, 1)).siblingAtColumn(CaseTableModel::CaseNumber)).toString() == firstCase);
    CHECK(model->loadedPageCount() <= CaseTableModel::kMaxLoadedPages);
    CHECK(detail->toPlainText().contains(lastCase));
    CHECK(table->selectionModel()->currentIndex().row() == kCases - 1);
}
