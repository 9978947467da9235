#include "catch_qt.h"
#include "test_support.h"

#include "case_history_view.h"
#include "case_pane.h"
#include "first_contact_dialog.h"
#include "main_window.h"
#include "notice_bar.h"
#include "storage/complaint_repository.h"
#include "storage/user_repository.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace casedesk;
using namespace casedesk::test;

TEST_CASE("First Contact... on the case pane records the first call once and the history says it",
          "[ui][firstcontact]")
{
    TestDatabase db;
    const QString worker = QStringLiteral("李敏");
    REQUIRE(UserRepository(db.connection()).add(worker, Role::Caseworker).ok());
    const QDateTime received = QDateTime::currentDateTime().addSecs(-3 * 3600);
    Complaint complaint = sampleComplaint(db.connection());
    complaint.receivedAt = received;
    auto added = ComplaintRepository(db.connection()).add(complaint, worker, received);
    REQUIRE(added.ok());

    MainWindow window(db.openAgain());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(window.setCurrentUser(worker));
    window.caseTable()->selectRow(0);
    auto *button = window.findChild<QPushButton *>(QStringLiteral("firstContactButton"));
    REQUIRE(button);
    CHECK(button->isVisible());
    CHECK(button->isEnabled());

    FirstContactDialog dialog(db.connection(), added->id, added->caseNumber, worker);
    dialog.atEdit()->setMaximumDateTime(QDateTime::currentDateTime().addDays(1)); // to type a wrong time
    dialog.atEdit()->setDateTime(received.addSecs(-3600));
    CHECK_FALSE(dialog.save()); // before the complaint came in
    CHECK(dialog.notice()->kind() == NoticeBar::Kind::Error);
    dialog.atEdit()->setDateTime(received.addSecs(1800));
    dialog.methodBox()->setCurrentIndex(dialog.methodBox()->findData(QStringLiteral("phone")));
    dialog.noteEdit()->setText(QStringLiteral("告知已登记"));
    REQUIRE(dialog.save());
    auto saved = ComplaintRepository(db.connection()).get(added->id);
    REQUIRE(saved.ok());
    CHECK(saved->firstContactMethod == QStringLiteral("phone"));

    window.casePane()->showCase(added->id);
    QCoreApplication::processEvents();
    CHECK_FALSE(button->isVisible()); // recorded: once per case
    auto *history = window.findChild<CaseHistoryView *>(QStringLiteral("caseHistoryView"));
    REQUIRE(history);
    CHECK(history->toPlainText().contains(
        QStringLiteral("Complainant contacted · First contact: By phone, %1 (告知已登记)")
            .arg(received.addSecs(1800).toString(QStringLiteral("yyyy-MM-dd HH:mm")))));
}
