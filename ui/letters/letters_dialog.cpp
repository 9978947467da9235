#include "letters/letters_dialog.h"

#include "day_edit.h"
#include "documents/letter_page.h"
#include "letters/letter_service.h"
#include "letters/print_preview.h"
#include "notice_bar.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace casedesk {

LettersDialog::LettersDialog(QSqlDatabase db, qint64 caseId, const QString &actor, bool mayRecord, QWidget *parent)
    : QDialog(parent), m_db(std::move(db)), m_caseId(caseId), m_actor(actor), m_mayRecord(mayRecord),
      m_kinds(new QListWidget(this)), m_sent(new QListWidget(this)), m_preview(new QTextBrowser(this)),
      m_method(new QComboBox(this)), m_sentOn(newDayEdit(this)),
      m_record(new QPushButton(tr("Record as Sent"), this)), m_print(new QPushButton(tr("Print..."), this)),
      m_pdf(new QPushButton(tr("Save PDF..."), this)), m_notice(new NoticeBar(this))
{
    setObjectName(QStringLiteral("lettersDialog"));
    setWindowTitle(tr("Letters"));
    m_kinds->setObjectName(QStringLiteral("letterKinds"));
    m_sent->setObjectName(QStringLiteral("sentLetters"));
    m_preview->setObjectName(QStringLiteral("letterPreview"));
    m_record->setObjectName(QStringLiteral("recordSentButton"));
    for (SendMethod method : allSendMethods())
        m_method->addItem(labelOf(method), codeOf(method));

    auto *left = new QVBoxLayout;
    left->addWidget(new QLabel(tr("Letters and records for this case:"), this));
    left->addWidget(m_kinds, 2);
    left->addWidget(new QLabel(tr("Sent, as they went out:"), this));
    left->addWidget(m_sent, 1);
    auto *sending = new QFormLayout;
    sending->addRow(tr("How it was sent:"), m_method);
    sending->addRow(tr("Sent on:"), m_sentOn);
    left->addLayout(sending);
    left->addWidget(m_record);
    auto *body = new QHBoxLayout;
    body->addLayout(left, 1);
    body->addWidget(m_preview, 2);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_print, QDialogButtonBox::ActionRole);
    buttons->addButton(m_pdf, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_notice);
    layout->addLayout(body, 1);
    layout->addWidget(buttons);
    m_notice->hide();

    connect(m_kinds, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0) {
            m_sent->setCurrentRow(-1);
            showChosenKind();
        }
    });
    connect(m_sent, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0) {
            m_kinds->setCurrentRow(-1);
            showChosenSent();
        }
    });
    // The letter carries the day it was sent: the preview follows the chosen day.
    connect(m_sentOn, &QDateEdit::dateChanged, this, [this] {
        if (m_kinds->currentRow() >= 0)
            showChosenKind();
    });
    connect(m_record, &QPushButton::clicked, this, &LettersDialog::recordSent);
    connect(m_print, &QPushButton::clicked, this, &LettersDialog::print);
    connect(m_pdf, &QPushButton::clicked, this, &LettersDialog::askForPdf);
    loadKinds();
    loadSent();
    if (m_kinds->count() > 0)
        m_kinds->setCurrentRow(0);
    else
        showLetter(std::nullopt);
    resize(1000, 700);
}

void LettersDialog::loadKinds()
{
    m_kinds->clear();
    auto kinds = LetterService(m_db).kindsFor(m_caseId, m_actor);
    if (!kinds) {
        m_notice->showError(tr("The letters for this case could not be worked out: %1").arg(kinds.error().message));
        return;
    }
    m_fitting = kinds.value();
    for (LetterKind kind : std::as_const(m_fitting)) {
        auto *item = new QListWidgetItem(labelOf(kind), m_kinds);
        item->setToolTip(kind == LetterKind::Agreement ? tr("Drafted on the Mediation tab: print it for the parties to sign.")
                         : isSentLetter(kind)          ? tr("A letter: print it, then record how and when it was sent.")
                                                       : tr("A record: print it for those present to sign."));
    }
}

