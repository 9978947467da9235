#include "catch_qt.h"
#include "test_support.h"

#include "backup_scheduler.h"
#include "database_claim.h"
#include "desk_settings.h"
#include "main_window.h"
#include "notice_bar.h"
#include "restore_backup.h"
#include "settings/backup_settings_page.h"
#include "storage/backups.h"
#include "storage/complaint_repository.h"
#include "storage/instance_lock.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTest>
#include <functional>

using namespace casedesk;
using namespace casedesk::test;

namespace {

// Desk settings pointing backups into the test's own folder, put back afterwards.
struct BackupSettings {
    explicit BackupSettings(const QString &folder)
    {
        DeskSettings settings;
        settings.setAutoBackup(true);
        settings.setBackupFolder(folder);
        settings.setBackupsToKeep(3);
    }
    ~BackupSettings()
    {
        DeskSettings settings;
        settings.setBackupFolder({});
        settings.setBackupsToKeep(14);
        settings.setAutoBackup(true);
    }
};

} // namespace

TEST_CASE("automatic backups: due when there is none, made, then due again only after changes", "[ui][backup]")
{
    TestDatabase db;
    addTestUser(db.connection(), QStringLiteral("李敏"));
    const QString folder = db.folder() + QStringLiteral("/backups");
    BackupSettings settings(folder);
    BackupScheduler scheduler;
    scheduler.setDatabasePath(db.path());
    CHECK(scheduler.isDue(QDateTime::currentDateTime()));
    CHECK(scheduler.changedSinceLastBackup());

    auto done = scheduler.backupNow();
    REQUIRE(done.ok());
    const QStringList backups = backupsInFolder(folder, db.path());
    REQUIRE(backups.size() == 1);
    CHECK(checkBackupFile(backups.first()).ok());
    CHECK_FALSE(scheduler.isDue(QDateTime::currentDateTime()));
    CHECK(scheduler.isDue(QDateTime::currentDateTime().addDays(1)));
    CHECK_FALSE(scheduler.changedSinceLastBackup());

    // File times must be able to tell the change from the backup: wait until a file written now
    // is stamped later than the backup (the file system's clock moves in ticks).
    const QDateTime backedUp = QFileInfo(backups.first()).lastModified();
    const QString probe = db.folder() + QStringLiteral("/clock-probe");
    REQUIRE(QTest::qWaitFor([&probe, &backedUp] {
        QFile file(probe);
        return file.open(QIODevice::WriteOnly) && file.write("x") == 1 && (file.close(), true)
            && QFileInfo(probe).lastModified() > backedUp;
    }, 5000));
    REQUIRE(ComplaintRepository(db.connection()).add(sampleComplaint(db.connection()), QStringLiteral("李敏"), fixedNow()).ok());
    CHECK(scheduler.changedSinceLastBackup());

    DeskSettings().setAutoBackup(false);
    CHECK_FALSE(scheduler.isDue(QDateTime::currentDateTime().addDays(2)));
}

TEST_CASE("the backup settings page keeps folder and count and lists what is there", "[ui][backup][settings]")
{
    TestDatabase db;
    const QString folder = db.folder() + QStringLiteral("/saved");
    BackupSettings settings(folder);
    BackupSettingsPage page(db.path());
    CHECK(QDir::fromNativeSeparators(page.folderEdit()->text()) == folder);
    CHECK(page.keepSpin()->value() == 3);
    auto *existing = page.findChild<QLabel *>(QStringLiteral("existingBackupsLabel"));
    REQUIRE(existing);
    CHECK(existing->text().contains(QStringLiteral("No backups")));

    page.keepSpin()->setValue(7);
    page.automaticCheck()->setChecked(false); // saves
    CHECK(DeskSettings().backupsToKeep() == 7);
    CHECK_FALSE(DeskSettings().autoBackup());

    REQUIRE(backupToFolder(db.database(), folder, 7, QDateTime::currentDateTime()).ok());
    page.save();
    CHECK(existing->text().contains(QStringLiteral("1 backup")));

    // The default folder, next to the database, stays a default.
    page.folderEdit()->setText(QDir::toNativeSeparators(QFileInfo(db.path()).absoluteDir().filePath(QStringLiteral("backups"))));
    page.save();
    CHECK(DeskSettings().backupFolder(QStringLiteral("/elsewhere/x.db")) == QStringLiteral("/elsewhere/backups"));
}

TEST_CASE("the window claims its database; the menus offer backup, restore and the audit check", "[ui][backup]")
{
    TestDatabase db;
    REQUIRE(claimDatabase(db.path()).ok());
    CHECK(claimDatabase(db.path()).ok()); // the same window process may claim again
    auto other = InstanceLock::acquire(db.path());
    REQUIRE_FALSE(other.ok());
    CHECK(other.error().code == ErrorCode::Busy);

    MainWindow window(db.openAgain());
    for (const char *name : {"backUpNowAction", "restoreBackupAction", "verifyAuditAction"}) {
        auto *action = window.findChild<QAction *>(QLatin1String(name));
        REQUIRE(action);
        CHECK_FALSE(action->text().isEmpty());
    }
    releaseDatabaseClaim();
    CHECK(InstanceLock::acquire(db.path()).ok());
}

