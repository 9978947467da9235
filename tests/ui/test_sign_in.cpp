#include "catch_qt.h"
#include "test_support.h"

#include "notice_bar.h"

#include "case_pane.h"
#include "case_table_model.h"
#include "demo/demo_generator.h"
#include "idle_lock.h"
#include "intake/intake_form.h"
#include "main_window.h"
#include "auth/sign_in_service.h"
#include "settings/settings_dialog.h"
#include "settings/user_settings_page.h"
#include "sign_in_dialog.h"
#include "storage/audit_repository.h"
#include "storage/complaint_repository.h"
#include "validation/identifiers.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

using namespace casedesk;
using namespace casedesk::test;

TEST_CASE("the sign-in window accepts the right password only", "[ui][sign-in]")
{
    TestDatabase db;
    addTestUser(db.connection(), QStringLiteral("李敏"));
    SignInDialog dialog(db.connection(), QStringLiteral("李敏"));
    CHECK(dialog.nameBox()->currentText() == QStringLiteral("李敏"));
    CHECK(dialog.passwordEdit()->echoMode() == QLineEdit::Password);
    CHECK_FALSE(dialog.findChild<QLabel *>(QStringLiteral("demoHintLabel"))); // not a demo database

    dialog.passwordEdit()->setText(QStringLiteral("wrong-password"));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK_FALSE(dialog.problemBar()->isHidden());
    CHECK(dialog.problemBar()->text().contains(QStringLiteral("wrong")));
    CHECK(dialog.problemBar()->kind() == NoticeBar::Kind::Error); // the one inline message widget, not a red label
    CHECK(dialog.passwordEdit()->text().isEmpty()); // a refused password is not kept in the field

    dialog.passwordEdit()->setText(kTestPassword);
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.user().name == QStringLiteral("李敏"));
}

TEST_CASE("a demo database shows its published password on the sign-in window", "[ui][sign-in]")
{
    TestDatabase db;
    DemoOptions options{50, 3, QDate(2026, 3, 1)};
    options.passwordCost = HashCost::CheapForTests;
    REQUIRE(generateDemoData(db.connection(), options).ok());
    SignInDialog dialog(db.connection(), kDemoAdministrator);
    auto *hint = dialog.findChild<QLabel *>(QStringLiteral("demoHintLabel"));
    REQUIRE(hint);
    CHECK(hint->text().remove(QChar(0x2060)).contains(kDemoPassword)); // joined so it never breaks
    dialog.passwordEdit()->setText(kDemoPassword);
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.user().role == Role::Administrator);
}

TEST_CASE("the first administrator is set up with the password typed twice", "[ui][first-run]")
{
    TestDatabase db;
    FirstAdministratorDialog dialog(db.connection());
    dialog.nameEdit()->setText(QStringLiteral("管理员"));
    dialog.passwordEdit()->setText(QStringLiteral("admin-password"));
    dialog.repeatEdit()->setText(QStringLiteral("admin-passw0rd"));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.problemBar()->text().contains(QStringLiteral("differ")));
    dialog.passwordEdit()->setText(QStringLiteral("short"));
    dialog.repeatEdit()->setText(QStringLiteral("short"));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.problemBar()->text().contains(QStringLiteral("at least")));
    dialog.passwordEdit()->setText(QStringLiteral("admin-password"));
    dialog.repeatEdit()->setText(QStringLiteral("admin-password"));
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.user().role == Role::Administrator);
}

