#pragma once

#include <QObject>
#include <QPointer>
#include <QSqlDatabase>

class QDialog;
class QMenu;
class QStatusBar;
class QWidget;

namespace casedesk {

class AlertBadge;
class GroupsDialog;

// The main window's way into the prepaid-card work: View menu entries for businesses,
// group cases, early warnings and funds, and the early-warning badge in the status bar.
// Kept apart so the main window only wires it up.
class DisputeViews : public QObject {
    Q_OBJECT
public:
    explicit DisputeViews(QWidget *window);

    void addTo(QMenu *viewMenu, QStatusBar *statusBar);
    void setDatabase(const QSqlDatabase &db, const QString &path);
    void setActor(const QString &actor) { m_actor = actor; }
    AlertBadge *badge() const { return m_badge; }

    void showBusinesses();
    void showGroups(qint64 groupId = 0);
    void showAlerts();
    void showFunds();
    // Colleagues changed cases on the server: the badge and the open alert lists count again.
    void showChangesFromElsewhere();

signals:
    void caseActivated(qint64 caseId);
    void casesChanged(const QString &message);

private:
    // Opened views work on the database they were opened with: closed when another is opened.
    void track(QDialog *dialog);

    QWidget *m_window;
    QSqlDatabase m_db;
    QString m_path;
    QString m_actor;
    AlertBadge *m_badge = nullptr;
    QPointer<GroupsDialog> m_groups;
    QList<QPointer<QDialog>> m_open;
};

} // namespace casedesk
