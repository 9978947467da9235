#pragma once

#include "result.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QTimer>

namespace casedesk {

// Automatic backups while the application runs: one a day (checked every hour and when a
// database is opened) and one on exit when something changed since the newest backup.
// Into the folder of DeskSettings, rotated there. Daily backups run on a worker thread with
// their own connection (SQLite's online backup lets everyone keep working meanwhile).
class BackupScheduler : public QObject {
    Q_OBJECT
public:
    explicit BackupScheduler(QObject *parent = nullptr);

    // The database to back up; empty stops the schedule.
    void setDatabasePath(const QString &path);

    // True when the newest backup is a day old or there is none (and backups are on).
    bool isDue(const QDateTime &now) const;
    // True when the database file changed after the newest backup was made.
    bool changedSinceLastBackup() const;

    // A backup now, on this thread: for "Back Up Now" and on exit. Returns the message to show.
    Result<QString> backupNow();

signals:
    // A background backup finished: the text for the status bar, or a warning.
    void finished(bool ok, const QString &message);

private:
    void backupInBackgroundIfDue();

    QString m_path;
    QTimer m_timer;
    bool m_running = false;
};

} // namespace casedesk
