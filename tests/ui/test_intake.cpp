#include "catch_qt.h"
#include "test_support.h"

#include "case_table_model.h"
#include "deadlines/deadline_rules.h"
#include "intake/intake_dialog.h"
#include "intake/intake_form.h"
#include "main_window.h"
#include "storage/complaint_repository.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

using namespace casedesk;
using namespace casedesk::test;

namespace {

template <typename W>
W *field(QWidget *dialog, const char *name)
{
    auto *widget = dialog->findChild<W *>(QLatin1String(name));
    REQUIRE(widget);
    return widget;
}

QLabel *problemLabel(QWidget *dialog, const char *fieldName)
{
    return field<QLabel>(dialog, (QByteArray(fieldName) + "Problem").constData());
}

// Fills every required element the way a caseworker would, field by field.
void fillComplaint(QWidget *dialog, const QSqlDatabase &db)
{
    auto *phone = field<QLineEdit>(dialog, "consumer.phone");
    phone->setFocus();
    QTest::keyClicks(phone, QStringLiteral("13912345678"));
    QTest::keyClick(phone, Qt::Key_Return); // Enter moves on
    field<QLineEdit>(dialog, "consumer.name")->setText(QStringLiteral("王芳"));
    field<QLineEdit>(dialog, "consumer.address")->setText(QStringLiteral("上海市长宁区天山路200弄3号"));
    field<QLineEdit>(dialog, "business.name")->setText(QStringLiteral("优学教育培训中心（长宁店）"));
    field<QLineEdit>(dialog, "business.address")->setText(QStringLiteral("上海市长宁区长宁路1000号"));
    auto *category = field<QComboBox>(dialog, "category");
    category->setCurrentIndex(category->findData(categoryIdByName(db, QStringLiteral("教育培训"))));
    REQUIRE(category->currentIndex() > 0);
    QTest::keyClicks(field<QLineEdit>(dialog, "amount"), QStringLiteral("6800"));
    field<QPlainTextEdit>(dialog, "demand")->setPlainText(QStringLiteral("要求退还剩余课时费6800元"));
    field<QPlainTextEdit>(dialog, "facts")->setPlainText(QStringLiteral("培训机构突然停课，无法联系。"));
}

} // namespace

TEST_CASE("registering a complaint through the form puts it in the list", "[ui][intake]")
{
    TestDatabase db;
    addTestUser(db.connection(), QStringLiteral("李敏"));
    MainWindow window(db.openAgain(), QStringLiteral("李敏"));
    window.show();
    QAction *action = window.findChild<QAction *>(QStringLiteral("registerComplaintAction"));
    REQUIRE(action);
    action->trigger();
    auto *dialog = window.findChild<IntakeDialog *>(QStringLiteral("intakeDialog"));
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));

    // Nothing filled: each required element says what is missing, and nothing is saved.
    CHECK_FALSE(dialog->registerComplaint());
    CHECK(problemLabel(dialog, "consumer.name")->isVisible());
    CHECK(problemLabel(dialog, "consumer.phone")->text().contains(QStringLiteral("phone")));
    CHECK(problemLabel(dialog, "demand")->isVisible());
    CHECK(rowCount(db.connection(), QStringLiteral("complaints")) == 0);

    fillComplaint(dialog, db.connection());
    // A wrong ID number is caught with the check-digit message.
    field<QLineEdit>(dialog, "consumer.idNumber")->setText(QStringLiteral("110101199003074478"));
    CHECK_FALSE(dialog->registerComplaint());
    CHECK(problemLabel(dialog, "consumer.idNumber")->text().contains(QStringLiteral("last character")));
    CHECK_FALSE(problemLabel(dialog, "consumer.name")->isVisible());
    field<QLineEdit>(dialog, "consumer.idNumber")->setText(QStringLiteral("110101199003074477"));

    auto *registerButton = field<QPushButton>(dialog, "registerButton");
    QTest::mouseClick(registerButton, Qt::LeftButton);
    REQUIRE(rowCount(db.connection(), QStringLiteral("complaints")) == 1);

    // The new case is selected in the list and shown.
    CaseTableModel *model = window.caseModel();
    const QModelIndex current = window.caseTable()->selectionModel()->currentIndex();
    REQUIRE(current.isValid());
    const Complaint stored = ComplaintRepository(db.connection()).get(model->caseIdAt(current.row())).value();
    CHECK(stored.consumer.name == QStringLiteral("王芳"));
    CHECK(stored.amountFen == 680000);
    CHECK(stored.consumer.idNumber == QStringLiteral("110101199003074477"));
    auto *detail = window.findChild<QTextBrowser *>(QStringLiteral("caseDetailView"));
    CHECK(detail->toPlainText().contains(stored.caseNumber));
    // with its due dates: accepting or refusing is due within 7 working days
    CHECK(detail->toPlainText().contains(labelOf(DeadlineKind::Accept)));
    CHECK(detail->toPlainText().contains(QStringLiteral("working day")));
}

TEST_CASE("the form keeps a draft, recognises a returning complainant and warns of a duplicate", "[ui][intake]")
{
    TestDatabase db;
    addTestUser(db.connection(), QStringLiteral("t"));
    const Complaint earlier = sampleComplaint(db.connection());
    Complaint recent = earlier;
    recent.receivedAt = QDateTime::currentDateTime().addDays(-3);
    recent.incidentDate = recent.receivedAt.date().addDays(-10);
    REQUIRE(ComplaintRepository(db.connection()).add(recent, QStringLiteral("t")).ok());

    {
        IntakeDialog dialog(db.connection(), db.path(), QStringLiteral("t"));
        dialog.show();
        dialog.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&dialog));
        auto *phone = field<QLineEdit>(&dialog, "consumer.phone");
        phone->setFocus();
        QTest::keyClicks(phone, earlier.consumer.phone);
        QTest::keyClick(phone, Qt::Key_Tab); // leaving the field looks the number up
        CHECK(field<QLineEdit>(&dialog, "consumer.name")->text() == earlier.consumer.name);
        CHECK(field<QLabel>(&dialog, "consumerHint")->isVisible());
        field<QPlainTextEdit>(&dialog, "demand")->setPlainText(QStringLiteral("草稿里的诉求"));
        dialog.reject(); // closing keeps the draft
    }
    {
        IntakeDialog dialog(db.connection(), db.path(), QStringLiteral("t"));
        dialog.show();
        CHECK(field<QPlainTextEdit>(&dialog, "demand")->toPlainText() == QStringLiteral("草稿里的诉求"));
        CHECK(field<QLabel>(&dialog, "draftHint")->isVisible());

        // Same complainant, same business, days apart: a warning first, then saved on request.
        field<QLineEdit>(&dialog, "business.name")->setText(earlier.business.name);
        field<QLineEdit>(&dialog, "business.address")->setText(earlier.business.address);
        auto *category = field<QComboBox>(&dialog, "category");
        category->setCurrentIndex(1);
        field<QPlainTextEdit>(&dialog, "facts")->setPlainText(QStringLiteral("再次投诉"));
        CHECK_FALSE(dialog.registerComplaint());
        CHECK(field<QLabel>(&dialog, "duplicateHint")->isVisible());
        CHECK(rowCount(db.connection(), QStringLiteral("complaints")) == 1);
        CHECK(dialog.registerComplaint());
        CHECK(rowCount(db.connection(), QStringLiteral("complaints")) == 2);
    }
    {
        // After registering, the draft is gone.
        IntakeDialog dialog(db.connection(), db.path(), QStringLiteral("t"));
        CHECK(field<QPlainTextEdit>(&dialog, "demand")->toPlainText().isEmpty());
    }
}
