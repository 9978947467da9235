#include "catch_qt.h"
#include "test_support.h"

#include "agreement_document.h"
#include "letter_page.h"
#include "case_pane.h"
#include "mediation/agenda_dialog.h"
#include "mediation/agreement_service.h"
#include "mediation/case_mediation_view.h"
#include "mediation/directory_dialog.h"
#include "mediation/directory_service.h"
#include "mediation/mediation_papers.h"
#include "mediation/referral_service.h"
#include "mediation/session_dialog.h"
#include "mediation/session_service.h"
#include "mediation/termination_service.h"
#include "notice_bar.h"
#include "settings/council_settings_page.h"
#include "storage/complaint_repository.h"
#include "storage/evidence_repository.h"
#include "storage/settings_repository.h"
#include "storage/user_repository.h"
#include "workflow/case_transition_service.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTimer>

using namespace casedesk;
using namespace casedesk::test;

namespace {

const QString kCaseworker = QStringLiteral("李敏");
const QString kSupervisor = QStringLiteral("王主任");
const QString kCouncil = QStringLiteral("上海市长宁区消费者权益保护委员会");

QDateTime at(int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2018, month, day), QTime(hour, minute), QTimeZone(8 * 3600));
}

// The gym case of DOMAIN.md up to the point where mediation is under way, with a people's
// mediator, a volunteer lawyer, a circuit hearing point and two evidence files.
struct Gym {
    Gym()
    {
        const QSqlDatabase c = db.connection();
        REQUIRE(UserRepository(c).add(kCaseworker, Role::Caseworker).ok());
        REQUIRE(UserRepository(c).add(kSupervisor, Role::Supervisor).ok());
        REQUIRE(SettingsRepository(c).setValue(SettingsRepository::kCouncilName, kCouncil).ok());
        Complaint complaint = sampleComplaint(c);
        complaint.business.name = QStringLiteral("上海悦动健身有限公司");
        complaint.incidentDate = QDate(2017, 4, 5);
        complaint.facts = QStringLiteral("消费者于2017年4月5日购买三年期健身卡，2017年12月25日该健身房突然关门。");
        complaint.receivedAt = at(1, 8, 10);
        auto added = ComplaintRepository(c).add(complaint, kCaseworker, at(1, 8, 10));
        REQUIRE(added.ok());
        caseId = added->id;
        move(CaseStatus::Accepted, at(1, 9, 9));
        move(CaseStatus::InMediation, at(1, 10, 9));
        MediationDirectoryService directory(c);
        Mediator m;
        m.name = QStringLiteral("陈静");
        m.kind = MediatorKind::PeoplesMediator;
        mediatorId = directory.saveMediator(m, kSupervisor).value().id;
        m.name = QStringLiteral("赵明");
        m.kind = MediatorKind::VolunteerLawyer;
        m.office = QStringLiteral("上海明理律师事务所");
        lawyerId = directory.saveMediator(m, kSupervisor).value().id;
        Court court;
        court.name = QStringLiteral("长宁区人民法院消保委巡回审判点");
        court.kind = CourtKind::Circuit;
        courtId = directory.saveCourt(court, kSupervisor).value().id;
        REQUIRE(EvidenceRepository(c)
                    .add(caseId, QStringLiteral("会员卡收据.jpg"), QByteArray("jpeg bytes"), QStringLiteral("购卡收据"),
                         kCaseworker, at(1, 8, 11))
                    .ok());
        MediationSession s;
        s.complaintId = caseId;
        s.startsAt = at(2, 6, 14);
        s.mode = SessionMode::OnSite;
        s.outcome = SessionOutcome::NoAgreement;
        s.mediatorIds = {mediatorId};
        s.record = QStringLiteral("经营者称资金困难，拒绝退款。");
        REQUIRE(MediationSessionService(c).save(s, kCaseworker, at(3, 21, 18)).ok());
    }

    void move(CaseStatus to, const QDateTime &when)
    {
        TransitionRequest request;
        request.caseId = caseId;
        request.to = to;
        request.at = when;
        REQUIRE(CaseTransitionService(db.connection()).transition(request, kCaseworker).ok());
    }

