#pragma once

#include "documents/pdf_document.h"
#include "letters/letter.h"

#include <QDialog>
#include <QSqlDatabase>

class QComboBox;
class QDateEdit;
class QListWidget;
class QPushButton;
class QTextBrowser;

namespace casedesk {

class NoticeBar;

// Letters… on the case pane: the letters and records that fit the case, each previewed as it
// will print; printed, saved as PDF, and a letter recorded as sent (how, on which day) on the
// case. The case's mediation agreement and referral letter are listed with them (printed from
// the Mediation tab's records). Below, the letters the case was sent, shown and printed again
// exactly as they went out.
class LettersDialog : public QDialog {
    Q_OBJECT
public:
    LettersDialog(QSqlDatabase db, qint64 caseId, const QString &actor, bool mayRecord, QWidget *parent = nullptr);

    QListWidget *kindList() const { return m_kinds; }
    QListWidget *sentList() const { return m_sent; }
    QTextBrowser *preview() const { return m_preview; }
    QComboBox *methodBox() const { return m_method; }
    QDateEdit *sentOnEdit() const { return m_sentOn; }
    QPushButton *recordButton() const { return m_record; }
    NoticeBar *notice() const { return m_notice; }

    // The letter shown: the chosen kind composed for the day chosen, or the chosen sent letter as
    // it was sent (none while the agreement or the referral letter is shown).
    std::optional<Letter> shownLetter() const { return m_shown; }

    // Records the chosen kind as sent with the method and day chosen; the problem shown in the
    // dialog's notice when it fails. Returns whether it was recorded.
    bool recordSent();
    // Writes the paper shown to `path`; the problem shown when it fails.
    bool savePdf(const QString &path);

signals:
    // A letter was recorded on the case (its history has a new line).
    void recorded(qint64 caseId, const QString &message);

private:
    void loadKinds();
    void loadSent();
    void showChosenKind();
    void showChosenSent();
    void showLetter(const std::optional<Letter> &letter);
    void askForPdf();
    void print();

    QSqlDatabase m_db;
    qint64 m_caseId;
    QString m_actor;
    bool m_mayRecord;
    QList<LetterKind> m_fitting;
    QString m_shownHtml;
    PdfOptions m_shownOptions;
    QString m_shownFileName;
    QList<SentLetter> m_sentLetters;
    std::optional<Letter> m_shown;
    QListWidget *m_kinds;
    QListWidget *m_sent;
    QTextBrowser *m_preview;
    QComboBox *m_method;
    QDateEdit *m_sentOn;
    QPushButton *m_record;
    QPushButton *m_print;
    QPushButton *m_pdf;
    NoticeBar *m_notice;
};

} // namespace casedesk
