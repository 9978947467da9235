#include "storage/backups.h"

#include "storage/database.h"
#include "storage/instance_lock.h"
#include "storage/migrations.h"
#include "storage/sqlite_native.h"
#include "storage/sqlite_setup.h"
#include "storage/trail_anchors.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace casedesk {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

const QLatin1String kSuffix(".casedesk-backup");

QString baseNameOf(const QString &databasePath) { return QFileInfo(databasePath).completeBaseName(); }

Error fileError(const QString &message) { return Error{ErrorCode::Io, message, {}}; }

// Moves the database file and its write-ahead log aside, keeping them a pair.
Result<QString> keepAside(const QString &databasePath)
{
    QString kept = databasePath + QStringLiteral(".before-restore");
    for (int n = 2; QFile::exists(kept); ++n)
        kept = databasePath + QStringLiteral(".before-restore-%1").arg(n);
    if (!QFile::rename(databasePath, kept))
        return fileError(Msg::tr("The current database could not be moved aside to \"%1\"; nothing was restored.")
                             .arg(QDir::toNativeSeparators(kept)));
    const QString wal = databasePath + QStringLiteral("-wal");
    if (QFile::exists(wal))
        QFile::rename(wal, kept + QStringLiteral("-wal"));
    QFile::remove(databasePath + QStringLiteral("-shm")); // shared memory of the old file, rebuilt on open
    return kept;
}

} // namespace

Status backupDatabase(const Database &db, const QString &file)
{
    // A server's database is kept by the server (its administrator's pg_dump); its address is no
    // file path, and a folder named after it would be made.
    if (db.engine() == Engine::Postgres)
        return fileError(Msg::tr("This desk works on the office's database server: its data is backed up on the "
                                 "server by the server's administrator, not into a file on this computer."));
    if (file.isEmpty())
        return fileError(Msg::tr("No backup file was given."));
    const QFileInfo target(file);
    if (target.absoluteFilePath() == QFileInfo(db.path()).absoluteFilePath())
        return fileError(Msg::tr("A backup cannot be written over the database itself."));
    if (!QDir().mkpath(target.absolutePath()))
        return fileError(Msg::tr("The folder \"%1\" cannot be created.").arg(QDir::toNativeSeparators(target.absolutePath())));
    const QString partial = target.absoluteFilePath() + QStringLiteral(".partial");
    if (auto copied = sqliteBackupTo(db.connection(), partial); !copied) {
        QFile::remove(partial);
        return copied;
    }
    if (auto checked = checkBackupFile(partial); !checked) {
        QFile::remove(partial);
        return checked;
    }
    QFile::remove(target.absoluteFilePath());
    if (!QFile::rename(partial, target.absoluteFilePath())) {
        QFile::remove(partial);
        return fileError(Msg::tr("The backup could not be saved as \"%1\".").arg(QDir::toNativeSeparators(file)));
    }
    return {};
}

QStringList backupsInFolder(const QString &folder, const QString &databasePath)
{
    // "NAME-yyyyMMdd-HHmmss.casedesk-backup" (built up, as "??-" in a literal is a trigraph)
    const QString eight(8, QLatin1Char('?'));
    const QString six(6, QLatin1Char('?'));
    const QString pattern = baseNameOf(databasePath) + QLatin1Char('-') + eight + QLatin1Char('-') + six + kSuffix;
    QStringList names = QDir(folder).entryList({pattern}, QDir::Files);
    // The name carries the time: sorting names sorts by age.
    std::sort(names.begin(), names.end(), std::greater<QString>());
    QStringList files;
    for (const QString &name : names)
        files.append(QDir(folder).filePath(name));
    return files;
}

Result<FolderBackup> backupToFolder(const Database &db, const QString &folder, int keep, const QDateTime &now)
{
    if (folder.trimmed().isEmpty())
        return fileError(Msg::tr("No backup folder is set."));
    QString file = QDir(folder).filePath(baseNameOf(db.path()) + QLatin1Char('-') +
                                         now.toString(QStringLiteral("yyyyMMdd-HHmmss")) + kSuffix);
    if (auto written = backupDatabase(db, file); !written)
        return written.error();
    FolderBackup outcome{file, {}};
    const QStringList all = backupsInFolder(folder, db.path());
    for (int i = std::max(1, keep); i < all.size(); ++i) {
        if (QFile::remove(all.at(i)))
            outcome.removed.append(all.at(i));
    }
    return outcome;
}

