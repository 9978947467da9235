#include "catch_qt.h"
#include "test_support.h"
#include "xlsx_reading.h"

#include "background_work.h"
#include "deadlines/due_list.h"
#include "due_list_dialog.h"
#include "demo/demo_generator.h"
#include "storage/sql_helpers.h"
#include "storage/user_repository.h"
#include "warning/alert_list_dialog.h"
#include "warning/warning_service.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace casedesk;
using namespace casedesk::test;

namespace {

// Presses Cancel on the progress window once it has appeared.
void cancelWhenShown(QWidget *window)
{
    auto *poll = new QTimer(window);
    QObject::connect(poll, &QTimer::timeout, window, [window, poll] {
        auto *progress = window->findChild<QProgressDialog *>(QStringLiteral("workProgressDialog"));
        if (progress && progress->isVisible()) {
            poll->stop();
            auto *cancel = progress->findChild<QPushButton *>();
            REQUIRE(cancel);
            cancel->click(); // what the user does (QProgressDialog::cancel() alone does not signal)
        }
    });
    poll->start(20);
}

} // namespace

TEST_CASE("the early-warning list is found on a worker: the window opens at once and fills later", "[ui][warning]")
{
    TestDatabase db;
    REQUIRE(generateDemoData(db.connection(), DemoOptions{2000, 20261123, QDate(2026, 6, 1), HashCost::CheapForTests})
                .ok());
    const auto expected = WarningService(db.connection()).alerts();
    REQUIRE(expected.ok());
    REQUIRE_FALSE(expected->isEmpty());

    AlertListDialog dialog(db.connection(), QStringLiteral("李敏"));
    QSignalSpy loaded(&dialog, &AlertListDialog::loaded);
    // The constructor returned without computing anything: the list arrives through the event loop.
    CHECK(dialog.isLoading());
    CHECK(dialog.table()->rowCount() == 0);
    CHECK(loaded.count() == 0);
    REQUIRE(loaded.wait(20000));
    CHECK_FALSE(dialog.isLoading());
    REQUIRE(dialog.table()->rowCount() == expected->size());
    CHECK(dialog.table()->item(0, 0)->text() == expected->first().businessName);

    // Reloading twice quickly shows only the latest answer, once.
    loaded.clear();
    dialog.reload();
    dialog.reload();
    REQUIRE(loaded.wait(20000));
    REQUIRE(QTest::qWaitFor([&dialog] { return !dialog.isLoading(); }, 20000)); // the older load has ended too
    CHECK(loaded.count() == 1);
    CHECK(dialog.table()->rowCount() == expected->size());
}

TEST_CASE("the due list is worked out on a worker: the window opens at once and fills later", "[ui][deadlines]")
{
    TestDatabase db;
    REQUIRE(generateDemoData(db.connection(), DemoOptions{800, 7, QDate(2026, 6, 1), HashCost::CheapForTests}).ok());
    const auto expected = dueSoonOrOverdue(db.connection(), QDateTime::currentDateTime(), 3);
    REQUIRE(expected.ok());
    REQUIRE_FALSE(expected->isEmpty());

    DueListDialog dialog(db.connection(), QString()); // no user: every caseworker's cases
    QSignalSpy loaded(&dialog, &DueListDialog::loaded);
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("dueTableWidget"));
    REQUIRE(table);
    CHECK(table->rowCount() == 0); // nothing computed on the window's thread
    CHECK(loaded.count() == 0);
    REQUIRE(loaded.wait(20000));
    REQUIRE(table->rowCount() == expected->size());
    CHECK(table->item(0, 0)->text() == expected->first().caseNumber);

    // Changing the window twice quickly shows only the latest answer, once.
    loaded.clear();
    dialog.refresh();
    dialog.refresh();
    REQUIRE(loaded.wait(20000));
    REQUIRE(QTest::qWaitFor([&dialog] { return !dialog.isLoading(); }, 20000)); // the older load has ended too
    CHECK(loaded.count() == 1);
    CHECK(table->rowCount() == expected->size());
}

