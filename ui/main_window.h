#pragma once

#include "auth/permissions.h"
#include "storage/database.h"
#include "storage/user_repository.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>
#include <optional>

class QLabel;
class QSplitter;
class QTableView;

namespace casedesk {

class BackupScheduler;
class CasePane;
class CaseTableModel;
class DashboardWindow;
class DisputeViews;
class ServerChangeWatcher;
class FilterBar;
class IdleLock;
class IntakeDialog;
class NoticeBar;

// The caseworker's main window: filter bar, the case list and the selected case.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // `userName`: who works at this desk, already signed in to the database (SignInDialog);
    // empty until someone signs in.
    explicit MainWindow(std::unique_ptr<Database> database, const QString &userName = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows a dismissable line above the list. `aboutDemo`: the text tells that the file is a
    // demo database; closing it then stops the reminder at later starts.
    void showNotice(const QString &text, bool aboutDemo = false);

    // Hands the open database over (used when the window is rebuilt in another language).
    std::unique_ptr<Database> takeDatabase();

    // Makes `name` the desk's current user; false if the database has no such active user.
    // The caller has checked their password (signInTo()).
    bool setCurrentUser(const QString &name);
    QString currentUserName() const { return m_user ? m_user->name : QString(); }

    CasePane *casePane() const { return m_casePane; }
    CaseTableModel *caseModel() const { return m_model; }
    FilterBar *filterBar() const { return m_filterBar; }
    IdleLock *idleLock() const { return m_idleLock; }

    // Hides the cases and asks for the password again (after idle time, or Ctrl+L).
    void lockScreen();
    bool isLocked() const { return m_locked; }
    QTableView *caseTable() const { return m_table; }
    // The supervisor's dashboard (View > Dashboard), opened on first use.
    DashboardWindow *showDashboard();
    DisputeViews *disputeViews() const { return m_disputes; }

signals:
    void languageChangeRequested(const QString &language);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void setDatabase(std::unique_ptr<Database> database);
    void openDatabase();
    void connectToOfficeServer();
    void registerComplaint();
    void showDueList();
    void showCase(qint64 caseId);
    void newDatabase();
    void switchTo(const QString &path, bool create);
    // Shows `database` with `userName` signed in (after a switch or a connection).
    void workOn(std::unique_ptr<Database> database, const QString &userName);
    // Takes the current file's lock back after a switch that did not happen.
    void reclaimCurrentDatabase();
    void showAnchorWarning();
    void showDemoReminder();
    void fitColumns();
    void noticeDismissed();
    void showSelectedCase();
    qint64 selectedCaseId() const;
    void reselect(qint64 caseId);
    // Colleagues changed cases on the office server: the list, the badge and the open due
    // lists and dashboard show it, the user's selection and scroll position kept.
    void showChangesFromElsewhere();
    void switchUser();
    // Closes an open registration when another user takes over the desk (its draft stays
    // with the user who typed it).
    void closeIntake();
    void checkIntegrityInBackground();
    void updateCount(qint64 total);
    void showAbout();
    void saveLayout();
    // Backups, restore and the audit check (main_window_safety.cpp).
    void backUpNow();
    void restoreFromBackup();
    void verifyAuditTrail();
    bool backUpOnExit(); // false: a failed backup, and the caseworker chose not to close
    // Runs the backup on a worker thread with a progress window.
    Result<QString> backUpWithProgress(const QString &title);
    bool mayDo(Permission permission, const QString &title);
    // The case list as filtered, to an Excel workbook (main_window_export.cpp).
    void exportCasesToExcel();
    // The closed 12315 work orders of the list, as the platform asks their results.
    void exportPlatformResults();
    // File > Import Work Orders...: a 12315 or 12345 download as cases.
    void importWorkOrders();
    // Statistics and follow-up (main_window_statistics.cpp).
    void createStatisticsMenu();
    void recordFollowUp();
    void markTypicalCase();
    void showSpotChecks();
    void closeStatisticsWindows();

    std::unique_ptr<Database> m_database;
    CaseTableModel *m_model = nullptr;
    FilterBar *m_filterBar;
    NoticeBar *m_notice;
    QString m_demoNotice; // the demo reminder's text while it is up
    QTableView *m_table;
    CasePane *m_casePane;
    std::optional<User> m_user;
    QSplitter *m_splitter;
    QLabel *m_countLabel;
    QLabel *m_pathLabel;
    QPointer<IntakeDialog> m_intake;
    IdleLock *m_idleLock;
    bool m_locked = false;
    BackupScheduler *m_backups;
    QPointer<DashboardWindow> m_dashboard;
    DisputeViews *m_disputes;
    ServerChangeWatcher *m_changes;
};

} // namespace casedesk