TEST_CASE("restoring a damaged database's backup with nobody signed in asks who restores, checked in core",
          "[ui][backup][authorization]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cases.db"));
    const QString backup = dir.filePath(QStringLiteral("cases.casedesk-backup"));
    {
        auto db = Database::open(path, Database::OpenMode::CreateIfMissing);
        REQUIRE(db.ok());
        addTestUser(db.value()->connection(), QStringLiteral("管理员"), Role::Administrator);
        addTestUser(db.value()->connection(), QStringLiteral("李敏"), Role::Caseworker);
        REQUIRE(backupDatabase(*db.value(), backup).ok());
    }
    {
        QFile damaged(path);
        REQUIRE(damaged.open(QIODevice::WriteOnly | QIODevice::Truncate));
        damaged.write(QByteArray(8192, 'x'));
    }
    // The caseworker first (refused, said in the dialog's message line while it stays open),
    // then the administrator.
    QStringList refusals;
    int attempts = 0;
    std::function<void()> answer = [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        auto *name = dialog ? dialog->findChild<QLineEdit *>(QStringLiteral("restoreUserEdit")) : nullptr;
        auto *password = dialog ? dialog->findChild<QLineEdit *>(QStringLiteral("restorePasswordEdit")) : nullptr;
        if (!name || !password) {
            QTimer::singleShot(20, answer);
            return;
        }
        name->setText(++attempts == 1 ? QStringLiteral("李敏") : QStringLiteral("管理员"));
        password->setText(kTestPassword);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        if (attempts == 1) {
            CHECK(dialog->isVisible()); // refused: still open for another name
            auto *notice = dialog->findChild<NoticeBar *>();
            REQUIRE(notice);
            CHECK(notice->kind() == NoticeBar::Kind::Error);
            if (notice->isVisible())
                refusals << notice->text();
            QTimer::singleShot(20, answer);
        }
    };
    QTimer::singleShot(20, answer);
    CHECK(askWhoRestores(nullptr, backup, path));
    CHECK(attempts == 2);
    REQUIRE(refusals.size() == 1);
    CHECK_FALSE(refusals.first().isEmpty());

    // Cancelled: nobody, no restore.
    QTimer::singleShot(20, [] {
        if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget()))
            dialog->reject();
    });
    CHECK_FALSE(askWhoRestores(nullptr, backup, path));
}

TEST_CASE("each test process keeps its desk settings in a folder of its own", "[ui][settings]")
{
    // Under `ctest -j2` two test processes sharing one settings file saw each other's backup folder.
    const QString own = qEnvironmentVariable("XDG_CONFIG_HOME");
    REQUIRE_FALSE(own.isEmpty());
    CHECK(own.contains(QString::number(QCoreApplication::applicationPid())) == false); // a random name, not a guess
    CHECK(QSettings().fileName().startsWith(own + QLatin1Char('/')));
    CHECK_FALSE(QSettings().fileName().contains(QStringLiteral(".qttest")));
    CHECK(QFileInfo(own).absolutePath() != QDir::homePath());
}

TEST_CASE("the audit check's finding is shown in the window's message line, not a box", "[ui][backup][audit]")
{
    TestDatabase db;
    addTestUser(db.connection(), QStringLiteral("管理员"), Role::Administrator);
    addTestUser(db.connection(), QStringLiteral("李敏"), Role::Caseworker);
    const auto shown = [](const MainWindow &window, NoticeBar::Kind kind, const QString &words) {
        for (NoticeBar *notice : window.findChildren<NoticeBar *>()) {
            if (notice->isVisibleTo(&window) && notice->kind() == kind && notice->text().contains(words))
                return true;
        }
        return false;
    };
    {
        MainWindow window(db.openAgain(), QStringLiteral("管理员"));
        window.findChild<QAction *>(QStringLiteral("verifyAuditAction"))->trigger();
        // The test's users were written straight into the file, not through the desk log: the
        // check finds them, and says so in red in the line, with no box over the window.
        CHECK(
            QTest::qWaitFor([&] { return shown(window, NoticeBar::Kind::Error, QStringLiteral("tampered")); }, 30000));
        CHECK(QApplication::activeModalWidget() == nullptr);
    }
    // A caseworker may not: said in the same line.
    MainWindow window(db.openAgain(), QStringLiteral("李敏"));
    auto *action = window.findChild<QAction *>(QStringLiteral("verifyAuditAction"));
    if (action->isEnabled()) {
        action->trigger();
        CHECK(shown(window, NoticeBar::Kind::Error, QStringLiteral("Verify Audit Trail")));
    }
}
