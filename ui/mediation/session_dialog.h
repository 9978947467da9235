#pragma once

#include "mediation/mediation.h"

#include <QDialog>
#include <QSqlDatabase>

class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;

namespace casedesk {
class NoticeBar;

// Books a mediation session or records what happened in it: time, mode, mediators,
// participants, the record (笔录) and the outcome. Saving warns before booking a mediator
// twice; the dialog stays open on a refusal so nothing typed is lost.
class SessionDialog : public QDialog {
    Q_OBJECT
public:
    SessionDialog(QSqlDatabase db, const MediationSession &session, const QString &actor, QWidget *parent = nullptr);

    MediationSession session() const;
    // Fills the form (for tests and for editing).
    void setSession(const MediationSession &session);
    // Saves without asking (tests); returns the problem, or empty on success. `acceptClashes`:
    // book even if a mediator is booked twice.
    QString save(bool acceptClashes);
    // Books the session for every member in mediation of the group instead of one case.
    void setGroup(qint64 groupId);

private:
    void trySave();

    QSqlDatabase m_db;
    MediationSession m_session;
    QString m_actor;
    qint64 m_groupId = 0;
    QDateTimeEdit *m_startsAt;
    QSpinBox *m_minutes;
    QComboBox *m_mode;
    QListWidget *m_mediators;
    QLineEdit *m_place;
    QLineEdit *m_participants;
    QPlainTextEdit *m_record;
    QComboBox *m_outcome;
    NoticeBar *m_problem;
};

} // namespace casedesk
