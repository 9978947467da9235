#include "transition_dialog.h"

#include "notice_bar.h"
#include "workflow/case_workflow.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPlainTextEdit>

namespace casedesk {

TransitionDialog::TransitionDialog(const QString &caseNumber, CaseStatus to, bool noteRequired, QWidget *parent)
    : QDialog(parent), m_kind(groundKindFor(to)), m_ground(new QComboBox(this)), m_note(new QPlainTextEdit(this)),
      m_at(new QDateTimeEdit(QDateTime::currentDateTime(), this)), m_problem(new NoticeBar(this))
{
    setObjectName(QStringLiteral("transitionDialog"));
    setWindowTitle(tr("%1: %2").arg(caseNumber, labelOf(to)));
    m_ground->setObjectName(QStringLiteral("groundComboBox"));
    m_note->setObjectName(QStringLiteral("notePlainTextEdit"));
    m_note->setTabChangesFocus(true);
    m_at->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_at->setCalendarPopup(true);
    m_at->setMaximumDateTime(QDateTime::currentDateTime().addSecs(60));

    auto *form = new QFormLayout;
    if (m_kind != GroundKind::None) {
        for (const QString &code : groundCodes(m_kind))
            m_ground->addItem(groundLabel(m_kind, code), code);
        form->addRow(groundKindName(m_kind), m_ground);
    } else {
        m_ground->hide();
    }
    form->addRow(noteRequired ? tr("Reason (required)") : tr("Note"), m_note);
    form->addRow(tr("When"), m_at);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_problem);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(480, 300);
}

QString TransitionDialog::ground() const { return m_kind == GroundKind::None ? QString() : m_ground->currentData().toString(); }

QString TransitionDialog::note() const { return m_note->toPlainText().trimmed(); }

QDateTime TransitionDialog::at() const { return m_at->dateTime(); }

void TransitionDialog::showProblem(const QString &message)
{
    if (message.isEmpty())
        m_problem->hide();
    else
        m_problem->showError(message);
}

} // namespace casedesk
