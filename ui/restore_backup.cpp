#include "restore_backup.h"

#include "background_work.h"
#include "desk_settings.h"
#include "auth/restore_authorization.h"
#include "storage/backups.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

namespace casedesk {
namespace {
struct Msg {
    Q_DECLARE_TR_FUNCTIONS(RestoreBackup)
};
} // namespace

QString chooseBackupToRestore(QWidget *parent, const QString &databasePath)
{
    const QString folder = DeskSettings().backupFolder(databasePath);
    const QString file = QFileDialog::getOpenFileName(
        parent, Msg::tr("Restore from Backup"), QFileInfo::exists(folder) ? folder : QFileInfo(databasePath).absolutePath(),
        Msg::tr("CaseDesk backups (*.casedesk-backup);;All files (*)"));
    if (file.isEmpty())
        return {};
    // Checked before asking, so the user is not asked to confirm something that will fail.
    // The check reads the whole backup (SQLite's own check, which cannot be stopped halfway):
    // on a worker, with the window painting.
    const Status checked = runWithProgress(
        parent, WorkOptions{Msg::tr("Restore from Backup"), Msg::tr("Checking the backup..."), {}, false},
        [file](WorkContext &) { return checkBackupFile(file); });
    if (!checked) {
        QMessageBox::warning(parent, Msg::tr("Restore from Backup"), checked.error().message);
        return {};
    }
    const auto answer = QMessageBox::question(
        parent, Msg::tr("Restore from Backup"),
        Msg::tr("Replace the database %1 with the backup %2?\n\nWork entered after the backup was made will not be "
                "in the restored database. The current file is kept as %1.before-restore.")
            .arg(QDir::toNativeSeparators(databasePath), QDir::toNativeSeparators(file)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    return answer == QMessageBox::Yes ? file : QString();
}

bool askWhoRestores(QWidget *parent, const QString &backupFile, const QString &databasePath)
{
    for (;;) {
        QDialog dialog(parent);
        dialog.setWindowTitle(Msg::tr("Restore from Backup"));
        auto *name = new QLineEdit(&dialog);
        name->setObjectName(QStringLiteral("restoreUserEdit"));
        auto *password = new QLineEdit(&dialog);
        password->setObjectName(QStringLiteral("restorePasswordEdit"));
        password->setEchoMode(QLineEdit::Password);
        auto *form = new QFormLayout;
        form->addRow(new QLabel(Msg::tr("Nobody is signed in. Sign in as a user who may manage backups to restore "
                                        "one."),
                                &dialog));
        form->addRow(Msg::tr("User name"), name);
        form->addRow(Msg::tr("Password"), password);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
        QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
        QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        auto *layout = new QVBoxLayout(&dialog);
        layout->addLayout(form);
        layout->addWidget(buttons);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        const Status allowed = authorizeRestore(databasePath, backupFile, name->text().trimmed(), password->text());
        if (allowed)
            return true;
        QMessageBox::warning(parent, Msg::tr("Restore from Backup"), allowed.error().message);
    }
}

bool restoreAndReport(QWidget *parent, const QString &backupFile, const QString &databasePath)
{
    // Not cancellable: the copy is made under a temporary name and then swapped in, and the
    // swap must not be stopped halfway.
    auto restored = runWithProgress<RestoreOutcome>(
        parent, WorkOptions{Msg::tr("Restore from Backup"), Msg::tr("Restoring the backup..."), {}, false},
        std::function([backupFile, databasePath](WorkContext &) { return restoreDatabase(backupFile, databasePath); }));
    if (!restored) {
        QMessageBox::warning(parent, Msg::tr("Restore from Backup"),
                             Msg::tr("Nothing was restored.") + QLatin1Char('\n') + restored.error().message);
        return false;
    }
    QString text = Msg::tr("The database was restored from %1.").arg(QDir::toNativeSeparators(backupFile));
    if (!restored->keptAs.isEmpty())
        text += QLatin1Char('\n') + Msg::tr("The previous file was kept as %1.").arg(QDir::toNativeSeparators(restored->keptAs));
    QMessageBox::information(parent, Msg::tr("Restore from Backup"), text);
    return true;
}

} // namespace casedesk
