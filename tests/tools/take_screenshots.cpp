// casedesk-screenshots OUTDIR [--lang zh_CN|en]: pictures of the main windows on a fresh
// demo database, for the README and for looking at the UI as a user would. A developer's
// tool (built with the tests, not run by them); uses the offscreen platform.

#include "auth/desk_administration.h"
#include "businesses/businesses_dialog.h"
#include "case_pane.h"
#include "case_table_model.h"
#include "dashboard/dashboard_window.h"
#include "demo/demo_generator.h"
#include "due_list_dialog.h"
#include "filter_bar.h"
#include "first_contact_dialog.h"
#include "followup/follow_up_dialog.h"
#include "followup/spot_check_dialog.h"
#include "groups/group_service.h"
#include "groups/group_view_widget.h"
#include "groups/groups_dialog.h"
#include "intake/intake_dialog.h"
#include "language_setup.h"
#include "enterprises/enterprise_agreement_dialog.h"
#include "enterprises/enterprise_answer_dialog.h"
#include "letters/letters_dialog.h"
#include "main_window.h"
#include "mediation/agenda_dialog.h"
#include "mediation/agreement_dialog.h"
#include "mediation/agreement_service.h"
#include "mediation/case_mediation_view.h"
#include "mediation/directory_dialog.h"
#include "settings/privacy_settings_page.h"
#include "server_connect_dialog.h"
#include "settings/settings_dialog.h"
#include "sign_in_dialog.h"
#include "storage/complaint_repository.h"
#include "storage/database.h"
#include "storage/settings_repository.h"
#include "talks/talk_dialog.h"
#include "talks/talks_dialog.h"
#include "warning/alert_list_dialog.h"
#include "warning/warning_service.h"
#include "workorders/import_dialog.h"

#include "dashboard/liaison_page.h"
#include "liaison/ledger_page.h"
#include "liaison/liaison_window.h"
#include "liaison/point_directory_page.h"
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QGroupBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QListWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace casedesk;

