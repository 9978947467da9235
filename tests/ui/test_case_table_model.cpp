#include "catch_qt.h"
#include "test_support.h"

#include "case_table_model.h"
#include "demo/demo_generator.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>

#include <memory>

using namespace casedesk;
using namespace casedesk::test;

namespace {

qint64 waitForCount(CaseTableModel &model)
{
    QSignalSpy spy(&model, &CaseTableModel::totalCountChanged);
    for (int i = 0; i < 100 && model.totalCount() < 0; ++i)
        spy.wait(100);
    return model.totalCount();
}

// The tester fetches pages itself. A new one is attached after each reset: Qt 6.4's tester
// runs its checks (and so fetchMore) from modelReset before noting that the reset ended,
// and then takes the fetched rows for a change nested inside the reset.
std::unique_ptr<QAbstractItemModelTester> attachTester(CaseTableModel &model)
{
    return std::make_unique<QAbstractItemModelTester>(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
}

double amountAt(const CaseTableModel &model, int row)
{
    return model.data(model.index(row, CaseTableModel::Amount)).toString().remove(QLatin1Char(',')).toDouble();
}

} // namespace

TEST_CASE("the case model loads pages on demand and passes the model tester", "[ui][model]")
{
    TestDatabase db;
    REQUIRE(generateDemoData(db.connection(), DemoOptions{700, 3, QDate(2026, 3, 1)}).ok());
    CaseTableModel model(db.connection(), db.path());
    CHECK(model.rowCount() == CaseTableModel::kPageSize); // only the first page is loaded
    CHECK(model.canFetchMore({}));
    CHECK(waitForCount(model) == 700);

    auto tester = attachTester(model);
    while (model.canFetchMore({}))
        model.fetchMore({});
    CHECK(model.rowCount() == 700);

    // Newest first by default; the display shows labels and yuan.
    const QString newest = model.data(model.index(0, CaseTableModel::ReceivedAt)).toString();
    const QString oldest = model.data(model.index(699, CaseTableModel::ReceivedAt)).toString();
    CHECK(newest > oldest);
    CHECK(model.data(model.index(0, CaseTableModel::Amount)).toString().contains(QLatin1Char('.')));
    CHECK(model.headerData(CaseTableModel::Business, Qt::Horizontal).toString() == QStringLiteral("Business"));

    tester.reset();
    model.sort(CaseTableModel::Amount, Qt::AscendingOrder);
    CHECK(model.rowCount() == CaseTableModel::kPageSize);
    tester = attachTester(model);
    CHECK(amountAt(model, 0) <= amountAt(model, 1));
    for (int row = 1; row < model.rowCount(); ++row)
        REQUIRE(amountAt(model, row - 1) <= amountAt(model, row));

    tester.reset();
    CaseFilter filter;
    filter.status = CaseStatus::Closed;
    model.setFilter(filter);
    tester = attachTester(model);
    const qint64 closed = waitForCount(model);
    CHECK(closed > 0);
    CHECK(closed < 700);
    for (int row = 0; row < model.rowCount(); ++row)
        CHECK(model.data(model.index(row, CaseTableModel::Status)).toString() == QStringLiteral("Closed"));

    tester.reset();
    filter.text = QStringLiteral("no such text anywhere 无此内容");
    model.setFilter(filter);
    tester = attachTester(model);
    CHECK(model.rowCount() == 0);
    CHECK_FALSE(model.canFetchMore({}));
    CHECK(waitForCount(model) == 0);
}

namespace {

// What the view shows of a row: every column's text and the case id.
QStringList shownRow(const CaseTableModel &model, int row)
{
    QStringList cells;
    for (int column = 0; column < CaseTableModel::ColumnCount; ++column)
        cells << model.data(model.index(row, column)).toString();
    cells << QString::number(model.data(model.index(row, 0), Qt::UserRole).toLongLong());
    return cells;
}

void generateCases(TestDatabase &db, int cases)
{
    DemoOptions options;
    options.cases = cases;
    options.seed = 7;
    options.until = QDate(2026, 3, 1);
    options.passwordCost = HashCost::CheapForTests;
    REQUIRE(generateDemoData(db.connection(), options).ok());
}

} // namespace

TEST_CASE("the case model holds a bounded number of pages and loads dropped pages again unchanged", "[ui][model]")
{
    constexpr int kCases = 4321; // 22 pages, the last one short
    TestDatabase db;
    generateCases(db, kCases);
    CaseTableModel model(db.connection(), db.path());

    // Scroll the way a view does: fetch at the bottom, show the new rows.
    QList<QStringList> shown;
    for (int row = 0; row < model.rowCount(); ++row)
        shown.append(shownRow(model, row));
    while (model.canFetchMore({})) {
        const int firstNew = model.rowCount();
        model.fetchMore({});
        for (int row = firstNew; row < model.rowCount(); ++row)
            shown.append(shownRow(model, row));
        REQUIRE(model.loadedPageCount() <= CaseTableModel::kMaxLoadedPages);
    }
    REQUIRE(model.rowCount() == kCases);
    CHECK(model.loadedPageCount() == CaseTableModel::kMaxLoadedPages);

    // Every case once, newest first across every page boundary.
    QSet<QString> ids;
    for (int row = 0; row < kCases; ++row) {
        ids.insert(shown.at(row).last());
        if (row > 0)
            REQUIRE(shown.at(row - 1).at(CaseTableModel::ReceivedAt) >= shown.at(row).at(CaseTableModel::ReceivedAt));
    }
    CHECK(ids.size() == kCases);

    // The first page was dropped long ago: asking for it loads it again, the same rows.
    for (int row = 0; row < CaseTableModel::kPageSize; ++row)
        REQUIRE(shownRow(model, row) == shown.at(row));
    CHECK(model.loadedPageCount() == CaseTableModel::kMaxLoadedPages);
    // Jumping about (Ctrl+End, Ctrl+Home, a drag of the scroll bar) never holds more.
    for (int row : {kCases - 1, 5, 2500, 1999, 2000, 17, kCases - 200, 3333}) {
        REQUIRE(shownRow(model, row) == shown.at(row));
        REQUIRE(model.loadedPageCount() <= CaseTableModel::kMaxLoadedPages);
    }
    // caseIdAt() on a dropped page, as the main window asks for the selected row.
    for (int row = 0; row < kCases; row += 97) {
        REQUIRE(model.caseIdAt(row) == shown.at(row).last().toLongLong());
        REQUIRE(model.loadedPageCount() <= CaseTableModel::kMaxLoadedPages);
    }
    CHECK(model.caseIdAt(kCases) == 0);
    CHECK(model.caseIdAt(-1) == 0);
    CHECK_FALSE(model.data(model.index(0, 0), Qt::DecorationRole).isValid());

    // The tester reads every row (attached only now: while it is attached, a fetchMore() of
    // ours makes it fetch from inside our insertion, see attachTester()).
    {
        auto tester = attachTester(model);
        CHECK(model.loadedPageCount() <= CaseTableModel::kMaxLoadedPages);
    }

    // reload() starts again from one page and forgets the others.
    model.reload();
    CHECK(model.rowCount() == CaseTableModel::kPageSize);
    CHECK(model.loadedPageCount() == 1);
    CHECK(shownRow(model, 0) == shown.at(0));
}

TEST_CASE("sorting and filtering stay right over pages loaded again", "[ui][model]")
{
    constexpr int kCases = 3100;
    TestDatabase db;
    generateCases(db, kCases);
    CaseTableModel model(db.connection(), db.path());

    model.sort(CaseTableModel::Amount, Qt::AscendingOrder);
    while (model.canFetchMore({}))
        model.fetchMore({});
    REQUIRE(model.rowCount() == kCases);
    // Read from the top again: most of these pages were dropped and come back in order.
    QSet<qint64> ids;
    for (int row = 0; row < kCases; ++row) {
        ids.insert(model.caseIdAt(row));
        if (row > 0)
            REQUIRE(amountAt(model, row - 1) <= amountAt(model, row));
    }
    CHECK(ids.size() == kCases);
    CHECK(model.loadedPageCount() <= CaseTableModel::kMaxLoadedPages);

    // Largest first: the first row now is the last row before.
    const qint64 smallestId = model.caseIdAt(0);
    const qint64 largestId = model.caseIdAt(kCases - 1);
    model.sort(CaseTableModel::Amount, Qt::DescendingOrder);
    while (model.canFetchMore({}))
        model.fetchMore({});
    CHECK(model.caseIdAt(0) == largestId);
    CHECK(model.caseIdAt(kCases - 1) == smallestId);

    CaseFilter filter;
    filter.status = CaseStatus::Closed;
    model.setFilter(filter);
    const qint64 closed = waitForCount(model);
    REQUIRE(closed > 2 * CaseTableModel::kPageSize);
    while (model.canFetchMore({}))
        model.fetchMore({});
    CHECK(model.rowCount() == closed);
    for (int row = 0; row < model.rowCount(); ++row) {
        REQUIRE(model.data(model.index(row, CaseTableModel::Status)).toString() == QStringLiteral("Closed"));
        if (row > 0)
            REQUIRE(amountAt(model, row - 1) >= amountAt(model, row));
    }
}

TEST_CASE("a dropped page shows the case as it is now, and one it cannot load is reported once", "[ui][model]")
{
    TestDatabase db;
    generateCases(db, 3000);
    auto desk = db.openAgain(); // the model's own connection, closed below
    CaseTableModel model(desk->connection(), db.path());
    waitForCount(model);
    while (model.canFetchMore({}))
        model.fetchMore({});
    REQUIRE(model.rowCount() == 3000);

    // Changed by another window while its page was dropped: shown as changed (the sort key,
    // the received time, is the same, so the row stays where it was).
    const qint64 firstId = model.caseIdAt(0);
    execOrFail(db.connection(), QStringLiteral("UPDATE complaints SET amount_fen = 123456 WHERE id = %1").arg(firstId));
    while (model.canFetchMore({}))
        model.fetchMore({});
    for (int row = 2999; row >= 2999 - CaseTableModel::kMaxLoadedPages * CaseTableModel::kPageSize; row -= 50)
        (void)model.caseIdAt(row); // the first page is dropped again
    CHECK(model.data(model.index(0, CaseTableModel::Amount)).toString() == QStringLiteral("1,234.56"));
    CHECK(model.caseIdAt(0) == firstId);

    // The connection is gone: the rows of dropped pages are empty, and the failure is reported
    // once, after the paint that asked for them, not once per cell.
    for (int row = 2999; row >= 2999 - CaseTableModel::kMaxLoadedPages * CaseTableModel::kPageSize; row -= 50)
        (void)model.caseIdAt(row);
    QSignalSpy failed(&model, &CaseTableModel::loadFailed);
    QSqlDatabase connection = desk->connection();
    connection.close();
    for (int row = 0; row < 2 * CaseTableModel::kPageSize; ++row)
        REQUIRE_FALSE(model.data(model.index(row, CaseTableModel::CaseNumber)).isValid());
    CHECK(model.caseIdAt(1) == 0);
    CHECK(failed.isEmpty());
    failed.wait(500);
    CHECK(failed.count() == 1);
    CHECK(model.loadedPageCount() <= CaseTableModel::kMaxLoadedPages);

    // Until Refresh the database is not asked again; afterwards the list is whole again.
    REQUIRE(connection.open());
    CHECK_FALSE(model.data(model.index(0, CaseTableModel::CaseNumber)).isValid());
    model.reload();
    CHECK(model.caseIdAt(0) == firstId);
    CHECK(model.data(model.index(0, CaseTableModel::Amount)).toString() == QStringLiteral("1,234.56"));
}

TEST_CASE("the case count is never blank: 'at least' at once for a large result, exact at once for a small one",
          "[ui][model]")
{
    TestDatabase db;
    REQUIRE(generateDemoData(db.connection(), DemoOptions{1200, 3, QDate(2026, 3, 1), HashCost::CheapForTests}).ok());
    CaseTableModel model(db.connection(), db.path());
    // Right after the constructor, before the worker's count can have been delivered.
    CHECK(model.totalCount() == -1);
    CHECK(model.countAtLeast() == CaseTableModel::kQuickCount);
    CHECK(waitForCount(model) == 1200);

    CaseFilter filter;
    filter.channel = Channel::Letter; // a rare channel
    model.setFilter(filter);
    const qint64 letters = model.totalCount(); // no waiting
    CHECK(letters >= 0);
    CHECK(letters < CaseTableModel::kQuickCount);
    CHECK(waitForCount(model) == letters);
}
