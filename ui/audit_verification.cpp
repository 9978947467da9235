#include "audit_verification.h"

#include "desk_settings.h"
#include "notice_bar.h"
#include "storage/audit_verifier.h"
#include "storage/database.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFutureWatcher>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace casedesk {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(AuditVerification)
};

struct Finding {
    bool checked = false; // false: the check could not run (no permission, unreadable file)
    bool intact = false;
    QString message;
};

Finding verify(const QString &path, const QString &actor)
{
    auto db = Database::open(path, Database::OpenMode::OpenExisting);
    if (!db)
        return {false, false, db.error().message};
    // Every anchor this desk can find: its own record of the trails' heads and the backups
    // in the backup folder its settings name.
    const QString path2 = db.value()->path();
    auto report = verifyTrails(db.value()->connection(), actor, anchorsFor(path2, DeskSettings().backupFolder(path2)));
    if (!report)
        return {false, false, report.error().message};
    QStringList lines = report->messages();
    // A long list of cases is cut short in the box; audit verify on the command line lists them all.
    constexpr int kShown = 20;
    if (lines.size() > kShown) {
        const int more = int(lines.size()) - kShown;
        lines = lines.mid(0, kShown);
        lines.append(Msg::tr("… and %n more.", nullptr, more));
    }
    return {true, report->intact(), lines.join(QLatin1Char('\n'))};
}

} // namespace

void verifyAuditTrailInteractively(QWidget *parent, NoticeBar *notice, const QString &databasePath,
                                   const QString &actor)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto *watcher = new QFutureWatcher<Finding>(parent);
    QObject::connect(
        watcher, &QFutureWatcher<Finding>::finished, parent, [watcher, notice = QPointer<NoticeBar>(notice)] {
            QApplication::restoreOverrideCursor();
            const Finding finding = watcher->result();
            watcher->deleteLater();
            if (!notice)
                return;
            // In the window's message line like every other outcome: the finding is a statement,
            // not a question, and a long list stays selectable for a report.
            if (!finding.checked) {
                notice->showError(Msg::tr("The audit trail could not be checked: %1").arg(finding.message));
            } else if (finding.intact) {
                notice->showMessage(finding.message, NoticeBar::Kind::Information);
            } else {
                notice->showError(Msg::tr("The audit trail has been tampered with.") + QLatin1Char('\n') +
                                  finding.message + QLatin1Char('\n') +
                                  Msg::tr("Someone changed the database outside CaseDesk. Keep a copy of this "
                                          "file as evidence and compare it with a backup."));
            }
        });
    watcher->setFuture(QtConcurrent::run(verify, databasePath, actor));
}

} // namespace casedesk
