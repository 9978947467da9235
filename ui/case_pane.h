#pragma once

#include "privacy/personal_data.h"
#include "storage/user_repository.h"
#include "workflow/case_transition_service.h"

#include <QSqlDatabase>
#include <QWidget>

#include <optional>

class QPushButton;
class QTabWidget;

namespace casedesk {

class CaseActionsBar;
class CaseDetailView;
class CaseEvidenceView;
class CaseHistoryView;
class CaseMediationView;
class CasePrepaidTab;
class CaseRecoveredTab;
class CaseTimelineView;
class NoticeBar;

// The selected case beside the list: the actions allowed now, its details, its timeline
// its history of changes, its evidence files and its mediation.
class CasePane : public QWidget {
    Q_OBJECT
public:
    explicit CasePane(QWidget *parent = nullptr);

    void setDatabase(QSqlDatabase db);
    void setUser(const std::optional<User> &user);
    // Shows the case (0: none) and the actions the current user may take on it.
    void showCase(qint64 caseId);
    qint64 caseId() const { return m_caseId; }
    CaseMediationView *mediationView() const { return m_mediation; }
    // Where a part of the case that could not be loaded, or a change that failed, is reported.
    NoticeBar *notice() const { return m_notice; }

    // Moves the shown case; what the action buttons do once the details are given.
    Result<Complaint> applyTransition(const TransitionRequest &request);
    // Gives the shown case to a caseworker (reassigning is allowed).
    Status assignTo(const QString &userName);
    // Stops or restarts the shown case's deadline clock (appraisal, testing).
    Status stopClock(const QString &reason);
    Status restartClock();
    // Shows the full phone or ID number of the shown case's complainant, if the user may;
    // the reveal is written to the case's audit trail.
    Result<QString> reveal(PersonalField field);

signals:
    // A case was changed here; the list should show it afresh.
    void caseChanged(qint64 caseId, const QString &message);

private:
    void askForTransition(CaseStatus to);
    void askForAssignee();
    void editCase();
    void toggleClock();
    void openLetters();
    void askForEnterpriseAnswer();
    void askForFirstContact();
    // After a change: the case afresh, and the list told.
    void changed(const QString &message);
    void warnIfFailed(const Status &done);

    QSqlDatabase m_db;
    std::optional<User> m_user;
    qint64 m_caseId = 0;
    CaseActionsBar *m_actions;
    QPushButton *m_edit;
    QPushButton *m_assign;
    QPushButton *m_clock;
    QPushButton *m_letters;
    QPushButton *m_answer;
    QPushButton *m_contact;
    bool m_clockStopped = false;
    QTabWidget *m_tabs;
    CaseDetailView *m_detail;
    CaseTimelineView *m_timeline;
    CaseHistoryView *m_history;
    CaseEvidenceView *m_evidence;
    CaseMediationView *m_mediation;
    CasePrepaidTab *m_prepaid;
    CaseRecoveredTab *m_recovered;
    NoticeBar *m_notice;
};

} // namespace casedesk
