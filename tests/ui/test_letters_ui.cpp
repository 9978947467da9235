#include "catch_qt.h"
#include "test_support.h"

#include "case_history_view.h"
#include "case_pane.h"
#include "demo/demo_generator.h"
#include "domain/grounds.h"
#include "groups/group_service.h"
#include "groups/group_view_widget.h"
#include "groups/groups_dialog.h"
#include "letters/letter_service.h"
#include "letters/letter_template_service.h"
#include "letters/letters_dialog.h"
#include "main_window.h"
#include "mediation/directory_service.h"
#include "mediation/referral_service.h"
#include "mediation/termination_service.h"
#include "storage/evidence_repository.h"
#include "notice_bar.h"
#include "settings/letter_settings_page.h"
#include "storage/audit_repository.h"
#include "storage/complaint_repository.h"
#include "storage/sql_helpers.h"
#include "storage/user_repository.h"
#include "workflow/case_transition_service.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace casedesk;
using namespace casedesk::test;

namespace {

const QString kWorker = QStringLiteral("李敏");
const QString kBoss = QStringLiteral("王主任");

// An accepted case on a file with a caseworker and a supervisor.
qint64 acceptedCase(const QSqlDatabase &db, const QString &name = QStringLiteral("张伟"),
                    const QString &phone = QStringLiteral("13812345678"))
{
    Complaint complaint = sampleComplaint(db);
    complaint.consumer.name = name;
    complaint.consumer.phone = phone;
    auto added = ComplaintRepository(db).add(complaint, kWorker, fixedNow().addDays(-3));
    REQUIRE(added.ok());
    TransitionRequest accept{added->id, CaseStatus::Accepted, {}, {}, fixedNow().addDays(-2), std::nullopt};
    REQUIRE(CaseTransitionService(db).transition(accept, kWorker, fixedNow()).ok());
    return added->id;
}

void addStaff(const QSqlDatabase &db)
{
    UserRepository users(db);
    REQUIRE(users.add(kWorker, Role::Caseworker).ok());
    REQUIRE(users.add(kBoss, Role::Supervisor).ok());
}

// An accepted case whose mediation failed, referred to a court with the complainant's consent.
qint64 referredCase(const QSqlDatabase &db)
{
    const qint64 caseId = acceptedCase(db);
    TransitionRequest mediate{caseId, CaseStatus::InMediation, {}, {}, fixedNow().addDays(-2), std::nullopt};
    REQUIRE(CaseTransitionService(db).transition(mediate, kWorker, fixedNow()).ok());
    REQUIRE(TerminationService(db)
                .terminate(caseId, codeOf(TerminationGround::NoAgreement), {}, fixedNow().addDays(-1), kWorker, fixedNow())
                .ok());
    Court court;
    court.name = QStringLiteral("长宁区人民法院");
    auto saved = MediationDirectoryService(db).saveCourt(court, kBoss);
    REQUIRE(saved.ok());
    CourtReferral referral;
    referral.complaintId = caseId;
    referral.consentOn = fixedNow().addDays(-1).date();
    referral.referredOn = fixedNow().addDays(-1).date();
    referral.courtId = saved->id;
    referral.claims = QStringLiteral("判令被告退还剩余会员费。");
    REQUIRE(CourtReferralService(db).save(referral, kWorker, fixedNow()).ok());
    return caseId;
}

QString pdfText(const QString &pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(20000));
    return QString::fromUtf8(process.readAllStandardOutput()).remove(QRegularExpression(QStringLiteral("\\s")));
}

} // namespace

