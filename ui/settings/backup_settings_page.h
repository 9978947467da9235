#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace casedesk {

// Settings > Backups: automatic backups on or off, the folder, how many to keep. These are
// this desk's settings (a backup folder is a place on this computer), kept in DeskSettings;
// each change is saved at once (the folder when its field is left).
class BackupSettingsPage : public QWidget {
    Q_OBJECT
public:
    BackupSettingsPage(const QString &databasePath, QWidget *parent = nullptr);

    QCheckBox *automaticCheck() const { return m_automatic; }
    QLineEdit *folderEdit() const { return m_folder; }
    QSpinBox *keepSpin() const { return m_keep; }

    void save();

private:
    void chooseFolder();
    void showExisting();

    QString m_databasePath;
    QCheckBox *m_automatic;
    QLineEdit *m_folder;
    QSpinBox *m_keep;
    QLabel *m_existing;
};

} // namespace casedesk
