// MainWindow: backups, restore and the audit-trail check (kept apart from the case work).

#include "main_window.h"

#include "auth/restore_authorization.h"

#include "audit_verification.h"
#include "background_work.h"
#include "backup_scheduler.h"
#include "case_pane.h"
#include "database_claim.h"
#include "desk_settings.h"
#include "notice_bar.h"
#include "restore_backup.h"

#include <QApplication>
#include <QMessageBox>
#include <QStatusBar>

namespace casedesk {

bool MainWindow::mayDo(Permission permission, const QString &title)
{
    auto allowed = authorize(m_database->connection(), currentUserName(), permission);
    if (!allowed)
        m_notice->showError(tr("%1: %2").arg(title, allowed.error().message));
    return allowed.ok();
}

Result<QString> MainWindow::backUpWithProgress(const QString &title)
{
    // Copying a large archive takes a while: on a worker (the copy opens the file itself), with
    // the window painting. Not cancellable: the copy is written under a temporary name and
    // only then takes its place, and stopping halfway would only waste the work done.
    BackupScheduler *backups = m_backups;
    return runWithProgress<QString>(this, WorkOptions{title, tr("Backing up the database..."), {}, false},
                                    std::function([backups](WorkContext &) { return backups->backupNow(); }));
}

void MainWindow::backUpNow()
{
    if (!mayDo(Permission::ManageBackups, tr("Back Up Now")))
        return;
    auto done = backUpWithProgress(tr("Back Up Now"));
    if (done)
        statusBar()->showMessage(tr("Backup saved: %1").arg(done.value()), 10000);
    else
        m_notice->showError(tr("The backup failed: %1").arg(done.error().message));
}

void MainWindow::restoreFromBackup()
{
    if (!mayDo(Permission::ManageBackups, tr("Restore from Backup")))
        return;
    const QString path = m_database->path();
    // The rule lives in core: the window's check above only hides what the role cannot do.
    if (auto allowed = authorizeRestoreBy(m_database->connection(), currentUserName()); !allowed) {
        m_notice->showError(allowed.error().message);
        return;
    }
    const auto chosen = chooseBackupToRestore(this, path);
    if (!chosen) {
        m_notice->showError(tr("Nothing was restored: %1").arg(chosen.error().message));
        return;
    }
    const QString backup = chosen.value();
    if (backup.isEmpty())
        return;
    // The file is closed and let go of while it is replaced, then opened again.
    const QString user = currentUserName();
    saveLayout();
    m_casePane->setDatabase(QSqlDatabase());
    takeDatabase().reset();
    releaseDatabaseClaim();
    const auto restored = restoreAndReport(this, backup, path);
    (void)claimDatabase(path);
    auto reopened = Database::open(path, Database::OpenMode::OpenExisting);
    if (!reopened) {
        // The one box left: the window cannot stay open without its file, so a line in it
        // would close unseen.
        QMessageBox::critical(this, tr("Restore from Backup"), reopened.error().message);
        close();
        return;
    }
    setDatabase(std::move(reopened).value());
    setCurrentUser(user);
    // After setDatabase, which clears the message line of the file shown before.
    if (restored)
        m_notice->showMessage(restored.value(), NoticeBar::Kind::Information);
    else
        m_notice->showError(restored.error().message);
}

void MainWindow::verifyAuditTrail()
{
    if (!mayDo(Permission::VerifyAudit, tr("Verify Audit Trail")))
        return;
    verifyAuditTrailInteractively(this, m_notice, m_database->path(), currentUserName());
}

bool MainWindow::backUpOnExit()
{
    // Not when the window is only being rebuilt (it has handed its database on).
    if (!m_database || !DeskSettings().autoBackup() || !m_backups->changedSinceLastBackup())
        return true;
    statusBar()->showMessage(tr("Backing up..."));
    auto done = backUpWithProgress(tr("Backup"));
    if (done)
        return true;
    // The window is closing, so a line in it would go unseen: a question instead, whether to
    // close without the backup or stay (and back up by hand).
    m_notice->showError(tr("The backup on exit failed: %1").arg(done.error().message));
    return QMessageBox::question(
               this, tr("Backup"),
               tr("The backup on exit failed: %1\n\nClose CaseDesk without a backup?").arg(done.error().message),
               QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
}

} // namespace casedesk