TEST_CASE("Letters… shows the letters that fit the case, records one as sent and shows it as sent", "[ui][letters]")
{
    TestDatabase db;
    addStaff(db.connection());
    const qint64 caseId = acceptedCase(db.connection());
    const QString caseNumber = ComplaintRepository(db.connection()).get(caseId)->caseNumber;

    MainWindow window(db.openAgain());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.caseTable()->selectRow(0);
    auto *button = window.findChild<QPushButton *>(QStringLiteral("lettersButton"));
    REQUIRE(button);
    CHECK_FALSE(button->isEnabled()); // nobody signed in
    REQUIRE(window.setCurrentUser(kWorker));
    CHECK(button->isEnabled());

    LettersDialog dialog(db.connection(), caseId, kWorker, true);
    REQUIRE(dialog.kindList()->count() == 1);
    CHECK(dialog.kindList()->item(0)->text() == QStringLiteral("Notice of acceptance"));
    REQUIRE(dialog.shownLetter().has_value());
    CHECK(dialog.preview()->toPlainText().contains(QStringLiteral("受理通知书")));
    CHECK(dialog.preview()->toPlainText().contains(caseNumber));
    CHECK(dialog.recordButton()->isEnabled());

    dialog.methodBox()->setCurrentIndex(dialog.methodBox()->findData(QStringLiteral("sms")));
    dialog.sentOnEdit()->setDate(fixedNow().date());
    REQUIRE(dialog.recordSent());
    CHECK(dialog.notice()->kind() == NoticeBar::Kind::Information);
    REQUIRE(dialog.sentList()->count() == 1);
    CHECK(dialog.sentList()->item(0)->text().contains(QStringLiteral("By SMS")));
    auto history = AuditRepository(db.connection()).history(caseId);
    REQUIRE(history.ok());
    CHECK(std::any_of(history->cbegin(), history->cend(),
                      [](const AuditEntry &e) { return e.action == QStringLiteral("letter_sent"); }));
    // The case's History tab says it in words.
    window.casePane()->showCase(caseId);
    auto *historyView = window.findChild<CaseHistoryView *>(QStringLiteral("caseHistoryView"));
    REQUIRE(historyView);
    CHECK(historyView->toPlainText().contains(
        QStringLiteral("Letter sent · Letter: Notice of acceptance (By SMS, %1)").arg(fixedNow().date().toString(Qt::ISODate))));

    // The sent letter is shown, printed and saved as it went out; it is not sent again from here.
    dialog.sentList()->setCurrentRow(0);
    CHECK_FALSE(dialog.recordButton()->isEnabled());
    CHECK(dialog.shownLetter()->date == fixedNow().date());
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("sent.pdf"));
    REQUIRE(dialog.savePdf(pdf));
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("受理通知书")));
    CHECK(text.contains(caseNumber));
    CHECK(text.contains(QStringLiteral("张伟")));

    // A reader sees and prints letters but records none.
    REQUIRE(UserRepository(db.connection()).add(QStringLiteral("审计员甲"), Role::Auditor).ok());
    LettersDialog reader(db.connection(), caseId, QStringLiteral("审计员甲"), false);
    CHECK(reader.kindList()->count() == 1);
    CHECK_FALSE(reader.recordButton()->isEnabled());
    CHECK(reader.sentList()->count() == 1);
}

TEST_CASE("Settings > Letters: a supervisor's wording with a live preview; a misspelt placeholder is refused",
          "[ui][letters][settings]")
{
    TestDatabase db;
    addStaff(db.connection());
    const qint64 caseId = acceptedCase(db.connection());

    LetterSettingsPage page(db.connection(), kBoss, true);
    page.kindBox()->setCurrentIndex(page.kindBox()->findData(QStringLiteral("acceptance")));
    CHECK(page.titleEdit()->text() == QStringLiteral("受理通知书"));
    CHECK(page.versionLabel()->text().contains(QStringLiteral("built-in")));
    CHECK(page.placeholderList()->count() > 5);

    page.titleEdit()->setText(QStringLiteral("投诉受理告知书"));
    page.bodyEdit()->setPlainText(QStringLiteral("关于{bussiness}的投诉已受理。"));
    CHECK(page.notice()->kind() == NoticeBar::Kind::Error);
    CHECK(page.notice()->text().contains(QStringLiteral("{bussiness}")));
    CHECK_FALSE(page.save());

    page.bodyEdit()->setPlainText(QStringLiteral("关于{business}的投诉（{case_number}）已受理。"));
    CHECK(page.preview()->toPlainText().contains(QStringLiteral("投诉受理告知书")));
    CHECK(page.preview()->toPlainText().contains(QStringLiteral("上海悦动健身有限公司"))); // the example case
    REQUIRE(page.save());
    CHECK(page.versionLabel()->text().contains(QStringLiteral("version 1")));

    auto letter = LetterService(db.connection()).compose(caseId, LetterKind::Acceptance, kWorker);
    REQUIRE(letter.ok());
    CHECK(letter->title == QStringLiteral("投诉受理告知书"));

    // A caseworker reads the wording and changes nothing.
    LetterSettingsPage readOnly(db.connection(), kWorker, false);
    CHECK(readOnly.titleEdit()->isReadOnly());
    CHECK(readOnly.bodyEdit()->isReadOnly());
    CHECK(readOnly.titleEdit()->text() == QStringLiteral("投诉受理告知书"));
}

