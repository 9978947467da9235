#include "enterprises/enterprise_answer_dialog.h"

#include "day_edit.h"
#include "domain/money.h"
#include "enterprises/enterprise_answer_service.h"
#include "notice_bar.h"
#include "recovery_question.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace casedesk {

EnterpriseAnswerDialog::EnterpriseAnswerDialog(QSqlDatabase db, qint64 caseId, const QString &caseNumber,
                                               const QString &actor, QWidget *parent)
    : QDialog(parent), m_db(std::move(db)), m_caseId(caseId), m_actor(actor),
      m_settled(new QRadioButton(tr("Settled by the enterprise (先行和解)"), this)),
      m_failed(new QRadioButton(tr("Not settled: the case comes back to the council"), this)),
      m_text(new QPlainTextEdit(this)), m_amount(new QLineEdit(this)),
      m_answeredOn(newDayEdit(this)), m_notice(new NoticeBar(this))
{
    setObjectName(QStringLiteral("enterpriseAnswerDialog"));
    setWindowTitle(tr("Enterprise's Answer on %1").arg(caseNumber));
    m_settled->setChecked(true);
    m_amount->setPlaceholderText(tr("e.g. 1200 (yuan)"));
    connect(m_failed, &QRadioButton::toggled, m_amount, [this](bool failed) {
        m_amount->setEnabled(!failed);
        if (failed)
            m_amount->clear();
    });
    auto *form = new QFormLayout;
    form->addRow(m_settled);
    form->addRow(m_failed);
    form->addRow(tr("What was settled, or why not"), m_text);
    form->addRow(tr("Money paid"), m_amount);
    form->addRow(tr("Answered on"), m_answeredOn);
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
}

bool EnterpriseAnswerDialog::save()
{
    EnterpriseAnswer answer;
    answer.settled = m_settled->isChecked();
    answer.text = m_text->toPlainText();
    answer.answeredOn = m_answeredOn->date();
    if (answer.settled && !m_amount->text().trimmed().isEmpty()) {
        const auto fen = parseYuan(m_amount->text());
        if (!fen) {
            m_notice->showError(tr("Write the money paid in yuan, e.g. 1200 or 1,200.50."));
            return false;
        }
        answer.amountFen = *fen;
    }
    // The ledger asks when the money meets other money of the case: the user answers.
    auto recorded = withRecoveryQuestions<EnterpriseAnswer>(this, [&](const RecoveryDecision &decision) {
        return EnterpriseAnswerService(m_db).record(m_caseId, answer, m_actor, QDateTime::currentDateTime(), decision);
    });
    if (!recorded) {
        m_notice->showError(recorded.error().message);
        return false;
    }
    return true;
}

} // namespace casedesk
