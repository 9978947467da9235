// casedesk-screenshots OUTDIR [--lang zh_CN|en]: pictures of the main windows on a fresh
// demo database, for the README and for looking at the UI as a user would. A developer's
// tool (built with the tests, not run by them); uses the offscreen platform.

#include "case_pane.h"
#include "case_table_model.h"
#include "demo/demo_generator.h"
#include "due_list_dialog.h"
#include "settings/settings_dialog.h"
#include "intake/intake_dialog.h"
#include "language_setup.h"
#include "main_window.h"
#include "storage/database.h"
#include "storage/settings_repository.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace casedesk;

namespace {

bool save(QWidget *widget, const QString &file)
{
    QTest::qWait(300); // let layouts and the background count settle
    const bool saved = widget->grab().save(file);
    QTextStream(stdout) << (saved ? "wrote " : "could not write ") << file << Qt::endl;
    return saved;
}

// The first case in the list whose status is `code`.
int rowWithStatus(CaseTableModel *model, const QString &label)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->data(model->index(row, CaseTableModel::Status)).toString() == label)
            return row;
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true); // keep the user's own settings and drafts out of it
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        QTextStream(stderr) << "usage: casedesk-screenshots OUTDIR [--lang zh_CN|en]" << Qt::endl;
        return 1;
    }
    const QDir out(args.at(1));
    const QString language = args.contains(QStringLiteral("en")) ? QStringLiteral("en") : QStringLiteral("zh_CN");
    installLanguage(language);

    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("demo.db")), Database::OpenMode::CreateIfMissing);
    if (!db)
        return 1;
    (void)SettingsRepository(db.value()->connection()).setCaseNumberPrefix(QStringLiteral("长宁"));
    if (!generateDemoData(db.value()->connection(), DemoOptions{2000, 20261123, QDate::currentDate()}))
        return 1;
    auto again = Database::open(db.value()->path(), Database::OpenMode::OpenExisting);
    QSqlQuery supervisor(db.value()->connection());
    supervisor.exec(QStringLiteral("SELECT name FROM users WHERE role = 'supervisor' LIMIT 1"));
    const QString user = supervisor.next() ? supervisor.value(0).toString() : QString();

    MainWindow window(std::move(again).value(), user);
    window.resize(1366, 768);
    window.show();
    QTest::qWait(200);
    const QString suffix = language == QLatin1String("en") ? QStringLiteral("-en") : QStringLiteral("-zh");
    bool ok = save(&window, out.filePath(QStringLiteral("main-window") + suffix + QStringLiteral(".png")));

    // A case in mediation with its timeline.
    CaseTableModel *model = window.caseModel();
    window.caseTable()->selectRow(rowWithStatus(model, labelOf(CaseStatus::InMediation)));
    window.casePane()->findChild<QTabWidget *>(QStringLiteral("caseTabWidget"))->setCurrentIndex(1);
    ok &= save(&window, out.filePath(QStringLiteral("case-timeline") + suffix + QStringLiteral(".png")));
    // Some history: the supervisor takes the case and sends a sample for testing.
    (void)window.casePane()->assignTo(user);
    (void)window.casePane()->stopClock(QStringLiteral("面包样品送质检机构检测"));
    window.casePane()->findChild<QTabWidget *>(QStringLiteral("caseTabWidget"))->setCurrentIndex(2);
    ok &= save(&window, out.filePath(QStringLiteral("case-history") + suffix + QStringLiteral(".png")));

    // The deadlines to watch.
    DueListDialog due(db.value()->connection(), QString());
    due.show();
    ok &= save(&due, out.filePath(QStringLiteral("due-list") + suffix + QStringLiteral(".png")));

    // Settings: the working-day calendar.
    SettingsDialog settings(db.value()->connection());
    settings.show();
    ok &= save(&settings, out.filePath(QStringLiteral("settings") + suffix + QStringLiteral(".png")));
    // Settings: automatic backups.
    if (auto *tabs = settings.findChild<QTabWidget *>())
        tabs->setCurrentWidget(settings.findChild<QWidget *>(QStringLiteral("backupSettingsPage")));
    ok &= save(&settings, out.filePath(QStringLiteral("settings-backups") + suffix + QStringLiteral(".png")));

    // The intake form with a validation message showing.
    IntakeDialog intake(db.value()->connection(), db.value()->path(), user);
    intake.resize(1100, 760);
    intake.show();
    intake.findChild<QLineEdit *>(QStringLiteral("consumer.phone"))->setText(QStringLiteral("1381234567"));
    intake.findChild<QLineEdit *>(QStringLiteral("consumer.name"))->setText(QStringLiteral("张伟"));
    intake.findChild<QLineEdit *>(QStringLiteral("consumer.idNumber"))->setText(QStringLiteral("110101199003074478"));
    intake.findChild<QLineEdit *>(QStringLiteral("business.name"))->setText(QStringLiteral("悦动健身会所（长宁店）"));
    intake.registerComplaint();
    ok &= save(&intake, out.filePath(QStringLiteral("intake") + suffix + QStringLiteral(".png")));
    intake.reject();
    return ok ? 0 : 1;
}