namespace {

bool save(QWidget *widget, const QString &file)
{
    QTest::qWait(300); // let layouts and the background count settle
    const bool saved = widget->grab().save(file);
    QTextStream(stdout) << (saved ? "wrote " : "could not write ") << file << Qt::endl;
    return saved;
}

// The first case in the list whose status is `code`.
int rowWithStatus(CaseTableModel *model, const QString &label)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->data(model->index(row, CaseTableModel::Status)).toString() == label)
            return row;
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true); // keep the user's own settings and drafts out of it
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        QTextStream(stderr) << "usage: casedesk-screenshots OUTDIR [--lang zh_CN|en]" << Qt::endl;
        return 1;
    }
    const QDir out(args.at(1));
    const QString language = args.contains(QStringLiteral("en")) ? QStringLiteral("en") : QStringLiteral("zh_CN");
    installLanguage(language);

    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("demo.db")), Database::OpenMode::CreateIfMissing);
    if (!db)
        return 1;
    (void)SettingsRepository(db.value()->connection()).setCaseNumberPrefix(QStringLiteral("长宁"));
    if (!generateDemoData(db.value()->connection(), DemoOptions{2000, 20261123, QDate::currentDate()}))
        return 1;
    // A one-year retention period, so the privacy page's preview has complainants to list.
    if (!DeskAdministration(db.value()->connection()).setRetentionYears(kDemoAdministrator, 1))
        return 1;
    auto again = Database::open(db.value()->path(), Database::OpenMode::OpenExisting);
    QSqlQuery supervisor(db.value()->connection());
    supervisor.exec(QStringLiteral("SELECT name FROM users WHERE role = 'supervisor' LIMIT 1"));
    const QString user = supervisor.next() ? supervisor.value(0).toString() : QString();
    supervisor.finish(); // an open read would hold an old snapshot and block later writes here

    // Signing in to the demo database (its published password shows as a hint).
    {
        SignInDialog signIn(db.value()->connection(), user);
        signIn.passwordEdit()->setText(QStringLiteral("demo1234"));
        signIn.show();
        if (!save(&signIn, out.filePath(QStringLiteral("sign-in") + QString::fromLatin1(
                                                                        language == QLatin1String("en") ? "-en" : "-zh") +
                                        QStringLiteral(".png"))))
            return 1;
    }

    MainWindow window(std::move(again).value(), user);
    window.resize(1366, 768);
    window.show();
    QTest::qWait(200);
    const QString suffix = language == QLatin1String("en") ? QStringLiteral("-en") : QStringLiteral("-zh");
    bool ok = save(&window, out.filePath(QStringLiteral("main-window") + suffix + QStringLiteral(".png")));

    // A case in mediation with its timeline.
    CaseTableModel *model = window.caseModel();
    window.caseTable()->selectRow(rowWithStatus(model, labelOf(CaseStatus::InMediation)));
    window.casePane()->findChild<QTabWidget *>(QStringLiteral("caseTabWidget"))->setCurrentIndex(1);
    ok &= save(&window, out.filePath(QStringLiteral("case-timeline") + suffix + QStringLiteral(".png")));
    // Some history: the supervisor takes the case and sends a sample for testing.
    (void)window.casePane()->assignTo(user);
    (void)window.casePane()->stopClock(QStringLiteral("面包样品送质检机构检测"));
    window.casePane()->findChild<QTabWidget *>(QStringLiteral("caseTabWidget"))->setCurrentIndex(2);
    ok &= save(&window, out.filePath(QStringLiteral("case-history") + suffix + QStringLiteral(".png")));

    // The Mediation tab of a case with its agreement signed, then the agenda of the coming week.
    window.caseTable()->selectRow(rowWithStatus(model, labelOf(CaseStatus::AgreementReached)));
    {
        auto *tabs = window.casePane()->findChild<QTabWidget *>(QStringLiteral("caseTabWidget"));
        tabs->setCurrentWidget(tabs->findChild<CaseMediationView *>());
    }
    ok &= save(&window, out.filePath(QStringLiteral("case-mediation") + suffix + QStringLiteral(".png")));
    window.caseTable()->selectRow(rowWithStatus(model, labelOf(CaseStatus::InMediation)));
    ok &= save(&window, out.filePath(QStringLiteral("case-mediation-sessions") + suffix + QStringLiteral(".png")));
    AgendaDialog agenda(db.value()->connection());
    agenda.showPeriod(QDate::currentDate().addDays(7), true);
    agenda.show();
    ok &= save(&agenda, out.filePath(QStringLiteral("mediation-agenda") + suffix + QStringLiteral(".png")));

    // Drafting an agreement from the Chinese template, and the mediator directory.
    {
        window.caseTable()->selectRow(rowWithStatus(model, labelOf(CaseStatus::InMediation)));
        auto complaint = ComplaintRepository(db.value()->connection()).get(window.casePane()->caseId());
        if (complaint) {
            AgreementDialog draft(db.value()->connection(), complaint.value(), agreementTemplate(complaint.value()), user);
            draft.show();
            ok &= save(&draft, out.filePath(QStringLiteral("mediation-agreement") + suffix + QStringLiteral(".png")));
        }
        DirectoryDialog directory(db.value()->connection(), user);
        directory.show();
        ok &= save(&directory, out.filePath(QStringLiteral("mediation-directory") + suffix + QStringLiteral(".png")));
    }

    // The deadlines to watch.
    DueListDialog due(db.value()->connection(), QString());
    bool dueLoaded = false;
    QObject::connect(&due, &DueListDialog::loaded, [&dueLoaded] { dueLoaded = true; });
    due.show();
    for (int i = 0; i < 200 && !dueLoaded; ++i) // worked out on a worker thread
        QTest::qWait(50);
    ok &= save(&due, out.filePath(QStringLiteral("due-list") + suffix + QStringLiteral(".png")));

    // Settings: the working-day calendar.
    SettingsDialog settings(db.value()->connection(), user);
    settings.show();
    ok &= save(&settings, out.filePath(QStringLiteral("settings") + suffix + QStringLiteral(".png")));
    // Settings: automatic backups.
    if (auto *tabs = settings.findChild<QTabWidget *>())
        tabs->setCurrentWidget(settings.findChild<QWidget *>(QStringLiteral("backupSettingsPage")));
    ok &= save(&settings, out.filePath(QStringLiteral("settings-backups") + suffix + QStringLiteral(".png")));

    // Settings: the council's wording of its letters.
    if (auto *tabs = settings.findChild<QTabWidget *>())
        tabs->setCurrentWidget(settings.findChild<QWidget *>(QStringLiteral("letterSettingsPage")));
    ok &= save(&settings, out.filePath(QStringLiteral("settings-letters") + suffix + QStringLiteral(".png")));
    // The referral letter's opening, previewed in its paper.
    if (auto *kinds = settings.findChild<QComboBox *>(QStringLiteral("letterKindBox"))) {
        kinds->setCurrentIndex(kinds->findData(QStringLiteral("referral")));
        ok &= save(&settings, out.filePath(QStringLiteral("settings-letters-referral") + suffix + QStringLiteral(".png")));
    }

    // Letters… on a case whose mediation was terminated: the notice, ready to print and send.
    {
        window.caseTable()->selectRow(rowWithStatus(model, labelOf(CaseStatus::MediationTerminated)));
        LettersDialog letters(db.value()->connection(), window.casePane()->caseId(), user, true);
        for (int row = 0; row < letters.kindList()->count(); ++row) {
            if (letters.kindList()->item(row)->text() == labelOf(LetterKind::Termination))
                letters.kindList()->setCurrentRow(row);
        }
        letters.show();
        ok &= save(&letters, out.filePath(QStringLiteral("letters") + suffix + QStringLiteral(".png")));
    }

    // Privacy and security: the retention preview as the administrator sees it.
    {
        SettingsDialog privacy(db.value()->connection(), kDemoAdministrator);
        auto *tabs = privacy.findChild<QTabWidget *>();
        tabs->setCurrentWidget(privacy.privacyPage());
        (void)privacy.privacyPage()->showPreview();
        privacy.show();
        ok &= save(&privacy, out.filePath(QStringLiteral("privacy") + suffix + QStringLiteral(".png")));
    }

    // File > Connect to Server, with the missing CA certificate pointed out.
    {
        ServerConnectDialog connect(QString{});
        connect.nameEdit()->setText(QStringLiteral("区消保委办公室"));
        connect.hostEdit()->setText(QStringLiteral("10.0.0.5"));
        connect.databaseEdit()->setText(QStringLiteral("casedesk"));
        connect.userEdit()->setText(QStringLiteral("zhangwei"));
        connect.securityChoice()->setCurrentIndex(connect.securityChoice()->findData(QStringLiteral("verify-full")));
        connect.show();
        connect.accept(); // refused: no CA file, nothing saved
        ok &= save(&connect, out.filePath(QStringLiteral("server-connect") + suffix + QStringLiteral(".png")));
    }

    // The intake form with a validation message showing.
    IntakeDialog intake(db.value()->connection(), db.value()->path(), user);
    intake.resize(1100, 760);
    intake.show();
    intake.findChild<QLineEdit *>(QStringLiteral("consumer.phone"))->setText(QStringLiteral("1381234567"));
    intake.findChild<QLineEdit *>(QStringLiteral("consumer.name"))->setText(QStringLiteral("张伟"));
    intake.findChild<QLineEdit *>(QStringLiteral("consumer.idNumber"))->setText(QStringLiteral("110101199003074478"));
    intake.findChild<QLineEdit *>(QStringLiteral("business.name"))->setText(QStringLiteral("悦动健身会所（长宁店）"));
    intake.registerComplaint();
    ok &= save(&intake, out.filePath(QStringLiteral("intake") + suffix + QStringLiteral(".png")));
    intake.reject();

    // The supervisor's dashboard on last month.
    DashboardWindow *dashboard = window.showDashboard();
    dashboard->resize(1366, 768);
    const QDate lastMonth = QDate::currentDate().addMonths(-1);
    dashboard->setPeriod(StatsPeriod::month(lastMonth.year(), lastMonth.month()));
    QTest::qWait(200);
    ok &= save(dashboard, out.filePath(QStringLiteral("dashboard") + suffix + QStringLiteral(".png")));

    // The cases behind a chart of the dashboard narrowed to a district: the list shows the
    // district on the button that takes it off.
    QSqlQuery busiest(db.value()->connection());
    busiest.exec(QStringLiteral("SELECT b.district FROM complaints c JOIN businesses b ON b.id = c.business_id "
                                "GROUP BY b.district ORDER BY count(*) DESC LIMIT 1"));
    if (busiest.next()) {
        CaseFilter behindChart;
        behindChart.receivedFrom = QDate(lastMonth.year(), lastMonth.month(), 1);
        behindChart.receivedTo = behindChart.receivedFrom.addMonths(1).addDays(-1);
        behindChart.district = busiest.value(0).toString();
        window.filterBar()->setFilter(behindChart);
        QTest::qWait(300);
        ok &= save(&window, out.filePath(QStringLiteral("cases-from-dashboard") + suffix + QStringLiteral(".png")));
        window.filterBar()->clear();
    }

    // A follow-up visit on a closed case, and last month's spot check.
    QSqlQuery closed(db.value()->connection());
    closed.exec(QStringLiteral("SELECT id, case_number FROM complaints WHERE status = 'closed' ORDER BY closed_at DESC LIMIT 1"));
    if (closed.next()) {
        const qint64 id = closed.value(0).toLongLong();
        const QString number = closed.value(1).toString();
        closed.finish();
        FollowUpDialog visit(db.value()->connection(), user, id, number);
        visit.show();
        ok &= save(&visit, out.filePath(QStringLiteral("follow-up") + suffix + QStringLiteral(".png")));
    }
    SpotCheckDialog spot(db.value()->connection(), user);
    spot.setMonth(lastMonth);
    spot.draw();
    spot.show();
    ok &= save(&spot, out.filePath(QStringLiteral("spot-check") + suffix + QStringLiteral(".png")));
    // Early warnings, and the group case made from the newest one's business.
    AlertListDialog alerts(db.value()->connection(), user);
    alerts.show();
    for (int i = 0; i < 200 && alerts.isLoading(); ++i) // found on a worker thread
        QTest::qWait(50);
    QTest::qWait(50);
    ok &= save(&alerts, out.filePath(QStringLiteral("alerts") + suffix + QStringLiteral(".png")));
    auto found = WarningService(db.value()->connection()).alerts();
    // Calling the newest alert's business in for a talk, and its talks afterwards.
    if (found && !found->isEmpty()) {
        const WarningAlert &alert = found->first();
        TalkDialog talk(db.value()->connection(), alert.businessId, alert.businessName, user,
                        QStringLiteral("风险预警：近两周投诉激增，多为预付卡退费纠纷。"));
        talk.placeEdit()->setText(QStringLiteral("本会二楼会议室"));
        talk.businessEdit()->setText(QStringLiteral("张某（总经理）、刘某（客服主管）"));
        talk.problemsEdit()->setPlainText(QStringLiteral("预付卡退费拖延；门店停业未提前告知会员。"));
        talk.promiseTable()->item(0, 0)->setText(QStringLiteral("十个工作日内处理完毕全部退费申请"));
        talk.show();
        ok &= save(&talk, out.filePath(QStringLiteral("talk") + suffix + QStringLiteral(".png")));
        if (talk.save()) {
            TalksDialog talks(db.value()->connection(), alert.businessId, alert.businessName, user);
            talks.show();
            ok &= save(&talks, out.filePath(QStringLiteral("talks") + suffix + QStringLiteral(".png")));
        }
        QSqlQuery forwardedCase(db.value()->connection());
        forwardedCase.exec(QStringLiteral("SELECT id, case_number FROM complaints WHERE status = 'forwarded' LIMIT 1"));
        if (forwardedCase.next()) {
            EnterpriseAnswerDialog answer(db.value()->connection(), forwardedCase.value(0).toLongLong(),
                                          forwardedCase.value(1).toString(), user);
            forwardedCase.finish();
            answer.show();
            ok &= save(&answer, out.filePath(QStringLiteral("enterprise-answer") + suffix + QStringLiteral(".png")));
        }
        EnterpriseAgreementDialog agreement(db.value()->connection(), alert.businessId, alert.businessName, 0, user);
        agreement.show();
        ok &= save(&agreement, out.filePath(QStringLiteral("enterprise-agreement") + suffix + QStringLiteral(".png")));
        QSqlQuery waiting(db.value()->connection());
        waiting.exec(QStringLiteral("SELECT id, case_number FROM complaints WHERE status = 'registered' ORDER BY id DESC "
                                    "LIMIT 1"));
        if (waiting.next()) {
            FirstContactDialog contact(db.value()->connection(), waiting.value(0).toLongLong(),
                                       waiting.value(1).toString(), user);
            waiting.finish();
            contact.noteEdit()->setText(QStringLiteral("已电话告知投诉人案件正在处理"));
            contact.show();
            ok &= save(&contact, out.filePath(QStringLiteral("first-contact") + suffix + QStringLiteral(".png")));
        }
        // A 12315 download with a title row, one row with a problem.
        const QString orders = out.filePath(QStringLiteral("orders-sample.csv"));
        QFile csv(orders);
        if (csv.open(QIODevice::WriteOnly)) {
            csv.write(QStringLiteral("登记编号,登记时间,投诉人,联系电话,投诉人地址,被投诉人,被投诉对象地址,投诉内容,诉求,涉案金额,投诉问题类别,备注\r\n"
                                     "1231520261201000001,2026-12-01 09:30,张三,13812340001,长宁区愚园路1号,上海甲超市,"
                                     "长宁区天山路2号,购买的牛奶已过期。,退一赔十,59.5,食品,\r\n"
                                     "1231520261201000002,2026-12-01 10:05,李四,13812340002,徐汇区漕溪路3号,上海乙健身房,"
                                     "徐汇区天钥桥路4号,健身房闭店，会员卡无法使用。,退还余额,2400,文化娱乐体育,群体投诉\r\n"
                                     "1231520261202000003,2026-12-02 14:20,王五,1381234,静安区南京西路5号,上海丙商城,"
                                     "静安区南京西路6号,商品与描述不符。,退货,约两百元,日用商品,\r\n")
                          .toUtf8());
            csv.close();
            ImportDialog importer(db.value()->connection(), user);
            importer.fileEdit()->setText(orders);
            importer.show();
            importer.readFile();
            ok &= save(&importer, out.filePath(QStringLiteral("import") + suffix + QStringLiteral(".png")));
            QFile::remove(orders);
        }
    }
    if (found && !found->isEmpty()) {
        auto group = GroupService(db.value()->connection())
                         .createFromBusiness(found->first().businessId, found->first().businessName +
                                                                              QStringLiteral(" 闭店群体投诉"), user);
        if (!group)
            QTextStream(stderr) << group.error().message << Qt::endl;
        if (group) {
            auto members = GroupService(db.value()->connection()).view(group.value());
            if (members && members->members.size() > 2) {
                for (int i : {0, 2})
                    (void)GroupService(db.value()->connection())
                        .setRepresentative(group.value(), members->members.at(i).complaintId, true, user);
            }
            GroupsDialog groups(db.value()->connection(), user, QStringLiteral("长宁区消费者权益保护委员会"));
            groups.showGroup(group.value());
            groups.resize(1280, 680);
            groups.show();
            QTest::qWait(50);
            ok &= save(&groups, out.filePath(QStringLiteral("group-view") + suffix + QStringLiteral(".png")));
            (void)groups.groupView()->exportPdf(out.filePath(QStringLiteral("roster") + suffix + QStringLiteral(".pdf")));
        }
    }
    // A card holder's case with its Prepaid Card tab.
    if (found && !found->isEmpty()) {
        QSqlQuery member(db.value()->connection());
        member.exec(QStringLiteral("SELECT id FROM complaints WHERE business_id = %1 LIMIT 1").arg(found->first().businessId));
        if (member.next()) {
            const qint64 caseId = member.value(0).toLongLong();
            member.finish();
            window.casePane()->showCase(caseId);
            auto *tabs = window.casePane()->findChild<QTabWidget *>(QStringLiteral("caseTabWidget"));
            tabs->setCurrentWidget(tabs->findChild<QWidget *>(QStringLiteral("casePrepaidTab")));
            ok &= save(&window, out.filePath(QStringLiteral("prepaid-card") + suffix + QStringLiteral(".png")));
        }
    }
    // The intake form's prepaid-card section, open.
    {
        IntakeDialog cardIntake(db.value()->connection(), db.value()->path(), user);
        cardIntake.resize(1100, 900);
        cardIntake.show();
        cardIntake.findChild<QGroupBox *>(QStringLiteral("prepaidBox"))->setChecked(true);
        ok &= save(&cardIntake, out.filePath(QStringLiteral("intake-card") + suffix + QStringLiteral(".png")));
        cardIntake.reject();
    }
    BusinessesDialog businesses(db.value()->connection(), user);
    businesses.show();
    ok &= save(&businesses, out.filePath(QStringLiteral("businesses") + suffix + QStringLiteral(".png")));
    // The liaison points: the directory, a point's ledger, the assessment; the dashboard's page.
    {
        LiaisonWindow liaison(db.value()->connection(), user);
        liaison.show();
        QTest::qWait(50);
        ok &= save(&liaison, out.filePath(QStringLiteral("liaison-points") + suffix + QStringLiteral(".png")));
        if (!liaison.directory()->points().isEmpty())
            liaison.ledger()->showPoint(liaison.directory()->points().first().id, QDate::currentDate().year() - 1);
        liaison.tabs()->setCurrentWidget(liaison.ledger());
        ok &= save(&liaison, out.filePath(QStringLiteral("liaison-ledger") + suffix + QStringLiteral(".png")));
        liaison.tabs()->setCurrentIndex(3);
        ok &= save(&liaison, out.filePath(QStringLiteral("liaison-assessment") + suffix + QStringLiteral(".png")));
        const QDate lastQuarter = QDate::currentDate().addMonths(-3);
        LiaisonPointsPage page(db.value()->connection(), user,
                               StatsPeriod::quarter(lastQuarter.year(), (lastQuarter.month() - 1) / 3 + 1));
        page.resize(1200, 700);
        page.show();
        QTest::qWait(50);
        ok &= save(&page, out.filePath(QStringLiteral("liaison-charts") + suffix + QStringLiteral(".png")));
    }
    return ok ? 0 : 1;
}