    void signAgreement()
    {
        MediationAgreement a = agreementTemplate(ComplaintRepository(db.connection()).get(caseId).value());
        a.performBy = QDate(2018, 3, 31);
        a.mediatorId = mediatorId;
        REQUIRE(MediationAgreementService(db.connection()).saveDraft(a, kCaseworker).ok());
        REQUIRE(MediationAgreementService(db.connection()).sign(caseId, QDate(2018, 3, 21), kCaseworker).ok());
    }

    void referToCourt()
    {
        REQUIRE(TerminationService(db.connection())
                    .terminate(caseId, QStringLiteral("no_agreement"), {}, at(3, 21, 9), kCaseworker)
                    .ok());
        CourtReferral r;
        r.complaintId = caseId;
        r.consentOn = QDate(2018, 3, 21);
        r.referredOn = QDate(2018, 3, 21);
        r.courtId = courtId;
        r.claims = QStringLiteral("判令被告退还剩余健身卡费用人民币2400元。");
        r.lawyerId = lawyerId;
        REQUIRE(CourtReferralService(db.connection()).save(r, kCaseworker).ok());
    }

    TestDatabase db;
    qint64 caseId = 0;
    qint64 mediatorId = 0;
    qint64 lawyerId = 0;
    qint64 courtId = 0;
};

QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

// pdftotext's text with every blank and line break taken out, so wrapped lines compare whole.
QString pdfText(const QString &path)
{
    return run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")})
        .remove(QRegularExpression(QStringLiteral("\\s")));
}

QString compact(QString text)
{
    return text.remove(QRegularExpression(QStringLiteral("\\s")));
}

bool fontsEmbedded(const QString &path)
{
    const QStringList lines = run(QStringLiteral("pdffonts"), {path}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (lines.size() < 3)
        return false;
    for (const QString &line : lines.mid(2)) {
        // name type encoding emb sub uni object ID: "emb" is the fourth column from the right.
        const QStringList columns = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (columns.size() < 7 || columns.at(columns.size() - 5) != QLatin1String("yes"))
            return false;
    }
    return lines.mid(2).join(QLatin1Char('\n')).contains(QStringLiteral("WenQuanYi"));
}

} // namespace

TEST_CASE("the mediation agreement PDF holds every required part in exact Chinese, with its font embedded",
          "[ui][mediation][pdf]")
{
    Gym gym;
    gym.signAgreement();
    auto paper = agreementPaper(gym.db.connection(), gym.caseId);
    REQUIRE(paper.ok());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("agreement.pdf"));
    auto written = writeCaseLetterPdf(gym.db.connection(), gym.caseId, LetterKind::Agreement, kCaseworker, path);
    INFO((written.ok() ? QString() : written.error().message).toStdString());
    REQUIRE(written.ok());
    const QString text = pdfText(path);
    REQUIRE_FALSE(text.isEmpty());
    const MediationAgreement &a = paper->agreement;
    for (const QString &expected : {QStringLiteral("人民调解协议书"),
                                    QStringLiteral("编号：") + paper->complaint.caseNumber,
                                    QStringLiteral("申请人（消费者）：张伟"),
                                    QStringLiteral("身份证号码：11010519491231002X"),
                                    QStringLiteral("被申请人（经营者）：上海悦动健身有限公司"),
                                    QStringLiteral("统一社会信用代码：91350100M000100Y43"),
                                    QStringLiteral("一、纠纷的主要事实"),
                                    compact(a.facts),
                                    QStringLiteral("二、争议事项"),
                                    compact(a.disputes),
                                    QStringLiteral("三、各方当事人的责任"),
                                    compact(a.responsibility),
                                    QStringLiteral("四、经调解，双方当事人自愿达成如下协议"),
                                    compact(a.terms),
                                    QStringLiteral("退还人民币2,400.00元"),
                                    QStringLiteral("五、履行方式、地点和期限"),
                                    QStringLiteral("履行方式：") + compact(a.performanceMethod),
                                    QStringLiteral("履行地点：") + a.performancePlace,
                                    QStringLiteral("履行期限：2018年3月31日前履行完毕"),
                                    QStringLiteral("本协议一式三份"),
                                    QStringLiteral("申请人（签名并按指印）"),
                                    QStringLiteral("被申请人（盖章）"),
                                    QStringLiteral("人民调解员（签名）：陈静"),
                                    kCouncil + QStringLiteral("（印章）"),
                                    QStringLiteral("2018年3月21日")}) {
        INFO(expected.toStdString());
        CHECK(text.contains(expected));
    }
    CHECK(fontsEmbedded(path));
}

