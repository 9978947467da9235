// Two desks on one office server: each window shows the other's changes within two seconds,
// the user's selection kept (server step 6: LISTEN/NOTIFY).

#include "catch_qt.h"
#include "test_server.h"
#include "test_support.h"

#include "case_table_model.h"
#include "main_window.h"
#include "storage/complaint_repository.h"
#include "storage/sql_helpers.h"

#include <QElapsedTimer>
#include <QItemSelectionModel>
#include <QTableView>
#include <QTest>

using namespace casedesk;
using namespace casedesk::test;

namespace {

qint64 selectedCase(MainWindow &window)
{
    auto *table = window.findChild<QTableView *>(QStringLiteral("caseTableView"));
    const QModelIndex current = table->selectionModel()->currentIndex();
    return current.isValid() ? window.caseModel()->caseIdAt(current.row()) : 0;
}

QString assigneeShown(MainWindow &window, qint64 caseId)
{
    CaseTableModel *model = window.caseModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->caseIdAt(row) == caseId)
            return model->data(model->index(row, CaseTableModel::Assignee)).toString();
    }
    return {};
}

} // namespace

TEST_CASE("two windows on one server show each other's changes within two seconds", "[server-only][ui][live]")
{
    TestDatabase db;
    REQUIRE(db.onServer());
    const QSqlDatabase colleague = db.connection(); // a third desk, writing
    addTestUser(colleague, QStringLiteral("李敏"), Role::Caseworker);
    addTestUser(colleague, QStringLiteral("王强"), Role::Caseworker);
    auto first = ComplaintRepository(colleague).add(sampleComplaint(colleague), QStringLiteral("李敏"));
    REQUIRE(first.ok());

    MainWindow a(db.openAgain(), QStringLiteral("李敏"));
    MainWindow b(db.openAgain(), QStringLiteral("王强"));
    a.show();
    b.show();
    REQUIRE(QTest::qWaitForWindowExposed(&b));
    REQUIRE(a.caseModel()->rowCount() == 1);
    REQUIRE(b.caseModel()->rowCount() == 1);
    b.findChild<QTableView *>(QStringLiteral("caseTableView"))->selectRow(0);
    REQUIRE(selectedCase(b) == first->id);

    // A colleague registers a case: both windows list it, B still on the case it had selected.
    QElapsedTimer clock;
    clock.start();
    auto second = ComplaintRepository(colleague).add(sampleComplaint(colleague), QStringLiteral("李敏"));
    REQUIRE(second.ok());
    REQUIRE(QTest::qWaitFor([&] { return a.caseModel()->rowCount() == 2 && b.caseModel()->rowCount() == 2; }, 2000));
    CHECK(clock.elapsed() < 2000);
    CHECK(selectedCase(b) == first->id);

    // A colleague assigns the first case to another caseworker: B shows it without Refresh.
    REQUIRE(runQuery(colleague, QStringLiteral("UPDATE complaints SET assignee = ?, version = version + 1 WHERE id = ?"),
                     {QStringLiteral("王强"), first->id})
                .ok());
    REQUIRE(QTest::qWaitFor(
        [&] {
            return assigneeShown(a, first->id) == QStringLiteral("王强")
                   && assigneeShown(b, first->id) == QStringLiteral("王强");
        },
        2000));
    CHECK(selectedCase(b) == first->id);

    // A desk's own change is shown by the desk itself, not again by the notification; and a
    // change rolled back notifies nobody.
    const int before = b.caseModel()->rowCount();
    REQUIRE(runQuery(colleague, QStringLiteral("BEGIN")).ok());
    REQUIRE(runQuery(colleague, QStringLiteral("UPDATE complaints SET assignee = ? WHERE id = ?"),
                     {QStringLiteral("李敏"), first->id})
                .ok());
    REQUIRE(runQuery(colleague, QStringLiteral("ROLLBACK")).ok());
    QTest::qWait(600);
    CHECK(assigneeShown(b, first->id) == QStringLiteral("王强"));
    CHECK(b.caseModel()->rowCount() == before);

    // The server drops every desk's connection (as a restart would): the windows connect
    // again by themselves and go on showing colleagues' changes.
    const Complaint another = sampleComplaint(colleague);
    {
        RawConnection admin(db.path());
        admin.scalar(QStringLiteral("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                                    "WHERE datname = current_database() AND pid <> pg_backend_pid()"));
    }
    auto third = ComplaintRepository(colleague).add(another, QStringLiteral("李敏"));
    if (!third) // the colleague's own connection met the drop first; its next step connects again
        third = ComplaintRepository(colleague).add(another, QStringLiteral("李敏"));
    REQUIRE(third.ok());
    CHECK(QTest::qWaitFor([&] { return a.caseModel()->rowCount() == 3 && b.caseModel()->rowCount() == 3; }, 10000));
    CHECK(selectedCase(b) == first->id);
}
