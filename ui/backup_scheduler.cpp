#include "backup_scheduler.h"

#include "desk_settings.h"
#include "storage/backups.h"
#include "storage/database.h"

#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace casedesk {
namespace {

constexpr int kCheckEveryMs = 60 * 60 * 1000;

Result<QString> backUp(const QString &path, const QString &folder, int keep)
{
    auto db = Database::open(path, Database::OpenMode::OpenExisting);
    if (!db)
        return db.error();
    auto done = backupToFolder(*db.value(), folder, keep, QDateTime::currentDateTime());
    if (!done)
        return done.error();
    return QDir::toNativeSeparators(done->file);
}

} // namespace

BackupScheduler::BackupScheduler(QObject *parent) : QObject(parent)
{
    m_timer.setInterval(kCheckEveryMs);
    connect(&m_timer, &QTimer::timeout, this, &BackupScheduler::backupInBackgroundIfDue);
}

void BackupScheduler::setDatabasePath(const QString &path)
{
    m_path = path;
    if (m_path.isEmpty()) {
        m_timer.stop();
        return;
    }
    m_timer.start();
    // Not at once: the window opens first, and the file may be brand new.
    QTimer::singleShot(30 * 1000, this, &BackupScheduler::backupInBackgroundIfDue);
}

bool BackupScheduler::isDue(const QDateTime &now) const
{
    const DeskSettings settings;
    if (m_path.isEmpty() || !settings.autoBackup())
        return false;
    const QStringList backups = backupsInFolder(settings.backupFolder(m_path), m_path);
    return backups.isEmpty() || QFileInfo(backups.first()).lastModified().secsTo(now) >= 24 * 3600;
}

bool BackupScheduler::changedSinceLastBackup() const
{
    if (m_path.isEmpty())
        return false;
    const QStringList backups = backupsInFolder(DeskSettings().backupFolder(m_path), m_path);
    if (backups.isEmpty())
        return true;
    const QDateTime newest = QFileInfo(backups.first()).lastModified();
    // Committed work sits in the write-ahead log until a checkpoint: look at both files.
    for (const QString &file : {m_path, m_path + QStringLiteral("-wal")}) {
        const QFileInfo info(file);
        if (info.exists() && info.lastModified() > newest)
            return true;
    }
    return false;
}

Result<QString> BackupScheduler::backupNow()
{
    const DeskSettings settings;
    return backUp(m_path, settings.backupFolder(m_path), settings.backupsToKeep());
}

void BackupScheduler::backupInBackgroundIfDue()
{
    if (m_running || !isDue(QDateTime::currentDateTime()))
        return;
    m_running = true;
    const DeskSettings settings;
    // A plain pair through the future: Result<T> has no default value for QFuture to hold.
    using Outcome = std::pair<bool, QString>;
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher] {
        m_running = false;
        const Outcome done = watcher->result();
        watcher->deleteLater();
        if (done.first)
            emit finished(true, tr("Automatic backup saved: %1").arg(done.second));
        else
            emit finished(false, tr("The automatic backup failed: %1").arg(done.second));
    });
    watcher->setFuture(QtConcurrent::run(
        [path = m_path, folder = settings.backupFolder(m_path), keep = settings.backupsToKeep()]() -> Outcome {
            auto done = backUp(path, folder, keep);
            return done ? Outcome{true, done.value()} : Outcome{false, done.error().message};
        }));
}

} // namespace casedesk