TEST_CASE("the referral letter PDF lists the parties, claims, evidence and mediation history", "[ui][mediation][pdf]")
{
    Gym gym;
    gym.referToCourt();
    auto paper = referralPaper(gym.db.connection(), gym.caseId);
    REQUIRE(paper.ok());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("referral.pdf"));
    REQUIRE(writeCaseLetterPdf(gym.db.connection(), gym.caseId, LetterKind::Referral, kCaseworker, path).ok());
    const QString text = pdfText(path);
    for (const QString &expected :
         {QStringLiteral("诉调对接移送函"), QStringLiteral("长宁区人民法院消保委巡回审判点："),
          QStringLiteral("（巡回审判点）"), QStringLiteral("消费者张伟与经营者上海悦动健身有限公司消费纠纷一案"),
          QStringLiteral("一、案件概况"), QStringLiteral("二、当事人"), QStringLiteral("三、诉讼请求"),
          QStringLiteral("判令被告退还剩余健身卡费用人民币2400元。"), QStringLiteral("四、证据清单"),
          QStringLiteral("会员卡收据.jpg"), QStringLiteral("购卡收据"), QStringLiteral("五、调解经过"),
          QStringLiteral("现场调解"), QStringLiteral("陈静"), QStringLiteral("未达成协议"),
          QStringLiteral("双方分歧较大，无法达成调解协议"), QStringLiteral("律师志愿者赵明"),
          QStringLiteral("附：证据材料一份"), kCouncil + QStringLiteral("（印章）")}) {
        INFO(expected.toStdString());
        CHECK(text.contains(expected));
    }
    CHECK(fontsEmbedded(path));
}

