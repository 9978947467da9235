#pragma once

#include <QDialog>
#include <QSqlDatabase>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace casedesk {

class NoticeBar;

// Flags a case as a typical case (典型案例) with a title and a short write-up, or removes the flag.
class TypicalCaseDialog : public QDialog {
    Q_OBJECT
public:
    TypicalCaseDialog(QSqlDatabase db, const QString &user, qint64 caseId, const QString &caseNumber,
                      QWidget *parent = nullptr);
    QLineEdit *titleEdit() const { return m_title; }
    QPlainTextEdit *summaryEdit() const { return m_summary; }
    NoticeBar *errorLabel() const { return m_error; } // why the last save failed

public slots:
    void accept() override;

private:
    void removeFlag();
    void showError(const QString &message);

    QSqlDatabase m_db;
    QString m_user;
    qint64 m_caseId;
    QLineEdit *m_title;
    QPlainTextEdit *m_summary;
    NoticeBar *m_error;
    QPushButton *m_remove;
};

} // namespace casedesk
