#pragma once

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

class CasePane;
class CaseTableModel;
class DisputeViews;
class FilterBar;
class IntakeDialog;
class NoticeBar;

// The caseworker's main window: filter bar, the case list and the selected case.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // `userName`: who works at this desk (a user of the database); empty until chosen.
    explicit MainWindow(std::unique_ptr<Database> database, const QString &userName = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows a dismissable line above the list (e.g. "this is a demo database").
    void showNotice(const QString &text);

    // Hands the open database over (used when the window is rebuilt in another language).
    std::unique_ptr<Database> takeDatabase();

    // Makes `name` the desk's current user; false if the database has no such active user.
    bool setCurrentUser(const QString &name);
    QString currentUserName() const { return m_user ? m_user->name : QString(); }

    CasePane *casePane() const { return m_casePane; }
    CaseTableModel *caseModel() const { return m_model; }
    FilterBar *filterBar() const { return m_filterBar; }
    QTableView *caseTable() const { return m_table; }
    DisputeViews *disputeViews() const { return m_disputes; }

signals:
    void languageChangeRequested(const QString &language);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void setDatabase(std::unique_ptr<Database> database);
    void openDatabase();
    void registerComplaint();
    void showDueList();
    void showCase(qint64 caseId);
    void newDatabase();
    void switchTo(const QString &path, bool create);
    void showSelectedCase();
    qint64 selectedCaseId() const;
    void reselect(qint64 caseId);
    void switchUser();
    void checkIntegrityInBackground();
    void updateCount(qint64 total);
    void showAbout();
    void saveLayout();

    std::unique_ptr<Database> m_database;
    CaseTableModel *m_model = nullptr;
    FilterBar *m_filterBar;
    NoticeBar *m_notice;
    QTableView *m_table;
    CasePane *m_casePane;
    std::optional<User> m_user;
    QSplitter *m_splitter;
    QLabel *m_countLabel;
    QLabel *m_pathLabel;
    QPointer<IntakeDialog> m_intake;
    DisputeViews *m_disputes;
};

} // namespace casedesk
