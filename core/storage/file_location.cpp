#include "storage/file_location.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>

#if defined(Q_OS_LINUX)
#include <sys/vfs.h>
#elif defined(Q_OS_WIN)
#include <windows.h>
#endif

namespace casedesk {
namespace {
struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

// The nearest existing folder at or above `path` (a new database's folder may not exist yet).
QString existingFolderOf(const QString &path)
{
    QFileInfo info(path);
    QString folder = info.isDir() ? info.absoluteFilePath() : info.absolutePath();
    while (!QFileInfo::exists(folder) && !QDir(folder).isRoot())
        folder = QFileInfo(folder).absolutePath();
    return folder;
}
} // namespace

QString networkFileSystemName(qint64 statfsType)
{
    switch (quint32(statfsType)) {
    case 0x6969u:
        return QStringLiteral("NFS");
    case 0x517Bu:
    case 0xFF534D42u:
    case 0xFE534D42u:
        return QStringLiteral("SMB/CIFS");
    case 0x73757245u:
        return QStringLiteral("Coda");
    case 0x5346414Fu:
        return QStringLiteral("AFS");
    case 0x01021997u:
        return QStringLiteral("9P");
    case 0x564Cu:
        return QStringLiteral("NCP");
    case 0x47504653u:
        return QStringLiteral("GPFS");
    case 0x0BD00BD0u:
        return QStringLiteral("Lustre");
    case 0x00C36400u:
        return QStringLiteral("CephFS");
    default:
        return {};
    }
}

QString networkFileSystemOf(const QString &path)
{
    const QString folder = existingFolderOf(path);
#if defined(Q_OS_LINUX)
    struct statfs facts {};
    if (statfs(QFile::encodeName(folder).constData(), &facts) != 0)
        return {};
    return networkFileSystemName(qint64(facts.f_type));
#elif defined(Q_OS_WIN)
    const QString native = QDir::toNativeSeparators(folder);
    if (native.startsWith(QLatin1String("\\\\")))
        return QStringLiteral("SMB");
    const QString root = native.left(3); // "C:\"
    if (GetDriveTypeW(reinterpret_cast<LPCWSTR>(root.utf16())) == DRIVE_REMOTE)
        return QStringLiteral("SMB");
    return {};
#else
    Q_UNUSED(folder)
    return {};
#endif
}

QString networkShareWarning(const QString &databasePath)
{
    const QString system = networkFileSystemOf(databasePath);
    if (system.isEmpty())
        return {};
    return Msg::tr("The database \"%1\" is on a network share (%2). SQLite over SMB/NFS is unsafe: file locks "
                   "there are unreliable and two desks writing at once can damage the file. Keep the database "
                   "on this computer's own disk and back it up to the share instead.")
        .arg(QDir::toNativeSeparators(databasePath), system);
}

Status checkFolderWritable(const QString &folder)
{
    QTemporaryFile probe(QDir(folder).filePath(QStringLiteral(".casedesk-write-test-XXXXXX")));
    if (probe.open())
        return {};
    return Error{ErrorCode::Io,
                 Msg::tr("CaseDesk cannot write in the folder \"%1\" (it is read-only or you lack permission). "
                         "The database needs to keep its journal next to it there. Copy the file to a folder you "
                         "can write to, or ask for write access. Nothing was changed.")
                     .arg(QDir::toNativeSeparators(folder)),
                 {}};
}

} // namespace casedesk
