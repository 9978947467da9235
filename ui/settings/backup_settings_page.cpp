#include "backup_settings_page.h"

#include "desk_settings.h"
#include "storage/backups.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace casedesk {

BackupSettingsPage::BackupSettingsPage(const QString &databasePath, QWidget *parent)
    : QWidget(parent), m_databasePath(databasePath), m_automatic(new QCheckBox(this)), m_folder(new QLineEdit(this)),
      m_keep(new QSpinBox(this)), m_existing(new QLabel(this))
{
    setObjectName(QStringLiteral("backupSettingsPage"));
    const DeskSettings settings;
    m_automatic->setText(tr("Back up automatically: once a day and when CaseDesk closes after changes"));
    m_automatic->setChecked(settings.autoBackup());
    m_folder->setText(QDir::toNativeSeparators(settings.backupFolder(databasePath)));
    m_keep->setRange(1, 999);
    m_keep->setValue(settings.backupsToKeep());
    m_keep->setSuffix(tr(" backups"));
    auto *browse = new QPushButton(tr("Choose..."), this);
    connect(browse, &QPushButton::clicked, this, &BackupSettingsPage::chooseFolder);
    connect(m_automatic, &QCheckBox::toggled, this, &BackupSettingsPage::save);
    connect(m_folder, &QLineEdit::editingFinished, this, &BackupSettingsPage::save);
    connect(m_keep, &QSpinBox::valueChanged, this, &BackupSettingsPage::save);

    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(m_automatic);
    form->addRow(tr("Backup folder:"), folderRow);
    form->addRow(tr("Keep the newest:"), m_keep);

    auto *advice = new QLabel(tr("A backup on the same disk as the database does not survive the disk failing: "
                                 "choose a folder on another disk, a USB drive or a network share. Backups hold "
                                 "personal data and are readable by your user account only."),
                              this);
    advice->setWordWrap(true);
    m_existing->setWordWrap(true);
    m_existing->setObjectName(QStringLiteral("existingBackupsLabel"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(advice);
    layout->addWidget(m_existing);
    layout->addStretch(1);
    showExisting();
}

void BackupSettingsPage::save()
{
    DeskSettings settings;
    settings.setAutoBackup(m_automatic->isChecked());
    const QString folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    // The default stays a default (it follows the database if that moves).
    const QString defaultFolder = QFileInfo(m_databasePath).absoluteDir().filePath(QStringLiteral("backups"));
    settings.setBackupFolder(folder == defaultFolder ? QString() : folder);
    settings.setBackupsToKeep(m_keep->value());
    showExisting();
}

void BackupSettingsPage::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Backup Folder"), QDir::fromNativeSeparators(m_folder->text()));
    if (folder.isEmpty())
        return;
    m_folder->setText(QDir::toNativeSeparators(folder));
    save();
}

void BackupSettingsPage::showExisting()
{
    const QStringList backups = backupsInFolder(DeskSettings().backupFolder(m_databasePath), m_databasePath);
    if (backups.isEmpty()) {
        m_existing->setText(tr("No backups of this database in that folder yet."));
        return;
    }
    const QFileInfo newest(backups.first());
    m_existing->setText(tr("%n backup(s) of this database there; the newest is from %1.", nullptr, int(backups.size()))
                            .arg(QLocale().toString(newest.lastModified(), QLocale::ShortFormat)));
}

} // namespace casedesk
