#pragma once

#include <QObject>
#include <QSqlDatabase>
#include <QTimer>

namespace casedesk {

// Tells the window when colleagues changed cases on the office server: it listens on the
// window's connection to the channel the server notifies (PostgreSQL LISTEN/NOTIFY, server
// step 6) and, a moment after the last notification of a burst, says so once. The desk's own
// changes are left out (the window shows them already). A connection the server dropped (a
// restart) is opened again within seconds, and what changed meanwhile is shown. On a file it
// does nothing.
class ServerChangeWatcher : public QObject {
    Q_OBJECT
public:
    explicit ServerChangeWatcher(QObject *parent = nullptr);

    // Listens on `db` if it is a server connection (and stops listening on the one before).
    void watch(const QSqlDatabase &db);
    bool listening() const { return m_listening; }

signals:
    void changedElsewhere();

private:
    void stop();

    QSqlDatabase m_db;
    bool m_listening = false;
    QTimer m_settle; // one refresh per burst of notifications
    QTimer m_health; // a connection the server dropped is opened again, and listens again
};

} // namespace casedesk
