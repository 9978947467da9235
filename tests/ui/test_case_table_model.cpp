#include "catch_qt.h"
#include "test_support.h"

#include "case_table_model.h"
#include "demo/demo_generator.h"

#include <QAbstractItemModelTester>
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
