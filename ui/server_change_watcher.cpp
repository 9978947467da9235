#include "server_change_watcher.h"

#include "storage/engine.h"
#include "storage/server_changes.h"
#include "storage/transaction_state.h"

#include <QSqlDriver>

namespace casedesk {

ServerChangeWatcher::ServerChangeWatcher(QObject *parent) : QObject(parent)
{
    // Short enough that colleagues' changes show within a second or two, long enough that a
    // batch of them (a group action on 200 members) refreshes the window once.
    m_settle.setSingleShot(true);
    m_settle.setInterval(300);
    connect(&m_settle, &QTimer::timeout, this, &ServerChangeWatcher::changedElsewhere);
    // A dropped connection hears nothing: it is looked at every few seconds (no round trip,
    // libpq's own state), opened again once the server is back, and the window refreshed.
    m_health.setInterval(3000);
    connect(&m_health, &QTimer::timeout, this, [this] {
        if (m_listening && reconnectIfBroken(m_db))
            m_settle.start();
    });
}

void ServerChangeWatcher::watch(const QSqlDatabase &db)
{
    stop();
    if (!db.isValid() || engineOf(db) != Engine::Postgres)
        return;
    m_db = db;
    QSqlDriver *driver = m_db.driver();
    m_listening = driver->subscribeToNotification(QLatin1String(kServerChangeChannel));
    m_health.start();
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource source, const QVariant &) {
                if (name == QLatin1String(kServerChangeChannel) && source != QSqlDriver::SelfSource)
                    m_settle.start();
            });
}

void ServerChangeWatcher::stop()
{
    m_settle.stop();
    m_health.stop();
    if (m_db.isValid() && m_db.driver()) {
        disconnect(m_db.driver(), nullptr, this, nullptr);
        if (m_listening && m_db.isOpen())
            m_db.driver()->unsubscribeFromNotification(QLatin1String(kServerChangeChannel));
    }
    m_db = QSqlDatabase();
    m_listening = false;
}

} // namespace casedesk
