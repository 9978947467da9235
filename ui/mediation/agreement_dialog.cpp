#include "agreement_dialog.h"

#include "notice_bar.h"

#include "domain/money.h"
#include "mediation/agreement_service.h"
#include "storage/mediation_directory_repository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace casedesk {
namespace {

QPlainTextEdit *textBox(QWidget *parent, int lines)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    return edit;
}

} // namespace

AgreementDialog::AgreementDialog(QSqlDatabase db, const Complaint &complaint, const MediationAgreement &agreement,
                                 const QString &actor, QWidget *parent)
    : QDialog(parent), m_db(std::move(db)), m_complaint(complaint), m_agreement(agreement), m_actor(actor),
      m_facts(textBox(this, 3)), m_disputes(textBox(this, 2)), m_responsibility(textBox(this, 2)),
      m_terms(textBox(this, 4)), m_method(new QLineEdit(this)), m_place(new QLineEdit(this)),
      m_performBy(new QDateEdit(this)), m_amount(new QLineEdit(this)), m_mediator(new QComboBox(this)),
      m_copies(new QSpinBox(this)), m_problem(new NoticeBar(this))
{
    setObjectName(QStringLiteral("agreementDialog"));
    setWindowTitle(tr("Mediation Agreement of %1").arg(complaint.caseNumber));
    m_performBy->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_performBy->setCalendarPopup(true);
    m_amount->setPlaceholderText(tr("e.g. 2400"));
    m_copies->setRange(2, 20);
    m_mediator->addItem(tr("(choose)"), QVariant());
    if (auto people = MediationDirectoryRepository(m_db).mediators(true)) {
        for (const Mediator &m : people.value()) {
            if (m.active || (agreement.mediatorId && *agreement.mediatorId == m.id))
                m_mediator->addItem(QStringLiteral("%1 (%2)").arg(m.name, labelOf(m.kind)), m.id);
        }
    }
    m_problem->setObjectName(QStringLiteral("problemBar"));

    auto *form = new QFormLayout;
    form->addRow(tr("Main facts"), m_facts);
    form->addRow(tr("Matters in dispute"), m_disputes);
    form->addRow(tr("Each party's responsibility"), m_responsibility);
    form->addRow(tr("Agreed terms"), m_terms);
    form->addRow(tr("How carried out"), m_method);
    form->addRow(tr("Where carried out"), m_place);
    form->addRow(tr("Carried out by"), m_performBy);
    form->addRow(tr("Amount agreed (¥)"), m_amount);
    form->addRow(tr("Mediator"), m_mediator);
    form->addRow(tr("Copies"), m_copies);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("Save Draft"));
    QPushButton *templateButton = buttons->addButton(tr("Start from Template"), QDialogButtonBox::ResetRole);
    templateButton->setToolTip(tr("Fill every part with the usual Chinese wording, taken from the case"));
    connect(templateButton, &QPushButton::clicked, this, [this] {
        if (QMessageBox::question(this, tr("Start from Template"), tr("Replace what is typed with the template?")) ==
            QMessageBox::Yes) {
            MediationAgreement fresh = agreementTemplate(m_complaint);
            fresh.mediatorId = this->agreement().mediatorId;
            setAgreement(fresh);
        }
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &AgreementDialog::trySave);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_problem);
    layout->addLayout(form, 1);
    layout->addWidget(buttons);
    setAgreement(agreement);
    resize(720, 720);
}

void AgreementDialog::setAgreement(const MediationAgreement &a)
{
    m_facts->setPlainText(a.facts);
    m_disputes->setPlainText(a.disputes);
    m_responsibility->setPlainText(a.responsibility);
    m_terms->setPlainText(a.terms);
    m_method->setText(a.performanceMethod);
    m_place->setText(a.performancePlace);
    m_performBy->setDate(a.performBy.isValid() ? a.performBy : QDate::currentDate().addDays(10));
    m_amount->setText(formatYuan(a.amountFen));
    m_mediator->setCurrentIndex(a.mediatorId ? qMax(0, m_mediator->findData(*a.mediatorId)) : 0);
    m_copies->setValue(a.copies);
}

MediationAgreement AgreementDialog::agreement() const
{
    MediationAgreement a = m_agreement;
    a.complaintId = m_complaint.id;
    a.facts = m_facts->toPlainText();
    a.disputes = m_disputes->toPlainText();
    a.responsibility = m_responsibility->toPlainText();
    a.terms = m_terms->toPlainText();
    a.performanceMethod = m_method->text();
    a.performancePlace = m_place->text();
    a.performBy = m_performBy->date();
    a.amountFen = parseYuan(m_amount->text()).value_or(-1);
    const QVariant mediator = m_mediator->currentData();
    a.mediatorId = mediator.isValid() ? std::optional<qint64>(mediator.toLongLong()) : std::nullopt;
    a.copies = m_copies->value();
    return a;
}

QString AgreementDialog::save()
{
    const MediationAgreement a = agreement();
    if (a.amountFen < 0)
        return tr("Write the amount agreed in yuan, such as 2400 or 2,400.50.");
    auto saved = MediationAgreementService(m_db).saveDraft(a, m_actor);
    if (!saved)
        return saved.error().message;
    m_agreement = saved.value();
    return {};
}

void AgreementDialog::trySave()
{
    const QString problem = save();
    if (problem.isEmpty()) {
        accept();
        return;
    }
    m_problem->showError(problem);
}

} // namespace casedesk
