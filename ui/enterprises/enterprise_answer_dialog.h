#pragma once

#include <QDialog>
#include <QSqlDatabase>

class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;

namespace casedesk {

class NoticeBar;

// The answer of the enterprise a case was forwarded to: settled (what, how much: the case is
// closed and the money recorded) or not (why: the case comes back into mediation).
class EnterpriseAnswerDialog : public QDialog {
    Q_OBJECT
public:
    EnterpriseAnswerDialog(QSqlDatabase db, qint64 caseId, const QString &caseNumber, const QString &actor,
                           QWidget *parent = nullptr);

    QRadioButton *settledButton() const { return m_settled; }
    QRadioButton *failedButton() const { return m_failed; }
    QPlainTextEdit *textEdit() const { return m_text; }
    QLineEdit *amountEdit() const { return m_amount; }
    QDateEdit *answeredOnEdit() const { return m_answeredOn; }
    NoticeBar *notice() const { return m_notice; }

    // Records the answer as typed; the problem shown when it fails (nothing typed is lost).
    bool save();

private:
    QSqlDatabase m_db;
    qint64 m_caseId;
    QString m_actor;
    QRadioButton *m_settled;
    QRadioButton *m_failed;
    QPlainTextEdit *m_text;
    QLineEdit *m_amount;
    QDateEdit *m_answeredOn;
    NoticeBar *m_notice;
};

} // namespace casedesk
