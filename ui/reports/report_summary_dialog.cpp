#include "reports/report_summary_dialog.h"

#include "stats/report_summary.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace casedesk {

ReportSummaryDialog::ReportSummaryDialog(const QStringList &generated, QWidget *parent, const QString &title,
                                         const QString &intro)
    : QDialog(parent), m_generated(generated), m_editor(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("reportSummaryDialog"));
    setWindowTitle(title.isEmpty() ? tr("Report Summary") : title);
    auto *layout = new QVBoxLayout(this);
    auto *introLabel = new QLabel(intro.isEmpty() ? tr("This summary opens the report, above the line the director "
                                                       "signs. It was written from the report's figures; reword it if "
                                                       "you wish (leave a blank line between paragraphs). The tables "
                                                       "are not changed.")
                                                  : intro,
                                  this);
    introLabel->setWordWrap(true);
    layout->addWidget(introLabel);
    m_editor->setObjectName(QStringLiteral("summaryPlainTextEdit"));
    m_editor->setPlainText(summaryToText(generated));
    m_editor->setMinimumSize(560, 300);
    layout->addWidget(m_editor, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Continue"));
    QPushButton *restore = buttons->addButton(tr("Restore Generated Text"), QDialogButtonBox::ResetRole);
    restore->setObjectName(QStringLiteral("restoreSummaryButton"));
    connect(restore, &QPushButton::clicked, this, [this] { m_editor->setPlainText(summaryToText(m_generated)); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QStringList ReportSummaryDialog::paragraphs() const
{
    return summaryFromText(m_editor->toPlainText());
}

} // namespace casedesk
