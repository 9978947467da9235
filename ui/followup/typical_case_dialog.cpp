#include "followup/typical_case_dialog.h"

#include "notice_bar.h"

#include "followup/follow_up_service.h"
#include "storage/follow_up_repository.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace casedesk {

TypicalCaseDialog::TypicalCaseDialog(QSqlDatabase db, const QString &user, qint64 caseId, const QString &caseNumber,
                                     QWidget *parent)
    : QDialog(parent), m_db(std::move(db)), m_user(user), m_caseId(caseId), m_title(new QLineEdit(this)),
      m_summary(new QPlainTextEdit(this)), m_error(new NoticeBar(this)), m_remove(new QPushButton(tr("Remove Flag"), this))
{
    setObjectName(QStringLiteral("typicalCaseDialog"));
    setWindowTitle(tr("Typical Case: %1").arg(caseNumber));
    m_title->setMaxLength(kMaxTypicalTitleLength);
    m_title->setPlaceholderText(tr("e.g. Gym closed overnight: prepaid card fees refunded"));
    m_summary->setPlaceholderText(tr("What happened, how it was handled, and what consumers can learn from it"));
    auto existing = FollowUpRepository(m_db).typical(caseId);
    const bool flagged = existing && existing.value();
    if (flagged) {
        m_title->setText(existing.value()->title);
        m_summary->setPlainText(existing.value()->summary);
    }
    m_remove->setVisible(flagged);

    auto *form = new QFormLayout;
    form->addRow(tr("Title"), m_title);
    form->addRow(tr("Write-up"), m_summary);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->addButton(m_remove, QDialogButtonBox::DestructiveRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &TypicalCaseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_remove, &QPushButton::clicked, this, &TypicalCaseDialog::removeFlag);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_error); // at the top, as in every window
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(520, 360);
}

void TypicalCaseDialog::showError(const QString &message)
{
    m_error->showError(message);
}

void TypicalCaseDialog::accept()
{
    auto marked = FollowUpService(m_db).markTypical(m_caseId, m_title->text(), m_summary->toPlainText(), m_user);
    if (!marked)
        return showError(marked.error().message);
    QDialog::accept();
}

void TypicalCaseDialog::removeFlag()
{
    if (auto removed = FollowUpService(m_db).unmarkTypical(m_caseId, m_user); !removed)
        return showError(removed.error().message);
    QDialog::accept();
}

} // namespace casedesk
