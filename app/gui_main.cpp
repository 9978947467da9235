// casedesk: the caseworker's desktop application.

#include "background_work.h"
#include "database_claim.h"
#include "restore_backup.h"
#include "server_connect.h"
#include "storage/server_url.h"
#include "storage/file_location.h"
#include "data_location.h"
#include "demo/demo_generator.h"
#include "desk_settings.h"
#include "language_setup.h"
#include "main_window.h"
#include "sign_in_dialog.h"
#include "storage/settings_repository.h"
#include "storage/driver_notes.h"
#include "storage/trail_anchors.h"

#include <QApplication>
#include <QIcon>

#include <cstdio>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTextStream>
#include <QTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

using namespace casedesk;

namespace {

constexpr int kFirstRunDemoCases = 3000;

struct Opened {
    std::unique_ptr<Database> database;
    QString notice;
    bool noticeAboutDemo = false; // the first start's "this is a demo database"
};

// Opens `path`; on failure explains why and lets the user pick another file or quit.
std::optional<Opened> openWithRecovery(QString path, bool explicitPath)
{
    // What the last restore did: said in the next question about the file, or in the window.
    QString restoreOutcome;
    for (;;) {
        const bool isNew = !QFileInfo::exists(path);
        const bool firstRun = isNew && !explicitPath;
        // One CaseDesk per file: a second window is told who has it, before anything is read.
        const Status claimed = claimDatabase(path);
        auto opened = claimed ? Database::open(path, Database::OpenMode::CreateIfMissing)
                              : Result<std::unique_ptr<Database>>(claimed.error());
        if (opened) {
            Opened result{std::move(opened).value(), {}};
            if (firstRun) {
                // First start with an empty data folder: show a populated application.
                const QSqlDatabase db = result.database->connection();
                // Case numbers are Chinese records whatever the window's language (长宁-2026-000001,
                // as casedesk-cli demo writes them): an English desk switched to Chinese keeps them right.
                (void)SettingsRepository(db).setCaseNumberPrefix(QStringLiteral("长宁"));
                // On a worker with its own connection, with progress and Cancel (a cancel leaves
                // the new file empty).
                auto demo = runWithProgress<DemoSummary>(
                    nullptr,
                    WorkOptions{QCoreApplication::translate("Startup", "CaseDesk"),
                                QCoreApplication::translate("Startup", "Writing invented cases for a first look..."),
                                path, true},
                    std::function([](WorkContext &work) {
                        return generateDemoData(work.db, DemoOptions{kFirstRunDemoCases, 20261123, QDate::currentDate()},
                                                [&work](int done, int total) { return work.progress(done, total); });
                    }));
                result.notice = demo ? QCoreApplication::translate(
                                           "Startup", "This is a demo database with %1 invented cases, created on "
                                                      "first start at %2. Use File > New Database to start real work.")
                                           .arg(QLocale().toString(demo->cases), QDir::toNativeSeparators(path))
                                     : demo.error().message;
                result.noticeAboutDemo = demo.ok();
            } else if (isNew) {
                result.notice = QCoreApplication::translate("Startup", "Created a new, empty database at %1.")
                                    .arg(QDir::toNativeSeparators(path));
            }
            if (!restoreOutcome.isEmpty())
                result.notice = restoreOutcome;
            if (const QString warning = networkShareWarning(path); !warning.isEmpty())
                result.notice = result.notice.isEmpty() ? warning : result.notice + QLatin1Char(' ') + warning;
            return result;
        }
        QMessageBox box(QMessageBox::Critical, QCoreApplication::translate("Startup", "CaseDesk"),
                        QCoreApplication::translate("Startup", "The database %1 cannot be opened.")
                            .arg(QDir::toNativeSeparators(path)));
        box.setInformativeText(restoreOutcome.isEmpty()
                                   ? opened.error().message
                                   : restoreOutcome + QStringLiteral("\n\n") + opened.error().message);
        restoreOutcome.clear();
        // A damaged file is never overwritten: the offer is to put a backup in its place
        // (the damaged file is kept next to it as .before-restore).
        QPushButton *restore = nullptr;
        if (opened.error().code == ErrorCode::NotADatabase && QFileInfo::exists(path))
            restore = box.addButton(QCoreApplication::translate("Startup", "Restore a Backup..."), QMessageBox::ActionRole);
        QPushButton *other = box.addButton(QCoreApplication::translate("Startup", "Open Another File..."),
                                           QMessageBox::AcceptRole);
        box.addButton(QMessageBox::Close);
        box.exec();
        if (restore && box.clickedButton() == static_cast<QAbstractButton *>(restore)) {
            releaseDatabaseClaim();
            // Nobody is signed in yet: who restores is asked and checked (in the backup) first.
            const auto backup = chooseBackupToRestore(nullptr, path);
            if (!backup) {
                restoreOutcome = backup.error().message;
            } else if (!backup->isEmpty() && askWhoRestores(nullptr, backup.value(), path)) {
                const auto restored = restoreAndReport(nullptr, backup.value(), path);
                restoreOutcome = restored ? restored.value() : restored.error().message;
            }
            continue; // try the same file again: restored, or the same question
        }
        if (box.clickedButton() != static_cast<QAbstractButton *>(other))
            return std::nullopt;
        path = QFileDialog::getOpenFileName(nullptr, QCoreApplication::translate("Startup", "Open Database"),
                                            QFileInfo(path).absolutePath());
        if (path.isEmpty())
            return std::nullopt;
        explicitPath = true;
    }
}

// Who works at this desk: whoever signs in (after setting up the first administrator of
// a database nobody can sign in to). `mayAsk` false (screenshots): nobody signs in.
std::optional<QString> signIn(const Database &database, const QString &wanted, bool mayAsk)
{
    if (!mayAsk)
        return QString();
    const auto user = signInTo(database.connection(), wanted);
    if (!user)
        return std::nullopt;
    DeskSettings().setLastUser(user->name);
    return user->name;
}

// The main window is rebuilt when the language changes, keeping the open database.
MainWindow *showMainWindow(std::unique_ptr<Database> database, const QString &userName, const QString &notice,
                           bool aboutDemo = false)
{
    auto *window = new MainWindow(std::move(database), userName);
    window->setAttribute(Qt::WA_DeleteOnClose);
    if (!notice.isEmpty())
        window->showNotice(notice, aboutDemo);
    QObject::connect(window, &MainWindow::languageChangeRequested, window, [window](const QString &language) {
        DeskSettings().setLanguage(language);
        installLanguage(language);
        const QString user = window->currentUserName();
        auto kept = window->takeDatabase();
        window->close();
        showMainWindow(std::move(kept), user, {});
    });
    window->show();
    return window;
}

// For documentation and checks: saves a picture of the window once the list and its count
// are in, prints how long start-up took, and quits.
void takeScreenshot(MainWindow *window, const QString &file, const QElapsedTimer &sinceStart)
{
    const qint64 shownAfter = sinceStart.elapsed();
    QTimer::singleShot(1500, window, [window, file, shownAfter] {
        const bool saved = window->grab().save(file);
        QTextStream(stdout) << QStringLiteral("window with first page shown after %1 ms; screenshot %2\n")
                                   .arg(shownAfter)
                                   .arg(saved ? file : QStringLiteral("could not be saved"));
        QCoreApplication::exit(saved ? 0 : 1);
    });
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    // --version answers without a display (a package's check, a support call over ssh).
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--version") == 0) {
            std::printf("casedesk %s\n", CASEDESK_VERSION);
            return 0;
        }
    }
    QApplication app(argc, argv);
    installDriverNoteFilter();
    setApplicationIdentity();
    QIcon icon;
    icon.addFile(QStringLiteral(":/casedesk/icons/casedesk-48.png"));
    icon.addFile(QStringLiteral(":/casedesk/icons/casedesk-256.png"));
    QApplication::setWindowIcon(icon);
    // This desk keeps the heads of the trails it saw, outside the file (trail_anchors.h).
    DeskAnchors::setEnabled(true);
    installLanguage(chooseLanguage(DeskSettings().language()));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Startup", "CaseDesk case management"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(
        QStringLiteral("database"), QCoreApplication::translate("Startup", "Open (or create) the database FILE."),
        QCoreApplication::translate("Startup", "FILE"));
    parser.addOption(databaseOption);
    const QCommandLineOption serverOption(
        QStringLiteral("server"),
        QCoreApplication::translate("Startup", "Work on the office's database server: postgresql://USER@HOST:PORT/DATABASE "
                                               "(set up by an administrator with casedesk-cli server init)."),
        QCoreApplication::translate("Startup", "URL"));
    parser.addOption(serverOption);
    const QCommandLineOption userOption(
        QStringLiteral("user"), QCoreApplication::translate("Startup", "Offer NAME on the sign-in window."),
        QCoreApplication::translate("Startup", "NAME"));
    parser.addOption(userOption);
    QCommandLineOption screenshotOption(QStringLiteral("screenshot"), QStringLiteral("Save a picture of the window to FILE and quit."),
                                        QStringLiteral("FILE"));
    screenshotOption.setFlags(QCommandLineOption::HiddenFromHelp); // a developer's tool
    parser.addOption(screenshotOption);
    parser.process(app);

    std::optional<Opened> opened;
    if (parser.isSet(serverOption)) {
        // A server is shared by the office: nothing is created or claimed by one desk.
        auto connected = connectToServer(nullptr, parser.value(serverOption));
        if (!connected)
            return 1;
        opened = Opened{std::move(*connected), {}};
    } else {
        QString path = parser.value(databaseOption);
        const bool explicitPath = !path.isEmpty();
        QString notice;
        if (!explicitPath) {
            const QString last = DeskSettings().lastDatabase();
            // The office's server this desk worked on last: connect to it again. If the user
            // closes instead, the desk's own file opens, saying so.
            if (ServerUrl::isServerUrl(last)) {
                if (auto connected = connectToServer(nullptr, last))
                    opened = Opened{std::move(*connected), {}};
                else
                    notice = QCoreApplication::translate("Startup", "Not connected to the office's server: this is "
                                                                    "the desk's own database. Use File > Connect to "
                                                                    "Server to try again.");
            }
            path = !last.isEmpty() && QFileInfo::exists(last) ? last : defaultDatabasePath();
        }
        if (!opened) {
            opened = openWithRecovery(path, explicitPath);
            if (opened && !notice.isEmpty())
                opened->notice = notice;
        }
    }
    if (!opened)
        return 1;
    const auto userName = signIn(*opened->database,
                                 parser.isSet(userOption) ? parser.value(userOption) : DeskSettings().lastUser(),
                                 !parser.isSet(screenshotOption));
    if (!userName)
        return 0; // the sign-in was cancelled: nothing was shown
    MainWindow *window = showMainWindow(std::move(opened->database), *userName, opened->notice,
                                        opened->noticeAboutDemo);
    if (parser.isSet(screenshotOption))
        takeScreenshot(window, parser.value(screenshotOption), sinceStart);
    return app.exec();
}
