#pragma once

#include <QDialog>
#include <QSqlDatabase>

class QComboBox;
class QDateTimeEdit;
class QLineEdit;

namespace casedesk {

class NoticeBar;

// The first contact with the complainant (the 24-hour first response): when, how and a short
// note. Recorded once per case; it meets the first-contact deadline.
class FirstContactDialog : public QDialog {
    Q_OBJECT
public:
    FirstContactDialog(QSqlDatabase db, qint64 caseId, const QString &caseNumber, const QString &actor,
                       QWidget *parent = nullptr);

    QDateTimeEdit *atEdit() const { return m_at; }
    QComboBox *methodBox() const { return m_method; }
    QLineEdit *noteEdit() const { return m_note; }
    NoticeBar *notice() const { return m_notice; }

    // Records the contact as typed; the problem shown when it fails (nothing typed is lost).
    bool save();

private:
    QSqlDatabase m_db;
    qint64 m_caseId;
    QString m_actor;
    QDateTimeEdit *m_at;
    QComboBox *m_method;
    QLineEdit *m_note;
    NoticeBar *m_notice;
};

} // namespace casedesk