TEST_CASE("print preview paints the same pages on a printer", "[ui][mediation][pdf]")
{
    Gym gym;
    gym.signAgreement();
    auto paper = agreementPaper(gym.db.connection(), gym.caseId);
    REQUIRE(paper.ok());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("printed.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    PdfOptions options;
    auto wording = LetterService(gym.db.connection()).compose(gym.caseId, LetterKind::Agreement, kCaseworker);
    REQUIRE(wording.ok());
    REQUIRE(paintHtml(agreementHtml(paper.value(), wording.value()), printer, options).ok());
    CHECK(printer.pageLayout().pageSize().id() == QPageSize::A4);
    const QString text = pdfText(path);
    CHECK(text.contains(QStringLiteral("人民调解协议书")));
    CHECK(text.contains(QStringLiteral("人民调解员（签名）：陈静")));
}

TEST_CASE("without a Chinese font a document is refused with a clear message instead of boxes", "[ui][mediation][pdf]")
{
    CHECK(checkChineseFont().ok());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("boxes.pdf"));
    PdfOptions options;
    options.fontFamily = QStringLiteral("No Such CJK Font");
    auto written = writeHtmlPdf(QStringLiteral("<p>人民调解协议书</p>"), path, options);
    REQUIRE_FALSE(written.ok());
    CHECK(written.error().message.contains(QStringLiteral("No Such CJK Font")));
    CHECK(written.error().message.contains(QStringLiteral("fonts-wqy-microhei")));
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("the Mediation tab follows the case from sessions through referral to closing", "[ui][mediation]")
{
    Gym gym;
    CasePane pane;
    pane.setDatabase(gym.db.connection());
    pane.setUser(UserRepository(gym.db.connection()).findByName(kCaseworker).value());
    pane.showCase(gym.caseId);
    CaseMediationView *view = pane.mediationView();
    REQUIRE(view);
    CHECK(view->sessionTable()->rowCount() == 1);
    CHECK(view->sessionTable()->item(0, 2)->text() == QStringLiteral("陈静"));
    auto button = [&view](const char *name) { return view->findChild<QPushButton *>(QLatin1String(name)); };
    CHECK(button("bookSessionButton")->isEnabled());
    CHECK(button("draftAgreementButton")->isEnabled());
    CHECK(button("terminateButton")->isEnabled());
    CHECK_FALSE(button("referButton")->isEnabled()); // mediation has not failed
    CHECK(view->agreementSummary().contains(QStringLiteral("No agreement yet")));

    gym.referToCourt();
    pane.showCase(gym.caseId);
    CHECK_FALSE(button("bookSessionButton")->isEnabled());
    CHECK(view->terminationSummary().contains(QStringLiteral("2018-03-21")));
    CHECK(view->terminationSummary().contains(QStringLiteral("2018-03-30"))); // 7 working days
    CHECK(view->referralSummary().contains(QStringLiteral("长宁区人民法院消保委巡回审判点")));
    CHECK(button("referralPdfButton")->isEnabled());
    CHECK_FALSE(button("closeFromReferralButton")->isEnabled()); // no outcome yet

    CourtReferral r = CourtReferralService(gym.db.connection()).referralOf(gym.caseId).value().value();
    r.outcome = ReferralOutcome::ForConsumer;
    r.decidedOn = QDate(2018, 3, 21);
    r.awardedFen = 240000;
    r.recoveredFen = 240000;
    REQUIRE(CourtReferralService(gym.db.connection()).save(r, kCaseworker).ok());
    pane.showCase(gym.caseId);
    CHECK(view->referralSummary().contains(QStringLiteral("2,400.00")));
    REQUIRE(button("closeFromReferralButton")->isEnabled());
    button("closeFromReferralButton")->click();
    CHECK(ComplaintRepository(gym.db.connection()).get(gym.caseId).value().status == CaseStatus::Closed);
    CHECK(ComplaintRepository(gym.db.connection()).get(gym.caseId).value().recoveredFen == 240000);
}

TEST_CASE("a double booking made in the session dialog shows in the agenda", "[ui][mediation]")
{
    Gym gym;
    MediationSession s;
    s.complaintId = gym.caseId;
    s.startsAt = at(2, 6, 14, 30);
    s.mediatorIds = {gym.mediatorId};
    s.outcome = SessionOutcome::NoAgreement;
    SessionDialog dialog(gym.db.connection(), s, kCaseworker);
    CHECK(dialog.session().mediatorIds == QList<qint64>{gym.mediatorId});
    CHECK(dialog.save(true).isEmpty());
    AgendaDialog agenda(gym.db.connection());
    agenda.showPeriod(QDate(2018, 2, 6), true);
    CHECK(agenda.warningText().contains(QStringLiteral("陈静")));
    agenda.showPeriod(QDate(2018, 2, 13), true);
    CHECK(agenda.warningText().isEmpty());
}

TEST_CASE("the council's name is edited in the settings and refused when empty", "[ui][settings]")
{
    TestDatabase db;
    addTestUser(db.connection(), QStringLiteral("管理员"), Role::Administrator);
    CouncilSettingsPage page(db.connection(), QStringLiteral("管理员"));
    CHECK(page.nameEdit()->text() == QStringLiteral("区消费者权益保护委员会"));
    page.nameEdit()->setText(QStringLiteral("   "));
    CHECK_FALSE(page.save().ok());
    page.nameEdit()->setText(kCouncil);
    CHECK(page.save().ok());
    CHECK(SettingsRepository(db.connection()).councilName().value() == kCouncil);
}

TEST_CASE("adding a mediator: a refused save says why and keeps the dialog open", "[ui][mediation]")
{
    TestDatabase db;
    addTestUser(db.connection(), kSupervisor, Role::Supervisor);
    DirectoryDialog directory(db.connection(), kSupervisor);
    QPushButton *add = nullptr;
    for (QPushButton *button : directory.findChildren<QPushButton *>()) {
        if (button->text() == QStringLiteral("Add Mediator..."))
            add = button;
    }
    REQUIRE(add != nullptr);
    QString problemShown;
    bool stayedOpen = false;
    QTimer::singleShot(0, &directory, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        QPushButton *save = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
        save->click(); // no name yet: refused
        stayedOpen = dialog->isVisible();
        if (auto *notice = dialog->findChild<NoticeBar *>();
            notice && notice->isVisible() && notice->kind() == NoticeBar::Kind::Error)
            problemShown = notice->text();
        dialog->findChildren<QLineEdit *>().first()->setText(QStringLiteral("刘专家"));
        save->click();
    });
    add->click();
    CHECK(stayedOpen);
    CHECK_FALSE(problemShown.isEmpty());
    REQUIRE(directory.mediatorTable()->rowCount() == 1);
    CHECK(directory.mediatorTable()->item(0, 0)->text() == QStringLiteral("刘专家"));
}