TEST_CASE("an idle desk locks: the cases are hidden until the password is entered", "[ui][lock]")
{
    TestDatabase db;
    addTestUser(db.connection(), QStringLiteral("李敏"));
    REQUIRE(ComplaintRepository(db.connection()).add(sampleComplaint(db.connection()), QStringLiteral("李敏")).ok());
    MainWindow window(db.openAgain(), QStringLiteral("李敏"));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CHECK(window.idleLock()->minutes() == 10); // the default

    QWidget other; // another open window, e.g. the due list
    other.resize(300, 200);
    other.show();
    bool hiddenWhileLocked = false;
    bool otherCovered = false;
    int attempts = 0;
    // The lock screen is modal: answer it from the event loop, first wrongly, then rightly.
    std::function<void()> answer = [&] {
        auto *dialog = qobject_cast<SignInDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            QTimer::singleShot(20, &window, answer);
            return;
        }
        hiddenWhileLocked = !window.centralWidget()->isVisible() && window.isLocked();
        auto *cover = other.findChild<QWidget *>(QStringLiteral("lockCover"));
        otherCovered = cover && cover->isVisible() && cover->geometry() == other.rect();
        dialog->passwordEdit()->setText(++attempts == 1 ? QStringLiteral("wrong-password") : kTestPassword);
        dialog->accept();
        if (dialog->result() != QDialog::Accepted)
            QTimer::singleShot(20, &window, answer);
    };
    QTimer::singleShot(20, &window, answer);
    emit window.idleLock()->idle();
    CHECK(hiddenWhileLocked);
    CHECK(otherCovered);
    CHECK_FALSE(other.findChild<QWidget *>(QStringLiteral("lockCover")));
    CHECK(attempts == 2);
    CHECK_FALSE(window.isLocked());
    CHECK(window.centralWidget()->isVisible());
    CHECK(window.currentUserName() == QStringLiteral("李敏"));
}

TEST_CASE("details mask phone and ID; a supervisor's Show is logged; minors are flagged", "[ui][privacy]")
{
    TestDatabase db;
    addTestUser(db.connection(), QStringLiteral("李敏"));
    addTestUser(db.connection(), QStringLiteral("王主任"), Role::Supervisor);
    Complaint minor = sampleComplaint(db.connection());
    const QString first17 = QStringLiteral("110105") + QDate::currentDate().addYears(-10).toString(QStringLiteral("yyyyMMdd")) +
                            QStringLiteral("123");
    minor.consumer.idNumber = first17 + residentIdCheckDigit(first17);
    auto added = ComplaintRepository(db.connection()).add(minor, QStringLiteral("李敏"));
    REQUIRE(added.ok());

    MainWindow window(db.openAgain(), QStringLiteral("李敏"));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.caseTable()->selectRow(0);
    // The list shows the phone masked.
    CHECK(window.caseModel()->index(0, CaseTableModel::Phone).data().toString() == QStringLiteral("138****5678"));
    auto *detail = window.findChild<QTextBrowser *>(QStringLiteral("caseDetailView"));
    REQUIRE(detail);
    QString html = detail->toHtml();
    CHECK(html.contains(QStringLiteral("138****5678")));
    CHECK_FALSE(html.contains(QStringLiteral("13812345678")));
    CHECK_FALSE(html.contains(minor.consumer.idNumber));
    CHECK_FALSE(html.contains(QStringLiteral("reveal:")));
    CHECK(detail->toPlainText().contains(QStringLiteral("Minor (under 14)")));
    CHECK_FALSE(window.casePane()->reveal(PersonalField::Phone).ok()); // a caseworker may not

    REQUIRE(window.setCurrentUser(QStringLiteral("王主任")));
    window.casePane()->showCase(added->id);
    CHECK(detail->toHtml().contains(QStringLiteral("reveal:phone")));
    auto phone = window.casePane()->reveal(PersonalField::Phone);
    REQUIRE(phone.ok());
    CHECK(phone.value() == QStringLiteral("13812345678"));
    CHECK(detail->toPlainText().contains(QStringLiteral("13812345678")));
    const auto audit = AuditRepository(db.connection()).history(added->id).value();
    CHECK(audit.last().action == QStringLiteral("revealed"));
    CHECK(audit.last().actor == QStringLiteral("王主任"));

    // Another case shown: the revealed value does not follow.
    window.casePane()->showCase(0);
    window.casePane()->showCase(added->id);
    CHECK_FALSE(detail->toPlainText().contains(QStringLiteral("13812345678")));
}

TEST_CASE("the intake form flags a minor as the ID number is typed", "[ui][privacy][intake]")
{
    IntakeForm form;
    form.show();
    const QString first17 = QStringLiteral("310105") + QDate::currentDate().addYears(-8).toString(QStringLiteral("yyyyMMdd")) +
                            QStringLiteral("456");
    form.idNumberEdit()->setText(first17 + residentIdCheckDigit(first17));
    CHECK(form.minorFlag()->isVisible());
    form.idNumberEdit()->setText(QStringLiteral("11010519491231002X"));
    CHECK_FALSE(form.minorFlag()->isVisible());
}