TEST_CASE("a long due list opens on its most urgent page and shows all when asked", "[ui][deadlines]")
{
    TestDatabase db;
    // Half a year after the last case: every open case's deadlines are long overdue.
    REQUIRE(generateDemoData(db.connection(), DemoOptions{9000, 11, QDate(2026, 6, 1), HashCost::CheapForTests}).ok());
    const auto whole = dueSoonOrOverdue(db.connection(), QDateTime::currentDateTime(), 3);
    REQUIRE(whole.ok());
    REQUIRE(whole->size() > DueListDialog::kPageRows);

    DueListDialog dialog(db.connection(), QString());
    QSignalSpy loaded(&dialog, &DueListDialog::loaded);
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("dueTableWidget"));
    auto *showAll = dialog.findChild<QPushButton *>(QStringLiteral("dueShowAllButton"));
    REQUIRE(table);
    REQUIRE(showAll);
    REQUIRE(loaded.wait(20000));
    CHECK(table->rowCount() == DueListDialog::kPageRows);
    CHECK(table->item(0, 0)->text() == whole->first().caseNumber);
    CHECK(table->item(DueListDialog::kPageRows - 1, 0)->text() == whole->at(DueListDialog::kPageRows - 1).caseNumber);
    CHECK(showAll->isVisibleTo(&dialog));
    CHECK(showAll->text().contains(QLocale().toString(whole->size())));

    loaded.clear();
    showAll->click();
    REQUIRE(loaded.wait(20000));
    CHECK(table->rowCount() == whole->size());
    CHECK_FALSE(showAll->isVisibleTo(&dialog));

    // Another window starts from a page again.
    loaded.clear();
    dialog.findChild<QSpinBox *>()->setValue(5);
    REQUIRE(loaded.wait(20000));
    CHECK(table->rowCount() == DueListDialog::kPageRows);
    CHECK(showAll->isVisibleTo(&dialog));

    // The Excel export holds every line, not only the page shown, with the complainants' names masked.
    const auto within5 = dueSoonOrOverdue(db.connection(), QDateTime::currentDateTime(), 5);
    REQUIRE(within5.ok());
    QTemporaryDir dir;
    const QString xlsx = dir.filePath(QStringLiteral("due.xlsx"));
    REQUIRE(dialog.exportWorkbook(xlsx).ok());
    const QStringList rows = xlsxRows(xlsx);
    REQUIRE(rows.size() == within5->size() + 2);
    CHECK(rows.at(2).startsWith(within5->first().caseNumber + QLatin1Char('|')));
    const QString all = rows.join(QLatin1Char('\n'));
    for (const DueItem &item : within5.value()) {
        if (!item.consumerName.isEmpty())
            CHECK_FALSE(all.contains(item.consumerName));
    }
}

TEST_CASE("work with progress runs on its own connection and returns its value", "[ui][background]")
{
    TestDatabase db;
    QWidget window;
    window.show();
    auto counted = runWithProgress<qint64>(
        &window, WorkOptions{QStringLiteral("t"), QStringLiteral("counting"), db.path(), true},
        std::function([main = db.connection().connectionName()](WorkContext &work) -> Result<qint64> {
            if (work.db.connectionName() == main)
                return Error{ErrorCode::Storage, QStringLiteral("ran on the window's connection"), {}};
            auto n = queryScalar(work.db, QStringLiteral("SELECT count(*) FROM categories"));
            if (!n)
                return n.error();
            return n->toLongLong();
        }));
    REQUIRE(counted.ok());
    CHECK(counted.value() == rowCount(db.connection(), QStringLiteral("categories")));
}

TEST_CASE("Cancel stops a long statement on the worker and its writes are rolled back", "[ui][background]")
{
    TestDatabase db;
    QWidget window;
    window.show();
    cancelWhenShown(&window);
    QElapsedTimer timer;
    timer.start();
    const Status ran = runWithProgress(
        &window, WorkOptions{QStringLiteral("t"), QStringLiteral("writing"), db.path(), true}, [](WorkContext &work) -> Status {
            Transaction transaction(work.db);
            if (auto started = transaction.begin(); !started)
                return started;
            if (auto written = runQuery(work.db, QStringLiteral("INSERT INTO settings(key, value) VALUES ('half', 'done')"));
                !written)
                return Status(written.error());
            // Minutes of work unless interrupted.
            auto slow = runQuery(work.db, QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                                                         "WHERE i < 300000000) SELECT count(*) FROM n"));
            if (!slow)
                return Status(slow.error());
            return transaction.commit();
        });
    REQUIRE_FALSE(ran.ok());
    CHECK(ran.error().code == ErrorCode::Cancelled);
    CHECK(timer.elapsed() < 15000);
    CHECK(queryScalar(db.connection(), QStringLiteral("SELECT count(*) FROM settings WHERE key = 'half'"))->toInt() == 0);
}
