#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>

namespace casedesk {

// This desk's own preferences (window layout, language, last file), kept in QSettings.
// Every key and its default is here, so nothing else spells a settings key.
class DeskSettings {
public:
    QString language() const; // "zh_CN" or "en"; empty until the user chooses
    void setLanguage(const QString &language);

    QString lastUser() const; // who last worked at this desk
    void setLastUser(const QString &name);

    // Minutes without use after which the desk locks (0: never). Default 10.
    static constexpr int kDefaultIdleLockMinutes = 10;
    static constexpr int kMaxIdleLockMinutes = 240;
    int idleLockMinutes() const;
    void setIdleLockMinutes(int minutes);

    // Whether the user closed the "this is a demo database" notice for the file at `path`:
    // until then it shows at every start while that file is the demo.
    bool demoNoticeDismissed(const QString &path) const;
    void setDemoNoticeDismissed(const QString &path);

    QString lastDatabase() const;
    void setLastDatabase(const QString &path);

    // Automatic backups (backup_scheduler.h): on, where to, how many to keep.
    bool autoBackup() const; // default on
    void setAutoBackup(bool on);
    QString backupFolder(const QString &databasePath) const; // default: "backups" next to the database
    void setBackupFolder(const QString &folder);             // empty: back to the default
    int backupsToKeep() const;                                 // default 14
    void setBackupsToKeep(int count);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    QByteArray caseTableHeader() const;
    void setCaseTableHeader(const QByteArray &state);
    QByteArray splitterState() const;
    void setSplitterState(const QByteArray &state);

private:
    QSettings m_settings;
};

} // namespace casedesk
