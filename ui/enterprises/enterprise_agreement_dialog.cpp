#include "enterprises/enterprise_agreement_dialog.h"

#include "day_edit.h"
#include "enterprises/enterprise_agreement_service.h"
#include "notice_bar.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace casedesk {
EnterpriseAgreementDialog::EnterpriseAgreementDialog(QSqlDatabase db, qint64 businessId, const QString &businessName,
                                                     int forwardedOpen, const QString &actor, QWidget *parent)
    : QDialog(parent), m_db(std::move(db)), m_businessId(businessId), m_actor(actor), m_signedOn(newDayEdit(this)),
      m_contact(new QLineEdit(this)), m_phone(new QLineEdit(this)), m_desk(new QLineEdit(this)),
      m_odr(new QCheckBox(tr("Takes part in online dispute resolution (ODR)"), this)),
      m_ended(new QCheckBox(tr("The agreement has ended"), this)), m_endedOn(newDayEdit(this)), m_notice(new NoticeBar(this))
{
    setObjectName(QStringLiteral("enterpriseAgreementDialog"));
    setWindowTitle(tr("Complaint-Network Agreement with %1").arg(businessName));
    m_desk->setPlaceholderText(tr("A phone, an address or a web page"));
    m_endedOn->setEnabled(false);
    connect(m_ended, &QCheckBox::toggled, m_endedOn, &QWidget::setEnabled);
    auto agreement = EnterpriseAgreementService(m_db).agreementOf(businessId, actor);
    if (!agreement) {
        m_notice->showError(tr("The agreement could not be loaded: %1").arg(agreement.error().message));
    } else if (agreement.value()) {
        const EnterpriseAgreement &a = *agreement.value();
        m_signedOn->setDate(a.signedOn);
        m_contact->setText(a.contactPerson);
        m_phone->setText(a.contactPhone);
        m_desk->setText(a.complaintDesk);
        m_odr->setChecked(a.odr);
        m_ended->setChecked(!a.active());
        if (!a.active())
            m_endedOn->setDate(a.endedOn);
    }
    auto *form = new QFormLayout;
    form->addRow(tr("Signed on"), m_signedOn);
    form->addRow(tr("Contact person"), m_contact);
    form->addRow(tr("Contact phone"), m_phone);
    form->addRow(tr("Complaint desk"), m_desk);
    form->addRow(m_odr);
    form->addRow(m_ended);
    form->addRow(tr("Ended on"), m_endedOn);
    form->addRow(new QLabel(tr("Cases with the enterprise now (forwarded, not answered): %1").arg(forwardedOpen), this));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_notice);
    layout->addLayout(form);
    layout->addWidget(buttons);
    if (agreement)
        m_notice->hide();
    resize(560, sizeHint().height()); // room for the desk's placeholder and a long business name
}

bool EnterpriseAgreementDialog::save()
{
    EnterpriseAgreement a;
    a.businessId = m_businessId;
    a.signedOn = m_signedOn->date();
    a.contactPerson = m_contact->text();
    a.contactPhone = m_phone->text();
    a.complaintDesk = m_desk->text();
    a.odr = m_odr->isChecked();
    if (m_ended->isChecked())
        a.endedOn = m_endedOn->date();
    auto saved = EnterpriseAgreementService(m_db).save(a, m_actor);
    if (!saved) {
        m_notice->showError(saved.error().message);
        return false;
    }
    return true;
}

} // namespace casedesk
