#include "catch_qt.h"
#include "test_support.h"

#include "case_pane.h"
#include "case_table_model.h"
#include "demo/demo_generator.h"
#include "domain/roles.h"
#include "help/about_dialog.h"
#include "help/user_guide_window.h"
#include "main_window.h"
#include "notice_bar.h"
#include "sign_in_dialog.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QToolButton>

// What a new user meets first: the demo notice, the sign-in list, the window at 1366×768.

using namespace casedesk;
using namespace casedesk::test;

namespace {

void makeDemo(const TestDatabase &db)
{
    DemoOptions options{200, 5, QDate(2026, 3, 1)};
    options.passwordCost = HashCost::CheapForTests;
    REQUIRE(generateDemoData(db.connection(), options).ok());
}

} // namespace

TEST_CASE("the sign-in list shows each user's role", "[ui][sign-in][first-start]")
{
    TestDatabase db;
    addTestUser(db.connection(), QStringLiteral("李敏"), Role::Caseworker);
    addTestUser(db.connection(), QStringLiteral("王主任"), Role::Supervisor);
    SignInDialog dialog(db.connection(), QStringLiteral("李敏"));
    QComboBox *names = dialog.nameBox();
    const int supervisor = names->findText(QStringLiteral("王主任"));
    REQUIRE(supervisor >= 0);
    CHECK(names->itemData(supervisor, Qt::UserRole + 1).toString() == labelOf(Role::Supervisor));
    CHECK(names->currentText() == QStringLiteral("李敏")); // the field keeps the bare name
}

TEST_CASE("the demo notice stays at every start until it is closed", "[ui][mainwindow][first-start]")
{
    TestDatabase db;
    makeDemo(db);
    auto noticeOf = [](MainWindow &window) {
        auto *bar = window.findChild<NoticeBar *>(QStringLiteral("noticeBar"));
        REQUIRE(bar);
        return bar;
    };
    {
        MainWindow window(db.openAgain());
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        NoticeBar *bar = noticeOf(window);
        CHECK(bar->isVisible());
        CHECK(bar->text().contains(QStringLiteral("demo database")));
    }
    {
        MainWindow window(db.openAgain()); // the second start: still the demo, still said
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        NoticeBar *bar = noticeOf(window);
        REQUIRE(bar->isVisible());
        auto *close = bar->findChild<QToolButton *>();
        REQUIRE(close);
        QTest::mouseClick(close, Qt::LeftButton);
        CHECK_FALSE(bar->isVisible());
    }
    MainWindow window(db.openAgain()); // closed once: not shown again for this file
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CHECK_FALSE(noticeOf(window)->isVisible());
}

TEST_CASE("at 1366x768 every case tab and every list column is in view", "[ui][mainwindow][first-start]")
{
    TestDatabase db;
    makeDemo(db);
    MainWindow window(db.openAgain());
    window.resize(1366, 768);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *tabs = window.casePane()->findChild<QTabWidget *>(QStringLiteral("caseTabWidget"));
    REQUIRE(tabs);
    QTabBar *bar = tabs->tabBar();
    for (int i = 0; i < bar->count(); ++i) {
        INFO(bar->tabText(i).toStdString());
        CHECK(bar->rect().contains(bar->tabRect(i)));
    }
    QHeaderView *header = window.caseTable()->horizontalHeader();
    QTest::qWait(200);
    QStringList sizes;
    for (int i = 0; i < header->count(); ++i)
        sizes << QString::number(header->sectionSize(i));
    INFO(sizes.join(QLatin1Char(' ')).toStdString() << " / " << window.caseTable()->viewport()->width());
    REQUIRE(QTest::qWaitFor([&] { return header->length() <= window.caseTable()->viewport()->width(); }));
    CHECK(header->sectionSize(CaseTableModel::Assignee) > 30);
}

TEST_CASE("F1 opens the user guide inside the program at the section for the window in front", "[ui][help]")
{
    TestDatabase db;
    makeDemo(db);
    MainWindow window(db.openAgain());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    QTest::keyClick(&window, Qt::Key_F1);
    UserGuideWindow *guide = nullptr;
    REQUIRE(QTest::qWaitFor([&] {
        guide = window.findChild<UserGuideWindow *>(QStringLiteral("userGuideWindow"));
        return guide && guide->isVisible();
    }));
    CHECK(guide->section() == QStringLiteral("main"));
    QTextBrowser *browser = guide->browser();
    // The guide is there in full, offline (a built-in resource), with its pictures.
    CHECK(browser->toPlainText().contains(QStringLiteral("The main window")));
    CHECK(browser->toPlainText().contains(QStringLiteral("Backup and restore")));
    CHECK_FALSE(browser->document()
                    ->resource(QTextDocument::ImageResource, QUrl(QStringLiteral("main-window-zh.png")))
                    .isNull());
    // The section's heading is at the top of the view.
    const QTextBlock top = browser->cursorForPosition(QPoint(4, 4)).block();
    CHECK(top.text().startsWith(QStringLiteral("The main window")));

    // From the registration form, F1 opens 接听登记's section (Taking a complaint).
    QWidget intake;
    intake.setObjectName(QStringLiteral("intakeDialog"));
    CHECK(guideSectionFor(&intake) == QStringLiteral("intake"));
    REQUIRE(guide->showSection(QStringLiteral("intake")));
    CHECK(browser->cursorForPosition(QPoint(4, 4)).block().text().startsWith(QStringLiteral("Taking a complaint")));
    // Every section has its heading in the guide.
    for (const char *key : {"main", "intake", "decision", "mediation", "prepaid", "court", "followup", "statistics",
                            "backup", "settings"})
        CHECK(guide->showSection(QString::fromLatin1(key)));
}

TEST_CASE("Help > About names the versions and licences of CaseDesk and what it carries", "[ui][help]")
{
    TestDatabase db;
    AboutDialog about(db.connection());
    const QString html = about.html();
    for (const char *part : {"GPL-3.0-or-later", "Qt", "SQLite", "libsodium", "WenQuanYi Micro Hei", "holiday-cn",
                             "Apache", "MIT License"})
        CHECK(html.contains(QString::fromLatin1(part)));
    CHECK(html.contains(QString::fromLatin1(qVersion())));
}
