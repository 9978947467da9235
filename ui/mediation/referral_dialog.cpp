#include "referral_dialog.h"

#include "notice_bar.h"

#include "domain/money.h"
#include "mediation/referral_service.h"
#include "recovery_question.h"
#include "storage/mediation_directory_repository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace casedesk {

ReferralDialog::ReferralDialog(QSqlDatabase db, const CourtReferral &referral, const QString &actor, QWidget *parent)
    : QDialog(parent), m_db(std::move(db)), m_referral(referral), m_actor(actor), m_consentOn(new QDateEdit(this)),
      m_court(new QComboBox(this)), m_referredOn(new QDateEdit(this)), m_claims(new QPlainTextEdit(this)),
      m_lawyer(new QComboBox(this)), m_courtCaseNumber(new QLineEdit(this)), m_outcome(new QComboBox(this)),
      m_decidedOn(new QDateEdit(this)), m_awarded(new QLineEdit(this)), m_recovered(new QLineEdit(this)),
      m_problem(new NoticeBar(this))
{
    setObjectName(QStringLiteral("referralDialog"));
    setWindowTitle(tr("Court Referral"));
    for (QDateEdit *edit : {m_consentOn, m_referredOn, m_decidedOn}) {
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setCalendarPopup(true);
    }
    MediationDirectoryRepository directory(m_db);
    if (auto courts = directory.courts(true)) {
        for (const Court &c : courts.value()) {
            if (c.active || c.id == referral.courtId)
                m_court->addItem(QStringLiteral("%1 (%2)").arg(c.name, labelOf(c.kind)), c.id);
        }
    }
    m_lawyer->addItem(tr("(none)"), QVariant());
    if (auto people = directory.mediators(true)) {
        for (const Mediator &m : people.value()) {
            if (m.kind == MediatorKind::VolunteerLawyer &&
                (m.active || (referral.lawyerId && *referral.lawyerId == m.id)))
                m_lawyer->addItem(m.office.isEmpty() ? m.name : QStringLiteral("%1 (%2)").arg(m.name, m.office), m.id);
        }
    }
    for (ReferralOutcome outcome : allReferralOutcomes())
        m_outcome->addItem(labelOf(outcome), codeOf(outcome));
    m_claims->setTabChangesFocus(true);
    m_claims->setPlaceholderText(tr("What the consumer asks the court for"));
    m_courtCaseNumber->setPlaceholderText(tr("e.g. (2018)沪0105民初1234号"));
    m_problem->setObjectName(QStringLiteral("problemBar"));
    connect(m_outcome, &QComboBox::currentIndexChanged, this, &ReferralDialog::updateOutcomeFields);

    auto *form = new QFormLayout;
    form->addRow(tr("Consumer consented on"), m_consentOn);
    form->addRow(tr("Court"), m_court);
    form->addRow(tr("Referred on"), m_referredOn);
    form->addRow(tr("Claims"), m_claims);
    form->addRow(tr("Volunteer lawyer"), m_lawyer);
    form->addRow(tr("Court case number"), m_courtCaseNumber);
    form->addRow(tr("Outcome"), m_outcome);
    form->addRow(tr("Decided on"), m_decidedOn);
    form->addRow(tr("Amount awarded (¥)"), m_awarded);
    form->addRow(tr("Amount recovered (¥)"), m_recovered);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ReferralDialog::trySave);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_problem);
    layout->addLayout(form, 1);
    layout->addWidget(buttons);
    setReferral(referral);
    resize(600, 560);
}

void ReferralDialog::setReferral(const CourtReferral &r)
{
    const QDate today = QDate::currentDate();
    m_consentOn->setDate(r.consentOn.isValid() ? r.consentOn : today);
    m_referredOn->setDate(r.referredOn.isValid() ? r.referredOn : today);
    m_court->setCurrentIndex(qMax(0, m_court->findData(r.courtId)));
    m_claims->setPlainText(r.claims);
    m_lawyer->setCurrentIndex(r.lawyerId ? qMax(0, m_lawyer->findData(*r.lawyerId)) : 0);
    m_courtCaseNumber->setText(r.courtCaseNumber);
    m_outcome->setCurrentIndex(m_outcome->findData(codeOf(r.outcome)));
    m_decidedOn->setDate(r.decidedOn.isValid() ? r.decidedOn : today);
    m_awarded->setText(formatYuan(r.awardedFen));
    m_recovered->setText(formatYuan(r.recoveredFen));
    updateOutcomeFields();
}

void ReferralDialog::updateOutcomeFields()
{
    const bool decided = m_outcome->currentData().toString() != codeOf(ReferralOutcome::Pending);
    m_decidedOn->setEnabled(decided);
    m_awarded->setEnabled(decided);
    m_recovered->setEnabled(decided);
}

CourtReferral ReferralDialog::referral() const
{
    CourtReferral r = m_referral;
    r.consentOn = m_consentOn->date();
    r.courtId = m_court->currentData().toLongLong();
    r.referredOn = m_referredOn->date();
    r.claims = m_claims->toPlainText();
    const QVariant lawyer = m_lawyer->currentData();
    r.lawyerId = lawyer.isValid() ? std::optional<qint64>(lawyer.toLongLong()) : std::nullopt;
    r.courtCaseNumber = m_courtCaseNumber->text();
    r.outcome = referralOutcomeFromCode(m_outcome->currentData().toString()).value_or(ReferralOutcome::Pending);
    const bool decided = r.outcome != ReferralOutcome::Pending;
    r.decidedOn = decided ? m_decidedOn->date() : QDate();
    r.awardedFen = decided ? parseYuan(m_awarded->text()).value_or(-1) : 0;
    r.recoveredFen = decided ? parseYuan(m_recovered->text()).value_or(-1) : 0;
    return r;
}

QString ReferralDialog::save()
{
    const CourtReferral r = referral();
    if (r.courtId == 0)
        return tr("Add the court first (File > Mediators and Courts).");
    if (r.awardedFen < 0 || r.recoveredFen < 0)
        return tr("Write the amounts in yuan, such as 2400 or 2,400.50.");
    auto saved = withRecoveryQuestions<CourtReferral>(this, [&](const RecoveryDecision &decision) {
        return CourtReferralService(m_db).save(r, m_actor, QDateTime::currentDateTime(), decision);
    });
    if (!saved)
        return saved.error().message;
    m_referral = saved.value();
    return {};
}

void ReferralDialog::trySave()
{
    const QString problem = save();
    if (problem.isEmpty()) {
        accept();
        return;
    }
    m_problem->showError(problem);
}

} // namespace casedesk
