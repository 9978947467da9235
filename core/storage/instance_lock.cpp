#include "storage/instance_lock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace casedesk {
namespace {
struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Storage)
};
} // namespace

QString InstanceLock::lockPathFor(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteFilePath() + QStringLiteral(".lock");
}

InstanceLock::InstanceLock(const QString &lockPath) : m_lock(lockPath)
{
    m_lock.setStaleLockTime(0); // only a dead process's lock is stale, however old
}

InstanceLock::~InstanceLock() { m_lock.unlock(); }

QString InstanceLock::holderOf(const QString &databasePath)
{
    QLockFile lock(lockPathFor(databasePath));
    qint64 pid = 0;
    QString host;
    QString application;
    if (!lock.getLockInfo(&pid, &host, &application) || pid <= 0)
        return {};
    return Msg::tr("the CaseDesk window of process %1 on computer %2")
        .arg(pid)
        .arg(host.isEmpty() ? QStringLiteral("?") : host);
}

Result<std::unique_ptr<InstanceLock>> InstanceLock::acquire(const QString &databasePath)
{
    // The first start of a new desk claims a file in a folder that does not exist yet (the
    // user's data folder); the lock file goes next to it, so the folder is made first, as
    // opening the new database would.
    QDir().mkpath(QFileInfo(databasePath).absolutePath());
    std::unique_ptr<InstanceLock> lock(new InstanceLock(lockPathFor(databasePath)));
    if (lock->m_lock.tryLock(0))
        return lock;
    const QString file = QFileInfo(databasePath).fileName();
    if (lock->m_lock.error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host;
        QString application;
        lock->m_lock.getLockInfo(&pid, &host, &application);
        return Error{ErrorCode::Busy,
                     Msg::tr("The database \"%1\" is already open in another CaseDesk window (process %2 on "
                             "computer %3). Use that window, or close it first; a database is opened by one "
                             "CaseDesk at a time so that no work is lost.")
                         .arg(file)
                         .arg(pid)
                         .arg(host.isEmpty() ? QStringLiteral("?") : host),
                     {}};
    }
    return Error{ErrorCode::Io,
                 Msg::tr("CaseDesk cannot create its lock file next to \"%1\"; the folder may be read-only.")
                     .arg(file),
                 {}};
}

} // namespace casedesk
