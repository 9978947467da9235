#include "catch_qt.h"
#include "test_support.h"
#include "xlsx_reading.h"

#include "businesses/business_cases_dialog.h"
#include "demo/demo_generator.h"
#include "groups/dispute_views.h"
#include "groups/group_service.h"
#include "groups/group_view_widget.h"
#include "groups/groups_dialog.h"
#include "groups/roster_pdf.h"
#include "intake/intake_dialog.h"
#include "main_window.h"
#include "prepaid/prepaid_card_editor.h"
#include "storage/complaint_repository.h"
#include "storage/prepaid_card_repository.h"
#include "storage/sql_helpers.h"
#include "storage/user_repository.h"
#include "warning/alert_badge.h"
#include "warning/alert_list_dialog.h"
#include "warning/warning_service.h"

#include <QAction>
#include <QComboBox>
#include <QGroupBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace casedesk;
using namespace casedesk::test;

namespace {

const QString kUser = QStringLiteral("李敏");

template <typename W>
W *child(QObject *parent, const char *name)
{
    auto *widget = parent->findChild<W *>(QLatin1String(name));
    REQUIRE(widget);
    return widget;
}

} // namespace

TEST_CASE("the intake form takes prepaid card details when the complaint concerns a card", "[ui][prepaid]")
{
    TestDatabase db;
    REQUIRE(UserRepository(db.connection()).add(kUser, Role::Caseworker).ok());
    MainWindow window(db.openAgain(), kUser);
    window.show();
    child<QAction>(&window, "registerComplaintAction")->trigger();
    auto *dialog = child<IntakeDialog>(&window, "intakeDialog");
    auto *box = child<QGroupBox>(dialog, "prepaidBox");
    CHECK_FALSE(box->isVisibleTo(dialog)); // nothing suggests a card yet

    child<QLineEdit>(dialog, "consumer.phone")->setText(QStringLiteral("13912345678"));
    child<QLineEdit>(dialog, "consumer.name")->setText(QStringLiteral("王芳"));
    child<QLineEdit>(dialog, "consumer.address")->setText(QStringLiteral("上海市长宁区天山路200弄3号"));
    child<QLineEdit>(dialog, "business.name")->setText(QStringLiteral("优学教育培训中心（长宁店）"));
    child<QLineEdit>(dialog, "business.address")->setText(QStringLiteral("上海市长宁区长宁路1000号"));
    auto *category = child<QComboBox>(dialog, "category");
    category->setCurrentIndex(category->findData(categoryIdByName(db.connection(), QStringLiteral("教育培训"))));
    child<QLineEdit>(dialog, "amount")->setText(QStringLiteral("6800"));
    child<QPlainTextEdit>(dialog, "demand")->setPlainText(QStringLiteral("要求退还剩余课时费6800元"));
    child<QPlainTextEdit>(dialog, "facts")->setPlainText(QStringLiteral("培训机构突然停课，无法联系。"));
    CHECK(box->isVisibleTo(dialog)); // an education complaint: the section offers itself

    box->setChecked(true);
    child<QLineEdit>(dialog, "prepaidCard.cardNumber")->setText(QStringLiteral("XY-2024-088"));
    child<QLineEdit>(dialog, "prepaidCard.paidFen")->setText(QStringLiteral("9600"));
    child<QLineEdit>(dialog, "prepaidCard.balanceFen")->setText(QStringLiteral("abc"));
    CHECK_FALSE(dialog->registerComplaint()); // an unreadable balance stops it
    CHECK(rowCount(db.connection(), QStringLiteral("complaints")) == 0);
    child<QLineEdit>(dialog, "prepaidCard.balanceFen")->setText(QStringLiteral("6800"));
    REQUIRE(dialog->registerComplaint());

    REQUIRE(rowCount(db.connection(), QStringLiteral("complaints")) == 1);
    const qint64 caseId = queryScalar(db.connection(), QStringLiteral("SELECT max(id) FROM complaints"))->toLongLong();
    auto card = PrepaidCardRepository(db.connection()).get(caseId);
    REQUIRE(card.ok());
    REQUIRE(card->has_value());
    CHECK(card->value().cardNumber == QStringLiteral("XY-2024-088"));
    CHECK(card->value().balanceFen == 680000);
    CHECK(card->value().paidFen == 960000);
}

