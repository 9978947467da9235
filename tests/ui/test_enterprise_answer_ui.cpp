#include "catch_qt.h"
#include "test_support.h"

#include "case_pane.h"
#include "enterprises/enterprise_agreement_dialog.h"
#include "enterprises/enterprise_answer_dialog.h"
#include "main_window.h"
#include "notice_bar.h"
#include "storage/business_repository.h"
#include "storage/complaint_repository.h"
#include "storage/user_repository.h"
#include "workflow/case_transition_service.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTest>

using namespace casedesk;
using namespace casedesk::test;

TEST_CASE("the enterprise's answer on a forwarded case: offered only then, a settlement closes the case",
          "[ui][enterprises]")
{
    TestDatabase db;
    const QString worker = QStringLiteral("李敏");
    REQUIRE(UserRepository(db.connection()).add(worker, Role::Caseworker).ok());
    auto added = ComplaintRepository(db.connection()).add(sampleComplaint(db.connection()), worker,
                                                          QDateTime::currentDateTime().addDays(-10));
    REQUIRE(added.ok());
    for (CaseStatus to : {CaseStatus::Accepted, CaseStatus::ForwardedToEnterprise}) {
        TransitionRequest request{added->id, to, {}, {}, QDateTime::currentDateTime().addDays(-5), std::nullopt};
        REQUIRE(CaseTransitionService(db.connection()).transition(request, worker).ok());
    }

    MainWindow window(db.openAgain());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(window.setCurrentUser(worker));
    window.caseTable()->selectRow(0);
    auto *button = window.findChild<QPushButton *>(QStringLiteral("enterpriseAnswerButton"));
    REQUIRE(button);
    CHECK(button->isVisible());
    CHECK(button->isEnabled());

    EnterpriseAnswerDialog dialog(db.connection(), added->id, added->caseNumber, worker);
    dialog.amountEdit()->setText(QStringLiteral("1200"));
    CHECK_FALSE(dialog.save()); // what was settled: missing
    CHECK(dialog.notice()->kind() == NoticeBar::Kind::Error);
    dialog.textEdit()->setPlainText(QStringLiteral("退还剩余会员费"));
    dialog.amountEdit()->setText(QStringLiteral("一千二"));
    CHECK_FALSE(dialog.save());
    dialog.amountEdit()->setText(QStringLiteral("1,200"));
    REQUIRE(dialog.save());
    auto complaint = ComplaintRepository(db.connection()).get(added->id);
    REQUIRE(complaint.ok());
    CHECK(complaint->status == CaseStatus::Closed);
    CHECK(complaint->recoveredFen == 120000);

    window.casePane()->showCase(added->id);
    QCoreApplication::processEvents();
    CHECK_FALSE(button->isVisible()); // closed: nothing to answer
}

TEST_CASE("the complaint-network agreement of a business, saved from Businesses", "[ui][enterprises]")
{
    TestDatabase db;
    const QString boss = QStringLiteral("王主任");
    REQUIRE(UserRepository(db.connection()).add(boss, Role::Supervisor).ok());
    auto added = ComplaintRepository(db.connection()).add(sampleComplaint(db.connection()), boss, fixedNow());
    REQUIRE(added.ok());
    EnterpriseAgreementDialog dialog(db.connection(), added->business.id, added->business.name, 0, boss);
    dialog.signedOnEdit()->setDate(QDate::currentDate().addDays(-30));
    dialog.contactEdit()->setText(QStringLiteral("刘经理"));
    dialog.odrBox()->setChecked(true);
    dialog.endedBox()->setChecked(true);
    dialog.endedOnEdit()->setDate(QDate::currentDate().addDays(-40)); // before the signing: refused
    CHECK_FALSE(dialog.save());
    CHECK(dialog.notice()->kind() == NoticeBar::Kind::Error);
    dialog.endedBox()->setChecked(false);
    REQUIRE(dialog.save());
    CHECK(BusinessRepository(db.connection()).get(added->business.id)->networked);

    // Opened again, it shows what was saved.
    EnterpriseAgreementDialog again(db.connection(), added->business.id, added->business.name, 0, boss);
    CHECK(again.contactEdit()->text() == QStringLiteral("刘经理"));
    CHECK(again.odrBox()->isChecked());
    CHECK_FALSE(again.endedBox()->isChecked());
}
