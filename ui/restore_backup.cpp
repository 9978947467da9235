#include "restore_backup.h"

#include "auth/restore_authorization.h"
#include "background_work.h"
#include "desk_settings.h"
#include "notice_bar.h"
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

// Two sentences as the language joins them (no space between Chinese sentences).
QString sentences(const QString &first, const QString &second)
{
    return Msg::tr("%1 %2", "two sentences one after the other; Chinese: %1%2").arg(first, second);
}

} // namespace

Result<QString> chooseBackupToRestore(QWidget *parent, const QString &databasePath)
{
    const QString folder = DeskSettings().backupFolder(databasePath);
    const QString file = QFileDialog::getOpenFileName(
        parent, Msg::tr("Restore from Backup"), QFileInfo::exists(folder) ? folder : QFileInfo(databasePath).absolutePath(),
        Msg::tr("CaseDesk backups (*.casedesk-backup);;All files (*)"));
    if (file.isEmpty())
        return QString();
    // Checked before asking, so the user is not asked to confirm something that will fail.
    // The check reads the whole backup (SQLite's own check, which cannot be stopped halfway):
    // on a worker, with the window painting.
    const Status checked = runWithProgress(
        parent, WorkOptions{Msg::tr("Restore from Backup"), Msg::tr("Checking the backup..."), {}, false},
        [file](WorkContext &) { return checkBackupFile(file); });
    if (!checked)
        return checked.error();
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
    QDialog dialog(parent);
    dialog.setWindowTitle(Msg::tr("Restore from Backup"));
    auto *notice = new NoticeBar(&dialog);
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
    // A refusal stays in the dialog, which stays open for another name.
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        const Status allowed = authorizeRestore(databasePath, backupFile, name->text().trimmed(), password->text());
        if (allowed) {
            dialog.accept();
            return;
        }
        password->clear();
        notice->showError(allowed.error().message);
    });
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(notice);
    layout->addLayout(form);
    layout->addWidget(buttons);
    return dialog.exec() == QDialog::Accepted;
}

Result<QString> restoreAndReport(QWidget *parent, const QString &backupFile, const QString &databasePath)
{
    // Not cancellable: the copy is made under a temporary name and then swapped in, and the
    // swap must not be stopped halfway.
    auto restored = runWithProgress<RestoreOutcome>(
        parent, WorkOptions{Msg::tr("Restore from Backup"), Msg::tr("Restoring the backup..."), {}, false},
        std::function([backupFile, databasePath](WorkContext &) { return restoreDatabase(backupFile, databasePath); }));
    if (!restored) {
        Error error = restored.error();
        error.message = sentences(Msg::tr("Nothing was restored."), error.message);
        return error;
    }
    QString text = Msg::tr("The database was restored from %1.").arg(QDir::toNativeSeparators(backupFile));
    if (!restored->keptAs.isEmpty())
        text = sentences(text,
                         Msg::tr("The previous file was kept as %1.").arg(QDir::toNativeSeparators(restored->keptAs)));
    return text;
}

} // namespace casedesk
