#include "audit_verification.h"

#include "storage/audit_verifier.h"
#include "desk_settings.h"
#include "storage/database.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFutureWatcher>
#include <QMessageBox>
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

void verifyAuditTrailInteractively(QWidget *parent, const QString &databasePath, const QString &actor)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto *watcher = new QFutureWatcher<Finding>(parent);
    QObject::connect(watcher, &QFutureWatcher<Finding>::finished, parent, [watcher, parent = QPointer<QWidget>(parent)] {
        QApplication::restoreOverrideCursor();
        const Finding finding = watcher->result();
        watcher->deleteLater();
        const QString title = Msg::tr("Verify Audit Trail");
        if (!finding.checked) {
            QMessageBox::warning(parent, title, finding.message);
        } else if (finding.intact) {
            QMessageBox::information(parent, title, finding.message);
        } else {
            QMessageBox box(QMessageBox::Critical, title,
                            Msg::tr("The audit trail has been tampered with."), QMessageBox::Ok, parent);
            box.setInformativeText(finding.message + QLatin1Char('\n') + QLatin1Char('\n') +
                                   Msg::tr("Someone changed the database outside CaseDesk. Keep a copy of this "
                                           "file as evidence and compare it with a backup."));
            box.exec();
        }
    });
    watcher->setFuture(QtConcurrent::run(verify, databasePath, actor));
}

} // namespace casedesk
