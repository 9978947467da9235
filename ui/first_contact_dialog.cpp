#include "first_contact_dialog.h"

#include "notice_bar.h"
#include "workflow/first_contact_service.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QVBoxLayout>

namespace casedesk {

FirstContactDialog::FirstContactDialog(QSqlDatabase db, qint64 caseId, const QString &caseNumber,
                                       const QString &actor, QWidget *parent)
    : QDialog(parent), m_db(std::move(db)), m_caseId(caseId), m_actor(actor),
      m_at(new QDateTimeEdit(QDateTime::currentDateTime(), this)), m_method(new QComboBox(this)),
      m_note(new QLineEdit(this)), m_notice(new NoticeBar(this))
{
    setObjectName(QStringLiteral("firstContactDialog"));
    setWindowTitle(tr("First Contact on %1").arg(caseNumber));
    m_at->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_at->setCalendarPopup(true);
    m_at->setMaximumDateTime(QDateTime::currentDateTime());
    for (ContactMethod method : allContactMethods())
        m_method->addItem(labelOf(method), codeOf(method));
    m_note->setMaxLength(FirstContactService::kMaxNote);
    m_note->setPlaceholderText(tr("e.g. told the complainant the case is being handled"));
    auto *form = new QFormLayout;
    form->addRow(tr("When"), m_at);
    form->addRow(tr("How"), m_method);
    form->addRow(tr("Note"), m_note);
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
    m_notice->hide();
    resize(460, sizeHint().height());
}

bool FirstContactDialog::save()
{
    const auto method = contactMethodFromCode(m_method->currentData().toString()).value_or(ContactMethod::Phone);
    auto recorded = FirstContactService(m_db).record(m_caseId, m_at->dateTime(), method, m_note->text(), m_actor);
    if (!recorded) {
        m_notice->showError(recorded.error().message);
        return false;
    }
    return true;
}

} // namespace casedesk