TEST_CASE("an administrator manages users in Settings; others do not see the page", "[ui][users]")
{
    TestDatabase db;
    addTestUser(db.connection(), QStringLiteral("管理员"), Role::Administrator);
    addTestUser(db.connection(), QStringLiteral("王主任"), Role::Supervisor);
    UserSettingsPage page(db.connection(), QStringLiteral("管理员"), HashCost::CheapForTests);
    CHECK(page.userTable()->rowCount() == 2);
    CHECK_FALSE(page.addUser(QStringLiteral("李敏"), Role::Caseworker, QStringLiteral("short")).ok());
    CHECK(page.notice()->text().contains(QStringLiteral("at least")));
    CHECK(page.notice()->kind() == NoticeBar::Kind::Error);
    REQUIRE(page.addUser(QStringLiteral("李敏"), Role::Caseworker, QStringLiteral("limin-password")).ok());
    CHECK(page.userTable()->rowCount() == 3);
    CHECK(SignInService(db.connection()).signIn(QStringLiteral("李敏"), QStringLiteral("limin-password")).ok());
    REQUIRE(page.setRole(QStringLiteral("李敏"), Role::Supervisor).ok());
    REQUIRE(page.resetPassword(QStringLiteral("李敏"), QStringLiteral("another-password")).ok());
    CHECK(SignInService(db.connection()).signIn(QStringLiteral("李敏"), QStringLiteral("another-password")).ok());
    REQUIRE(page.setActive(QStringLiteral("李敏"), false).ok());
    CHECK_FALSE(page.setActive(QStringLiteral("管理员"), false).ok()); // the only administrator stays

    // A supervisor's page refuses every change (the core checks, not only the missing tab).
    UserSettingsPage notMine(db.connection(), QStringLiteral("王主任"), HashCost::CheapForTests);
    CHECK(notMine.addUser(QStringLiteral("张三"), Role::Caseworker, QStringLiteral("zhang-password")).error().code ==
          ErrorCode::Forbidden);
    SettingsDialog supervisorSettings(db.connection(), QStringLiteral("王主任"));
    CHECK_FALSE(supervisorSettings.findChild<UserSettingsPage *>());
    SettingsDialog adminSettings(db.connection(), QStringLiteral("管理员"));
    CHECK(adminSettings.findChild<UserSettingsPage *>());
}

TEST_CASE("a user changes their own password after proving the current one", "[ui][sign-in]")
{
    TestDatabase db;
    addTestUser(db.connection(), QStringLiteral("李敏"));
    ChangePasswordDialog dialog(db.connection(), QStringLiteral("李敏"), HashCost::CheapForTests);
    dialog.currentEdit()->setText(QStringLiteral("not-the-password"));
    dialog.newEdit()->setText(QStringLiteral("a-new-password"));
    dialog.repeatEdit()->setText(QStringLiteral("a-new-password"));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.problemBar()->text().contains(QStringLiteral("wrong")));
    dialog.currentEdit()->setText(kTestPassword);
    dialog.repeatEdit()->setText(QStringLiteral("a-new-passwordX"));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    dialog.currentEdit()->setText(kTestPassword);
    dialog.repeatEdit()->setText(QStringLiteral("a-new-password"));
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(SignInService(db.connection()).signIn(QStringLiteral("李敏"), QStringLiteral("a-new-password")).ok());
}

TEST_CASE("a new database: the first administrator set up is the one who works", "[ui][first-run]")
{
    TestDatabase db;
    QTimer::singleShot(50, [] {
        auto *dialog = qobject_cast<FirstAdministratorDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        dialog->nameEdit()->setText(QStringLiteral("管理员"));
        dialog->passwordEdit()->setText(QStringLiteral("admin-password"));
        dialog->repeatEdit()->setText(QStringLiteral("admin-password"));
        dialog->accept();
    });
    const auto user = signInTo(db.connection(), QString());
    REQUIRE(user);
    CHECK(user->name == QStringLiteral("管理员"));
    CHECK(user->role == Role::Administrator);
    CHECK_FALSE(SignInService(db.connection()).needsFirstAdministrator().value());
}
