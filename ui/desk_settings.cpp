#include "desk_settings.h"

#include <algorithm>
#include <QDir>
#include <QFileInfo>

namespace casedesk {
namespace {
const QString kLanguage = QStringLiteral("ui/language");
const QString kLastUser = QStringLiteral("session/lastUser");
const QString kLastDatabase = QStringLiteral("database/last");
const QString kDemoNoticeDismissed = QStringLiteral("database/demoNoticeDismissed");
const QString kIdleLock = QStringLiteral("session/idleLockMinutes");
const QString kGeometry = QStringLiteral("mainWindow/geometry");
const QString kState = QStringLiteral("mainWindow/state");
// v2: the list gained a Phone column; an older saved header would misplace the columns.
const QString kCaseHeader = QStringLiteral("mainWindow/caseTableHeaderV2");
const QString kSplitter = QStringLiteral("mainWindow/splitter");
const QString kAutoBackup = QStringLiteral("backup/automatic");
const QString kBackupFolder = QStringLiteral("backup/folder");
const QString kBackupsToKeep = QStringLiteral("backup/keep");
constexpr int kDefaultBackupsToKeep = 14;
} // namespace

QString DeskSettings::language() const { return m_settings.value(kLanguage).toString(); }
void DeskSettings::setLanguage(const QString &language) { m_settings.setValue(kLanguage, language); }

QString DeskSettings::lastUser() const { return m_settings.value(kLastUser).toString(); }
void DeskSettings::setLastUser(const QString &name) { m_settings.setValue(kLastUser, name); }

int DeskSettings::idleLockMinutes() const
{
    bool ok = false;
    const int minutes = m_settings.value(kIdleLock, kDefaultIdleLockMinutes).toInt(&ok);
    return ok ? std::clamp(minutes, 0, kMaxIdleLockMinutes) : kDefaultIdleLockMinutes;
}
void DeskSettings::setIdleLockMinutes(int minutes)
{
    m_settings.setValue(kIdleLock, std::clamp(minutes, 0, kMaxIdleLockMinutes));
}

bool DeskSettings::demoNoticeDismissed(const QString &path) const
{
    return m_settings.value(kDemoNoticeDismissed).toStringList().contains(QFileInfo(path).absoluteFilePath());
}
void DeskSettings::setDemoNoticeDismissed(const QString &path)
{
    QStringList files = m_settings.value(kDemoNoticeDismissed).toStringList();
    const QString file = QFileInfo(path).absoluteFilePath();
    if (!files.contains(file))
        m_settings.setValue(kDemoNoticeDismissed, files << file);
}

QString DeskSettings::lastDatabase() const { return m_settings.value(kLastDatabase).toString(); }
void DeskSettings::setLastDatabase(const QString &path) { m_settings.setValue(kLastDatabase, path); }

bool DeskSettings::autoBackup() const { return m_settings.value(kAutoBackup, true).toBool(); }
void DeskSettings::setAutoBackup(bool on) { m_settings.setValue(kAutoBackup, on); }
QString DeskSettings::backupFolder(const QString &databasePath) const
{
    const QString folder = m_settings.value(kBackupFolder).toString();
    return folder.isEmpty() ? QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("backups")) : folder;
}
void DeskSettings::setBackupFolder(const QString &folder) { m_settings.setValue(kBackupFolder, folder); }
int DeskSettings::backupsToKeep() const
{
    return qBound(1, m_settings.value(kBackupsToKeep, kDefaultBackupsToKeep).toInt(), 999);
}
void DeskSettings::setBackupsToKeep(int count) { m_settings.setValue(kBackupsToKeep, count); }

QByteArray DeskSettings::windowGeometry() const { return m_settings.value(kGeometry).toByteArray(); }
void DeskSettings::setWindowGeometry(const QByteArray &geometry) { m_settings.setValue(kGeometry, geometry); }
QByteArray DeskSettings::windowState() const { return m_settings.value(kState).toByteArray(); }
void DeskSettings::setWindowState(const QByteArray &state) { m_settings.setValue(kState, state); }
QByteArray DeskSettings::caseTableHeader() const { return m_settings.value(kCaseHeader).toByteArray(); }
void DeskSettings::setCaseTableHeader(const QByteArray &state) { m_settings.setValue(kCaseHeader, state); }
QByteArray DeskSettings::splitterState() const { return m_settings.value(kSplitter).toByteArray(); }
void DeskSettings::setSplitterState(const QByteArray &state) { m_settings.setValue(kSplitter, state); }

} // namespace casedesk