TEST_CASE("Settings > Letters previews the agreement's and the referral letter's wording in their papers",
          "[ui][letters][settings]")
{
    TestDatabase db;
    addStaff(db.connection());
    LetterSettingsPage page(db.connection(), kBoss, true);
    page.kindBox()->setCurrentIndex(page.kindBox()->findData(QStringLiteral("agreement")));
    CHECK(page.titleEdit()->text() == QStringLiteral("人民调解协议书"));
    CHECK(page.bodyEdit()->toPlainText().contains(QStringLiteral("{copies}")));
    CHECK(page.preview()->toPlainText().contains(QStringLiteral("本协议一式三份")));
    CHECK(page.preview()->toPlainText().contains(QStringLiteral("四、经调解，双方当事人自愿达成如下协议")));
    page.bodyEdit()->setPlainText(QStringLiteral("本协议一式{copies}份，自签字之日起生效。"));
    CHECK(page.preview()->toPlainText().contains(QStringLiteral("本协议一式三份，自签字之日起生效。")));

    page.kindBox()->setCurrentIndex(page.kindBox()->findData(QStringLiteral("referral")));
    CHECK(page.titleEdit()->text() == QStringLiteral("诉调对接移送函"));
    const QString preview = page.preview()->toPlainText();
    CHECK(preview.contains(QStringLiteral("上海市长宁区人民法院：")));
    CHECK(preview.contains(QStringLiteral("现将该纠纷移送你院依法处理")));
    CHECK(preview.contains(QStringLiteral("三、诉讼请求")));
    CHECK_FALSE(preview.contains(QLatin1Char('{')));
}

TEST_CASE("letters to a group's members: one PDF, recorded on every case; a folder of PDFs", "[ui][letters][groups]")
{
    TestDatabase db;
    addStaff(db.connection());
    const QSqlDatabase c = db.connection();
    const QList<qint64> ids = {acceptedCase(c, QStringLiteral("张伟"), QStringLiteral("13812345670")),
                               acceptedCase(c, QStringLiteral("李娜"), QStringLiteral("13812345671"))};
    auto group = GroupService(c).createFromCases(ids, QStringLiteral("悦动健身闭店群体投诉"), kWorker, fixedNow());
    REQUIRE(group.ok());
    GroupsDialog dialog(c, kWorker, QStringLiteral("长宁区消费者权益保护委员会"));
    dialog.showGroup(group.value());
    GroupViewWidget *view = dialog.groupView();

    QTemporaryDir dir;
    // A letter that does not fit the members: nothing written, nothing recorded.
    const QString refused = dir.filePath(QStringLiteral("refusals.pdf"));
    CHECK_FALSE(view->sendLetters(LetterKind::Refusal, SendMethod::Post, fixedNow().date(), refused, true).ok());
    CHECK_FALSE(QFile::exists(refused));
    CHECK(rowCount(c, QStringLiteral("letters")) == 0);
    CHECK(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());

    const QString pdf = dir.filePath(QStringLiteral("acceptances.pdf"));
    auto written = view->sendLetters(LetterKind::Acceptance, SendMethod::Post, fixedNow().date(), pdf, true);
    REQUIRE(written.ok());
    CHECK(written.value() == QStringList{pdf});
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("张伟")));
    CHECK(text.contains(QStringLiteral("李娜")));
    CHECK(rowCount(c, QStringLiteral("letters")) == 2);

    QTemporaryDir folder;
    auto files = view->sendLetters(LetterKind::Acceptance, SendMethod::InPerson, fixedNow().date(), folder.path(), false);
    REQUIRE(files.ok());
    REQUIRE(files->size() == 2);
    for (const QString &file : files.value())
        CHECK(QFileInfo(file).dir() == QDir(folder.path()));
    CHECK(pdfText(files->at(1)).contains(QStringLiteral("李娜")));
    CHECK(rowCount(c, QStringLiteral("letters")) == 4);
    // The same again into that folder would overwrite: refused, nothing recorded.
    CHECK_FALSE(view->sendLetters(LetterKind::Acceptance, SendMethod::InPerson, fixedNow().date(), folder.path(), false).ok());
    CHECK(rowCount(c, QStringLiteral("letters")) == 4);
}

