#pragma once

#include "followup/follow_up_service.h"

#include <QDialog>
#include <QSqlDatabase>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;

namespace casedesk {

class NoticeBar;

// Records a follow-up visit (回访) on a finished case and lists the earlier ones.
class FollowUpDialog : public QDialog {
    Q_OBJECT
public:
    FollowUpDialog(QSqlDatabase db, const QString &user, qint64 caseId, const QString &caseNumber,
                   QWidget *parent = nullptr);
    // The visit as the form says it (for tests).
    FollowUpRequest request() const;
    QCheckBox *reachedCheckBox() const { return m_reached; }
    QComboBox *resultComboBox() const { return m_result; }
    NoticeBar *errorLabel() const { return m_error; } // why the last save failed

public slots:
    void accept() override;

private:
    void loadVisits();
    void updateEnabled();

    QSqlDatabase m_db;
    QString m_user;
    qint64 m_caseId;
    QListWidget *m_visits;
    QDateTimeEdit *m_at;
    QCheckBox *m_reached;
    QComboBox *m_result;
    QSpinBox *m_attitude;
    QPlainTextEdit *m_comment;
    QCheckBox *m_spotCheck;
    NoticeBar *m_error;
};

} // namespace casedesk
