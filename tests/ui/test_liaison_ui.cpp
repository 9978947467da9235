#include "catch_qt.h"
#include "test_support.h"

#include "case_detail_view.h"
#include "intake/intake_form.h"
#include "liaison/leads_page.h"
#include "liaison/liaison_point_service.h"
#include "liaison/ledger_page.h"
#include "liaison/liaison_lead_service.h"
#include "liaison/liaison_ledger_service.h"
#include "liaison/liaison_window.h"
#include "liaison/point_directory_page.h"
#include "liaison/point_edit_dialog.h"
#include "liaison/liaison_report.h"
#include "notice_bar.h"
#include "reports/liaison_report_document.h"
#include "storage/complaint_repository.h"
#include "storage/user_repository.h"

#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QProcess>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace casedesk;
using namespace casedesk::test;

namespace {

const QString kBoss = QStringLiteral("王主任");
const QString kWorker = QStringLiteral("李敏");

} // namespace

TEST_CASE("liaison points in the window: a list imported, a point added, a ledger typed, a lead recorded",
          "[ui][liaison]")
{
    TestDatabase db;
    const QSqlDatabase c = db.connection();
    REQUIRE(UserRepository(c).add(kBoss, Role::Supervisor).ok());
    REQUIRE(UserRepository(c).add(kWorker, Role::Caseworker).ok());
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("points.csv"));
    {
        QFile file(csv);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("联络点名称,类型,地址,街道,联系人,联系电话,指导员,设立日期,状态\n"
                                  "天山菜场联络点,市场,天山路300号,天山路街道,陈红,13612345678,李敏,2018/3/1,正常\n"
                                  "百联西郊购物中心联络点,商场,仙霞西路88号,程家桥街道,周明,13900000000,,,\n")
                       .toUtf8());
    }

    LiaisonWindow window(c, kBoss);
    REQUIRE(window.tabs()->count() == 4);
    PointDirectoryPage *directory = window.directory();
    CHECK(directory->table()->rowCount() == 0);
    REQUIRE(directory->importFile(csv, false));
    REQUIRE(directory->table()->rowCount() == 2);
    CHECK(directory->notice()->kind() == NoticeBar::Kind::Information);
    // A supervisor sees the contact's phone; the filter by type narrows the list.
    CHECK(directory->table()->item(0, 5)->text().size() == 11);
    directory->typeBox()->setCurrentIndex(directory->typeBox()->findData(QStringLiteral("market")));
    directory->reload();
    REQUIRE(directory->table()->rowCount() == 1);
    CHECK(directory->table()->item(0, 0)->text() == QStringLiteral("天山菜场联络点"));
    // A quote in the search finds nothing and breaks nothing.
    directory->typeBox()->setCurrentIndex(0);
    directory->searchEdit()->setText(QStringLiteral("天山'\""));
    directory->reload();
    CHECK(directory->table()->rowCount() == 0);
    CHECK(directory->notice()->kind() != NoticeBar::Kind::Error);

    // A new point: a phone that is none is refused, the dialog keeps what was typed.
    LiaisonPoint fresh;
    fresh.name = QStringLiteral("华阳路街道姚家角居委会联络点");
    fresh.type = LiaisonPointType::Community;
    fresh.address = QStringLiteral("姚家角路1号");
    fresh.street = QStringLiteral("华阳路街道");
    fresh.contactPhone = QStringLiteral("12");
    PointEditDialog edit(c, fresh, {kWorker}, kBoss);
    CHECK_FALSE(edit.save());
    CHECK(edit.notice()->kind() == NoticeBar::Kind::Error);
    CHECK(edit.nameEdit()->text() == fresh.name);

    // The points reach the caseworker's intake: a transfer names one.
    auto points = LiaisonPointService(c).list({}, kWorker);
    REQUIRE(points.ok());
    REQUIRE(points->size() == 2);
    IntakeForm form;
    form.setLiaisonPoints(points.value());
    auto *channel = form.findChild<QComboBox *>(QStringLiteral("channel"));
    auto *point = form.findChild<QComboBox *>(QStringLiteral("liaisonPoint"));
    REQUIRE(channel);
    REQUIRE(point);
    channel->setCurrentIndex(channel->findData(QStringLiteral("phone")));
    form.show();
    CHECK_FALSE(point->isVisible());
    channel->setCurrentIndex(channel->findData(QStringLiteral("liaison_point")));
    CHECK(point->isVisible());
    point->setCurrentIndex(point->findData(points->first().id));
    CHECK(form.complaint().liaisonPointId == points->first().id);

    // The case pane flags the transfer.
    Complaint complaint = sampleComplaint(c);
    complaint.channel = Channel::LiaisonPoint;
    complaint.liaisonPointId = points->first().id;
    auto added = ComplaintRepository(c).add(complaint, kWorker, fixedNow());
    REQUIRE(added.ok());
    CHECK(added->liaisonPointName == points->first().name);
    CaseDetailView view;
    view.showCase(added.value());
    CHECK(view.toPlainText().contains(QStringLiteral("Transferred by liaison point %1").arg(points->first().name)));

    // The ledger: January typed in place and saved; a word where a count goes is refused.
    LedgerPage *ledger = window.ledger();
    const int year = QDate::currentDate().year() - 1;
    ledger->showPoint(points->first().id, year);
    QTableWidget *months = ledger->monthTable();
    months->item(0, 0)->setText(QStringLiteral("25"));
    months->item(0, 3)->setText(QStringLiteral("300"));
    months->item(0, 4)->setText(QStringLiteral("2"));
    months->item(0, 5)->setText(QStringLiteral("860.50"));
    months->item(1, 0)->setText(QStringLiteral("许多"));
    CHECK_FALSE(ledger->saveChanges());
    CHECK(ledger->notice()->kind() == NoticeBar::Kind::Error);
    auto saved = LiaisonLedgerService(c).year(points->first().id, year, kBoss);
    REQUIRE(saved.ok());
    CHECK(saved->at(0).figures.consultations == 25); // January was saved, February refused
    CHECK(saved->at(0).figures.settledFen == 86050);
    CHECK(saved->at(1).version == 0);
    months->item(1, 0)->setText(QStringLiteral("12"));
    REQUIRE(ledger->saveChanges());
    CHECK(ledger->monthTable()->item(1, 0)->text() == QStringLiteral("12"));
    CHECK(ledger->monthTable()->item(0, 6)->text() == kBoss);
    REQUIRE(ledger->addVisit(QDate(year, 3, 5), QStringLiteral("台账齐全，宣传资料不足。")));
    CHECK(ledger->visitTable()->rowCount() == 1);

    // A lead recorded by the service shows in the leads' list.
    LiaisonLead lead;
    lead.pointId = points->first().id;
    lead.receivedOn = QDate::currentDate();
    lead.suspicion = QStringLiteral("无证经营");
    lead.business = QStringLiteral("菜场东门流动摊贩");
    REQUIRE(LiaisonLeadService(c).add(lead, kWorker).ok());
    window.leads()->reload();
    REQUIRE(window.leads()->table()->rowCount() == 1);
    CHECK(window.leads()->table()->item(0, 2)->text() == QStringLiteral("无证经营"));

    // Last year's report: its totals are the ledger typed above, in the printed PDF too.
    auto report = buildLiaisonReport(c, StatsPeriod::year(year), kBoss);
    REQUIRE(report.ok());
    CHECK(report->total.figures.consultations == 37);
    CHECK(report->total.figures.leaflets == 300);
    CHECK(report->total.figures.settledFen == 86050);
    CHECK(report->unvisited.size() == 1); // the mall's point; the market's was visited in March
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    REQUIRE(writeLiaisonReportPdf(report.value(), pdf).ok());
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    REQUIRE(text.waitForFinished(20000));
    const QString printed = QString::fromUtf8(text.readAllStandardOutput());
    CHECK(printed.contains(QStringLiteral("天山菜场联络点")));
    CHECK(printed.contains(QStringLiteral("860.50")));
    CHECK(printed.contains(QStringLiteral("百联西郊购物中心联络点")));
}