Status checkBackupFile(const QString &file)
{
    const QFileInfo info(file);
    if (!info.isFile())
        return fileError(Msg::tr("The backup file \"%1\" does not exist.").arg(QDir::toNativeSeparators(file)));
    const QString name = QDir::toNativeSeparators(file);
    auto facts = sqliteInspectFile(file);
    if (!facts || info.size() == 0) {
        return Error{ErrorCode::NotADatabase,
                     Msg::tr("\"%1\" is not a CaseDesk backup, or it is damaged beyond reading.").arg(name), {}};
    }
    if (!facts->integrityOk) {
        return Error{ErrorCode::NotADatabase,
                     Msg::tr("The backup \"%1\" is damaged (%2). It cannot be restored.").arg(name, facts->integrityProblem),
                     {}};
    }
    if (facts->applicationId != casedeskApplicationId() || facts->schemaVersion < 1) {
        return Error{ErrorCode::NotADatabase,
                     Msg::tr("\"%1\" is a database of another program, not a CaseDesk backup.").arg(name), {}};
    }
    if (facts->schemaVersion > latestSchemaVersion()) {
        return Error{ErrorCode::NewerSchema,
                     Msg::tr("The backup \"%1\" was written by a newer version of CaseDesk (schema %2; this version "
                             "reads up to %3). Install the newer version to restore it.")
                         .arg(name)
                         .arg(facts->schemaVersion)
                         .arg(latestSchemaVersion()),
                     {}};
    }
    return {};
}

Result<RestoreOutcome> restoreDatabase(const QString &backupFile, const QString &databasePath)
{
    if (auto checked = checkBackupFile(backupFile); !checked)
        return checked.error();
    const QFileInfo target(databasePath);
    if (target.isDir())
        return fileError(Msg::tr("\"%1\" is a folder, not a database file.").arg(QDir::toNativeSeparators(databasePath)));
    if (QFileInfo(backupFile).absoluteFilePath() == target.absoluteFilePath())
        return fileError(Msg::tr("The backup and the database are the same file."));
    if (!QDir().mkpath(target.absolutePath()))
        return fileError(Msg::tr("The folder \"%1\" cannot be created.").arg(QDir::toNativeSeparators(target.absolutePath())));
    auto lock = InstanceLock::acquire(target.absoluteFilePath());
    if (!lock)
        return lock.error();

    // The copy is made and checked next to the database before the old file is moved.
    const QString path = target.absoluteFilePath();
    const QString incoming = path + QStringLiteral(".restoring");
    if (auto copied = sqliteCopyFile(backupFile, incoming); !copied) {
        QFile::remove(incoming);
        return copied.error();
    }
    if (auto checked = checkBackupFile(incoming); !checked) {
        QFile::remove(incoming);
        return checked.error();
    }
    RestoreOutcome outcome;
    if (QFile::exists(path)) {
        auto kept = keepAside(path);
        if (!kept) {
            QFile::remove(incoming);
            return kept.error();
        }
        outcome.keptAs = kept.value();
    }
    if (!QFile::rename(incoming, path)) {
        if (!outcome.keptAs.isEmpty())
            QFile::rename(outcome.keptAs, path); // put the old file back
        QFile::remove(incoming);
        return fileError(Msg::tr("The restored file could not take the database's place; the database was not "
                                 "changed."));
    }
    // The file went back to the backup's moment on purpose: this desk's anchor goes with it.
    if (auto heads = sqliteReadChainHeads(path)) {
        DeskAnchors::remember(path, TrailAnchor{{}, {heads->auditId, heads->auditHash},
                                                {heads->deskId, heads->deskHash}, QDateTime::currentDateTime(), {}},
                              QDateTime::currentDateTime(), true);
    }
    return outcome;
}

} // namespace casedesk