void LettersDialog::loadSent()
{
    m_sent->clear();
    auto sent = LetterService(m_db).sentLetters(m_caseId, m_actor);
    if (!sent) {
        m_notice->showError(tr("The letters sent could not be loaded: %1").arg(sent.error().message));
        return;
    }
    m_sentLetters = sent.value();
    for (const SentLetter &letter : std::as_const(m_sentLetters))
        m_sent->addItem(tr("%1  %2 (%3, %4)")
                            .arg(letter.sentOn.toString(QStringLiteral("yyyy-MM-dd")), labelOf(letter.letter.kind),
                                 labelOf(letter.method), letter.recordedBy));
}

void LettersDialog::showChosenKind()
{
    const int row = m_kinds->currentRow();
    if (row < 0 || row >= m_fitting.size())
        return showLetter(std::nullopt);
    const LetterKind kind = m_fitting.at(row);
    auto letter = LetterService(m_db).compose(m_caseId, kind, m_actor, m_sentOn->date());
    if (!letter) {
        m_notice->showError(letter.error().message);
        return showLetter(std::nullopt);
    }
    showLetter(letter.value());
    m_record->setEnabled(m_mayRecord && isSentLetter(kind) && m_shown.has_value());
    m_method->setEnabled(m_record->isEnabled());
    m_sentOn->setEnabled(true);
}

void LettersDialog::showChosenSent()
{
    const int row = m_sent->currentRow();
    if (row < 0 || row >= m_sentLetters.size())
        return showLetter(std::nullopt);
    showLetter(m_sentLetters.at(row).letter);
    m_record->setEnabled(false); // it was sent already: it is shown, printed, not sent again from here
    m_method->setEnabled(false);
    m_sentOn->setEnabled(false);
}

void LettersDialog::showLetter(const std::optional<Letter> &letter)
{
    m_shown.reset();
    m_shownHtml.clear();
    m_record->setEnabled(false);
    m_method->setEnabled(false);
    std::optional<LetterPage> page;
    if (letter) {
        auto laidOut = letterPage(m_db, *letter);
        if (laidOut)
            page = laidOut.value();
        else
            m_notice->showError(laidOut.error().message);
    }
    m_print->setEnabled(page.has_value());
    m_pdf->setEnabled(page.has_value());
    if (!page) {
        m_preview->setHtml(m_fitting.isEmpty() && m_sentLetters.isEmpty()
                               ? tr("<p>No letter fits this case at its present step.</p>")
                               : QString());
        return;
    }
    m_shown = letter;
    m_shownHtml = page->html;
    m_shownOptions = page->options;
    m_shownFileName = QStringLiteral("%1-%2.pdf").arg(letter->title, letter->caseNumber);
    m_preview->setHtml(page->html);
}

bool LettersDialog::recordSent()
{
    const int row = m_kinds->currentRow();
    if (row < 0 || row >= m_fitting.size())
        return false;
    const LetterKind kind = m_fitting.at(row);
    const auto method = sendMethodFromCode(m_method->currentData().toString());
    auto sent = LetterService(m_db, letterPageLayout(m_db)).recordSent(m_caseId, kind, method.value_or(SendMethod::Post), m_sentOn->date(),
                                               m_actor);
    if (!sent) {
        m_notice->showError(sent.error().message);
        return false;
    }
    const QString message = tr("%1 recorded as sent (%2, %3).")
                                .arg(labelOf(kind), labelOf(sent->method),
                                     sent->sentOn.toString(QStringLiteral("yyyy-MM-dd")));
    m_notice->showMessage(message, NoticeBar::Kind::Information);
    loadSent();
    emit recorded(m_caseId, message);
    return true;
}

bool LettersDialog::savePdf(const QString &path)
{
    if (m_shownHtml.isEmpty())
        return false;
    if (auto written = writeHtmlPdf(m_shownHtml, path, m_shownOptions); !written) {
        m_notice->showError(written.error().message);
        return false;
    }
    m_notice->showMessage(tr("Saved %1").arg(path), NoticeBar::Kind::Information);
    return true;
}

void LettersDialog::askForPdf()
{
    if (m_shownHtml.isEmpty())
        return;
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save PDF"), m_shownFileName, tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        savePdf(path);
}

void LettersDialog::print()
{
    if (m_shownHtml.isEmpty())
        return;
    if (auto shown = showPrintPreview(this, m_shownHtml, m_shownOptions); !shown)
        m_notice->showError(shown.error().message);
}

} // namespace casedesk
