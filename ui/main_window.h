#pragma once

#include "storage/database.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QSplitter;
class QTableView;

namespace casedesk {

class CaseDetailView;
class CaseTableModel;
class FilterBar;
class NoticeBar;

// The caseworker's main window: filter bar, the case list and the selected case.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(std::unique_ptr<Database> database, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows a dismissable line above the list (e.g. "this is a demo database").
    void showNotice(const QString &text);

    // Hands the open database over (used when the window is rebuilt in another language).
    std::unique_ptr<Database> takeDatabase();

    CaseTableModel *caseModel() const { return m_model; }
    FilterBar *filterBar() const { return m_filterBar; }
    QTableView *caseTable() const { return m_table; }

signals:
    void languageChangeRequested(const QString &language);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void setDatabase(std::unique_ptr<Database> database);
    void openDatabase();
    void newDatabase();
    void switchTo(const QString &path, bool create);
    void showSelectedCase();
    void checkIntegrityInBackground();
    void updateCount(qint64 total);
    void showAbout();
    void saveLayout();

    std::unique_ptr<Database> m_database;
    CaseTableModel *m_model = nullptr;
    FilterBar *m_filterBar;
    NoticeBar *m_notice;
    QTableView *m_table;
    CaseDetailView *m_detail;
    QSplitter *m_splitter;
    QLabel *m_countLabel;
    QLabel *m_pathLabel;
};

} // namespace casedesk