TEST_CASE("Letters… lists the case's mediation agreement beside its letters and prints it", "[ui][letters]")
{
    TestDatabase db;
    REQUIRE(generateDemoData(db.connection(), DemoOptions{300, 11, QDate(2026, 6, 1), HashCost::CheapForTests}).ok());
    auto agreed = runQuery(db.connection(), QStringLiteral("SELECT c.id FROM complaints c JOIN mediation_agreements a "
                                                           "ON a.complaint_id = c.id ORDER BY c.id LIMIT 1"));
    REQUIRE(agreed.ok());
    REQUIRE(agreed->next());
    const qint64 caseId = agreed->value(0).toLongLong();
    agreed->finish();

    LettersDialog dialog(db.connection(), caseId, QStringLiteral("审计员"), false);
    int row = -1;
    for (int i = 0; i < dialog.kindList()->count(); ++i) {
        if (dialog.kindList()->item(i)->text() == QStringLiteral("Mediation agreement"))
            row = i;
    }
    REQUIRE(row >= 0);
    dialog.kindList()->setCurrentRow(row);
    REQUIRE(dialog.shownLetter().has_value());
    CHECK(dialog.shownLetter()->kind == LetterKind::Agreement);
    CHECK_FALSE(dialog.recordButton()->isEnabled()); // signed by the parties, not sent
    CHECK(dialog.preview()->toPlainText().contains(QStringLiteral("人民调解协议书")));
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("agreement.pdf"));
    REQUIRE(dialog.savePdf(pdf));
    CHECK(pdfText(pdf).contains(QStringLiteral("人民调解协议书")));
}

TEST_CASE("Letters… records the referral letter sent to the court and reprints the page that went out",
          "[ui][letters]")
{
    TestDatabase db;
    addStaff(db.connection());
    const qint64 caseId = referredCase(db.connection());
    LettersDialog dialog(db.connection(), caseId, kWorker, true);
    int row = -1;
    for (int i = 0; i < dialog.kindList()->count(); ++i) {
        if (dialog.kindList()->item(i)->text() == QStringLiteral("Referral letter to the court"))
            row = i;
    }
    REQUIRE(row >= 0);
    dialog.kindList()->setCurrentRow(row);
    REQUIRE(dialog.shownLetter().has_value());
    const QString shown = dialog.preview()->toPlainText();
    CHECK(shown.contains(QStringLiteral("长宁区人民法院：")));
    CHECK(shown.contains(QStringLiteral("四、证据清单")));
    CHECK(shown.contains(QStringLiteral("无。"))); // no evidence yet
    CHECK(dialog.recordButton()->isEnabled());
    dialog.methodBox()->setCurrentIndex(dialog.methodBox()->findData(QStringLiteral("in_person")));
    dialog.sentOnEdit()->setDate(fixedNow().date());
    REQUIRE(dialog.recordSent());
    REQUIRE(dialog.sentList()->count() == 1);

    // Evidence added and a new wording afterwards: the next letter shows them, the one sent does not.
    REQUIRE(EvidenceRepository(db.connection())
                .add(caseId, QStringLiteral("收据.jpg"), QByteArray("jpeg"), QStringLiteral("购卡收据"), kWorker)
                .ok());
    REQUIRE(LetterTemplateService(db.connection())
                .save(LetterKind::Referral, QStringLiteral("诉调对接移送函"),
                      QStringLiteral("兹将{complainant}与{business}一案移送你院。"), kBoss)
                .ok());
    LettersDialog again(db.connection(), caseId, kWorker, true);
    for (int i = 0; i < again.kindList()->count(); ++i) {
        if (again.kindList()->item(i)->text() == QStringLiteral("Referral letter to the court"))
            again.kindList()->setCurrentRow(i);
    }
    CHECK(again.preview()->toPlainText().contains(QStringLiteral("收据.jpg")));
    CHECK(again.preview()->toPlainText().contains(QStringLiteral("一案移送你院。")));
    again.sentList()->setCurrentRow(0);
    CHECK_FALSE(again.recordButton()->isEnabled());
    const QString reprinted = again.preview()->toPlainText();
    CHECK_FALSE(reprinted.contains(QStringLiteral("收据.jpg")));
    CHECK_FALSE(reprinted.contains(QStringLiteral("一案移送你院。")));
    CHECK(reprinted.contains(QStringLiteral("现将该纠纷移送你院依法处理")));
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("sent.pdf"));
    REQUIRE(again.savePdf(pdf));
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("诉调对接移送函")));
    CHECK(text.contains(QStringLiteral("现将该纠纷移送你院依法处理")));
    CHECK_FALSE(text.contains(QStringLiteral("收据.jpg")));
}
