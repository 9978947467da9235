#pragma once

#include <QDialog>
#include <QSqlDatabase>

class QListWidget;

namespace casedesk {

class GroupViewWidget;
class NoticeBar;

// Every group case on the left, the chosen one on the right.
class GroupsDialog : public QDialog {
    Q_OBJECT
public:
    GroupsDialog(const QSqlDatabase &db, const QString &actor, const QString &council, QWidget *parent = nullptr);

    void showGroup(qint64 groupId);
    void reload();
    GroupViewWidget *groupView() const { return m_view; }

    // Asks for a name and case numbers and makes a group of them.
    void newGroupFromCases();

signals:
    void caseActivated(qint64 caseId);
    void message(const QString &text);

private:
    QSqlDatabase m_db;
    QString m_actor;
    QListWidget *m_list;
    GroupViewWidget *m_view;
    NoticeBar *m_notice; // a refused action or a failed load says so here
};

} // namespace casedesk
