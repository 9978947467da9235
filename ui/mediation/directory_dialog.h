#pragma once

#include <QDialog>
#include <QSqlDatabase>

class QTableWidget;

namespace casedesk {

class NoticeBar;

// The mediator directory (council staff, people's mediators, volunteer lawyers, expert
// advisors) and the list of courts and circuit hearing points. Adding and editing need
// Permission::ManageDirectories, which the core checks; nobody is deleted, only made inactive.
class DirectoryDialog : public QDialog {
    Q_OBJECT
public:
    DirectoryDialog(QSqlDatabase db, const QString &actor, QWidget *parent = nullptr);

    QTableWidget *mediatorTable() const { return m_mediators; }
    QTableWidget *courtTable() const { return m_courts; }
    NoticeBar *notice() const { return m_notice; } // a list that could not be loaded

private:
    void reload();
    void editMediator(int row);
    void editCourt(int row);

    QSqlDatabase m_db;
    QString m_actor;
    QTableWidget *m_mediators;
    QTableWidget *m_courts;
    NoticeBar *m_notice;
};

} // namespace casedesk