TEST_CASE("the group view shows the roster and its PDF holds every member", "[ui][groups][roster]")
{
    TestDatabase db;
    const QSqlDatabase c = db.connection();
    REQUIRE(UserRepository(c).add(kUser, Role::Caseworker).ok());
    QList<qint64> ids;
    const QStringList names = {QStringLiteral("张伟"), QStringLiteral("李娜"), QStringLiteral("王芳")};
    for (int i = 0; i < names.size(); ++i) {
        Complaint complaint = sampleComplaint(c);
        complaint.consumer.name = names.at(i);
        complaint.consumer.phone = QStringLiteral("1381234560%1").arg(i);
        complaint.consumer.idNumber.clear();
        auto added = ComplaintRepository(c).add(complaint, kUser, fixedNow());
        REQUIRE(added.ok());
        ids.append(added->id);
        PrepaidCard card;
        card.complaintId = added->id;
        card.cardNumber = QStringLiteral("VIP00%1").arg(i);
        card.paidFen = 480000;
        card.balanceFen = 240000;
        REQUIRE(PrepaidCardRepository(c).save(card, kUser, fixedNow()).ok());
    }
    auto group = GroupService(c).createFromCases(ids, QStringLiteral("悦动健身闭店群体投诉"), kUser, fixedNow());
    REQUIRE(group.ok());

    GroupsDialog dialog(c, kUser, QStringLiteral("长宁区消费者权益保护委员会"));
    dialog.showGroup(group.value());
    GroupViewWidget *view = dialog.groupView();
    REQUIRE(view->groupId() == group.value());
    CHECK(view->roster()->rowCount() == 3);
    CHECK(view->roster()->item(0, 3)->text() == QStringLiteral("138****5600"));

    REQUIRE(view->recordOutcome({OutcomeBasis::Balance, 60, QStringLiteral("退还余额60%"), false}).ok());
    CHECK(view->roster()->item(0, 7)->text() == QStringLiteral("2,400.00")); // the claim stays what was claimed
    CHECK(view->roster()->item(0, 8)->text() == QStringLiteral("1,440.00")); // the outcome beside it

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("roster.pdf"));
    REQUIRE(view->exportPdf(pdf).ok());
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    REQUIRE(text.waitForFinished(20000));
    const QString extracted = QString::fromUtf8(text.readAllStandardOutput());
    for (const QString &name : names)
        CHECK(extracted.contains(name));
    CHECK(extracted.contains(QStringLiteral("138****5601")));
    CHECK(extracted.contains(QStringLiteral("VIP002")));
    CHECK_FALSE(extracted.contains(QStringLiteral("13812345601")));

    const QString csv = dir.filePath(QStringLiteral("roster.csv"));
    REQUIRE(view->exportCsv(csv).ok());
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll().startsWith("\xEF\xBB\xBF"));

    // The same roster as an Excel workbook: phones masked, money as numbers, a total row.
    const QString xlsx = dir.filePath(QStringLiteral("roster.xlsx"));
    REQUIRE(view->exportWorkbook(xlsx).ok());
    const QStringList rows = xlsxRows(xlsx);
    REQUIRE(rows.size() == names.size() + 3); // title, header, members, total
    const QString all = rows.join(QLatin1Char('\n'));
    CHECK(all.contains(QStringLiteral("138****5601")));
    CHECK_FALSE(all.contains(QStringLiteral("13812345601")));
    CHECK(rows.last().startsWith(QStringLiteral("Total|")));
}

TEST_CASE("the badge counts the alerts and an alert leads to a group case in two clicks", "[ui][warning]")
{
    TestDatabase db;
    auto summary = generateDemoData(db.connection(), DemoOptions{2000, 20261123, QDate(2026, 6, 1)});
    REQUIRE(summary.ok());
    REQUIRE(UserRepository(db.connection()).add(kUser, Role::Caseworker).ok());
    const int expected = WarningService(db.connection()).unacknowledgedCount().value();
    REQUIRE(expected > 0);

    MainWindow window(db.openAgain(), kUser);
    window.show();
    AlertBadge *badge = window.disputeViews()->badge();
    REQUIRE(QTest::qWaitFor([badge] { return badge->count() != 0; }, 10000));
    CHECK(badge->count() == expected);
    CHECK(badge->isVisible());
    CHECK(badge->text().contains(QString::number(expected)));

    badge->click(); // the alert list
    auto *alerts = child<AlertListDialog>(&window, "alertListDialog");
    REQUIRE(QTest::qWaitFor([alerts] { return !alerts->isLoading(); }, 10000)); // found on a worker thread
    CHECK(alerts->table()->rowCount() == expected);
    const QString business = alerts->table()->item(0, 0)->text();
    child<QPushButton>(alerts, "showComplaintsButton")->click(); // first click
    auto *cases = child<BusinessCasesDialog>(alerts, "businessCasesDialog");
    CHECK(cases->table()->rowCount() > 0);
    cases->makeGroupButton()->click(); // second click
    auto groups = GroupService(db.connection()).list();
    REQUIRE(groups.ok());
    REQUIRE(groups->size() == 1);
    CHECK(groups->first().businessName == business);
    CHECK(groups->first().members > 0);
    auto *groupsDialog = child<GroupsDialog>(&window, "groupsDialog");
    CHECK(groupsDialog->groupView()->groupId() == groups->first().id);
}

TEST_CASE("an unfinished registration keeps its card details in the draft", "[ui][prepaid][intake]")
{
    TestDatabase db;
    {
        IntakeDialog dialog(db.connection(), db.path(), kUser);
        dialog.show();
        child<QGroupBox>(&dialog, "prepaidBox")->setChecked(true);
        child<QLineEdit>(&dialog, "prepaidCard.cardNumber")->setText(QStringLiteral("会员A-77"));
        child<QLineEdit>(&dialog, "prepaidCard.balanceFen")->setText(QStringLiteral("1200"));
        dialog.reject(); // closing keeps the draft
    }
    IntakeDialog dialog(db.connection(), db.path(), kUser);
    dialog.show();
    CHECK(child<QGroupBox>(&dialog, "prepaidBox")->isChecked());
    CHECK(child<QLineEdit>(&dialog, "prepaidCard.cardNumber")->text() == QStringLiteral("会员A-77"));
    CHECK(child<QLineEdit>(&dialog, "prepaidCard.balanceFen")->text() == QStringLiteral("1,200.00"));
    dialog.reject();
}

TEST_CASE("the View menu opens businesses, groups, warnings and funds on an empty database", "[ui][groups]")
{
    TestDatabase db;
    MainWindow window(db.openAgain()); // no user chosen: the views open, their changes are off
    window.show();
    for (const char *name : {"businessesAction", "groupsAction", "alertsAction", "fundsAction"})
        child<QAction>(&window, name)->trigger();
    CHECK(child<QTableWidget>(&window, "businessTable")->rowCount() == 0);
    CHECK(child<QTableWidget>(&window, "alertTable")->rowCount() == 0);
    auto *groups = child<GroupsDialog>(&window, "groupsDialog");
    CHECK(groups->groupView()->groupId() == 0);
    CHECK_FALSE(window.disputeViews()->badge()->isVisible());
}
