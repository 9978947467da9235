#include "main_window.h"

#include "liaison/liaison_window.h"

#include "server_change_watcher.h"

#include "server_connect.h"
#include "server_connect_dialog.h"

#include "auth/permissions.h"
#include "idle_lock.h"
#include "sign_in_dialog.h"
#include "dashboard/dashboard_window.h"
#include "demo/demo_generator.h"
#include "due_list_dialog.h"
#include "help/about_dialog.h"
#include "help/user_guide_window.h"
#include "settings/settings_dialog.h"
#include "backup_scheduler.h"
#include "case_pane.h"
#include "database_claim.h"
#include "case_table_model.h"
#include "desk_settings.h"
#include "filter_bar.h"
#include "groups/dispute_views.h"
#include "intake/intake_dialog.h"
#include "mediation/agenda_dialog.h"
#include "mediation/directory_dialog.h"
#include "storage/complaint_repository.h"
#include "notice_bar.h"
#include "storage/file_location.h"
#include "storage/taxonomy_repository.h"

#include <QActionGroup>
#include <algorithm>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

namespace casedesk {

MainWindow::MainWindow(std::unique_ptr<Database> database, const QString &userName, QWidget *parent)
    : QMainWindow(parent), m_filterBar(new FilterBar(this)), m_notice(new NoticeBar(this)),
      m_table(new QTableView(this)), m_casePane(new CasePane(this)), m_splitter(new QSplitter(this)),
      m_countLabel(new QLabel(this)), m_pathLabel(new QLabel(this)), m_idleLock(new IdleLock(this)),
      m_backups(new BackupScheduler(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("CaseDesk"));
    m_table->setObjectName(QStringLiteral("caseTableView"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Rows of one height: the view never measures a row, so scrolling far neither asks the
    // model for rows it does not show nor keeps more than one size per row.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setStretchLastSection(true);

    connect(m_notice, &NoticeBar::dismissed, this, &MainWindow::noticeDismissed);
    connect(m_casePane, &CasePane::caseChanged, this, [this](qint64 caseId, const QString &message) {
        m_model->reload();
        reselect(caseId);
        statusBar()->showMessage(message, 8000);
    });
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_casePane);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_notice);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    m_pathLabel->setObjectName(QStringLiteral("pathLabel"));
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    statusBar()->addWidget(m_pathLabel, 1);
    statusBar()->addPermanentWidget(m_countLabel);

    connect(m_backups, &BackupScheduler::finished, this, [this](bool ok, const QString &message) {
        if (ok)
            statusBar()->showMessage(message, 8000);
        else
            m_notice->showText(message);
    });
    m_disputes = new DisputeViews(this);
    connect(m_disputes, &DisputeViews::caseActivated, this, &MainWindow::showCase);
    connect(m_disputes, &DisputeViews::casesChanged, this, [this](const QString &message) {
        if (m_model)
            m_model->reload();
        statusBar()->showMessage(message, 8000);
    });
    m_changes = new ServerChangeWatcher(this);
    connect(m_changes, &ServerChangeWatcher::changedElsewhere, this, &MainWindow::showChangesFromElsewhere);
    createMenus();
    setDatabase(std::move(database));
    setCurrentUser(userName);
    connect(m_idleLock, &IdleLock::idle, this, &MainWindow::lockScreen);
    m_idleLock->setMinutes(DeskSettings().idleLockMinutes());

    connect(m_filterBar, &FilterBar::filterChanged, this, [this](const CaseFilter &filter) {
        if (m_model)
            m_model->setFilter(filter);
    });

    const DeskSettings settings;
    if (!restoreGeometry(settings.windowGeometry()))
        resize(1280, 760);
    restoreState(settings.windowState());
    if (!m_splitter->restoreState(settings.splitterState()))
        m_splitter->setSizes({width() * 7 / 10, width() * 3 / 10});
}

MainWindow::~MainWindow() = default;

void MainWindow::fitColumns()
{
    m_table->resizeColumnsToContents();
    // Columns as wide as their contents overflow a 1366-pixel screen and cut off the last
    // one; the widest of the text columns give way (their text elided, whole in the pane)
    // until every column is in view, none narrower than a short name. The case number, the
    // date, the phone and the amount stay whole.
    QHeaderView *header = m_table->horizontalHeader();
    const int available = m_table->viewport()->width();
    constexpr int kFloor = 60;
    for (int round = 0; round < 40 && header->length() > available; ++round) {
        int widest = -1;
        int second = kFloor;
        for (int column : {CaseTableModel::Business, CaseTableModel::Channel, CaseTableModel::Category,
                           CaseTableModel::Consumer, CaseTableModel::Assignee, CaseTableModel::Status}) {
            if (header->isSectionHidden(column))
                continue;
            const int size = header->sectionSize(column);
            if (widest < 0 || size > header->sectionSize(widest)) {
                if (widest >= 0)
                    second = std::max(second, header->sectionSize(widest));
                widest = column;
            } else {
                second = std::max(second, size);
            }
        }
        if (widest < 0 || header->sectionSize(widest) <= kFloor)
            break;
        const int overflow = header->length() - available;
        const int size = header->sectionSize(widest);
        const int target = std::max(second, size - overflow);
        header->resizeSection(widest, target < size ? target : std::max(kFloor, size - overflow));
    }
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *intake = file->addAction(tr("&Register Complaint..."), QKeySequence::New, this,
                                      &MainWindow::registerComplaint);
    intake->setObjectName(QStringLiteral("registerComplaintAction"));
    file->addSeparator();
    file->addAction(tr("New &Database..."), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), this,
                    &MainWindow::newDatabase);
    file->addAction(tr("&Open Database..."), QKeySequence::Open, this, &MainWindow::openDatabase);
    file->addAction(tr("Connect to &Server..."), this, &MainWindow::connectToOfficeServer)
        ->setObjectName(QStringLiteral("connectToServerAction"));
    file->addAction(tr("Sign In as &Another User..."), this, &MainWindow::switchUser);
    file->addAction(tr("Change My &Password..."), this, [this] {
        if (!m_user)
            return;
        ChangePasswordDialog dialog(m_database->connection(), m_user->name, HashCost::Interactive, this);
        if (dialog.exec() == QDialog::Accepted)
            statusBar()->showMessage(tr("Your password was changed."), 8000);
    });
    QAction *lock = file->addAction(tr("&Lock"), QKeySequence(Qt::CTRL | Qt::Key_L), this, &MainWindow::lockScreen);
    lock->setObjectName(QStringLiteral("lockAction"));
    file->addSeparator();
    file->addAction(tr("&Import Work Orders..."), this, &MainWindow::importWorkOrders)
        ->setObjectName(QStringLiteral("importWorkOrdersAction"));
    file->addAction(tr("Export &Cases to Excel..."), this, &MainWindow::exportCasesToExcel)
        ->setObjectName(QStringLiteral("exportExcelAction"));
    file->addAction(tr("Export Results for &12315..."), this, &MainWindow::exportPlatformResults)
        ->setObjectName(QStringLiteral("exportPlatformResultsAction"));
    file->addSeparator();
    file->addAction(tr("&Back Up Now"), this, &MainWindow::backUpNow)->setObjectName(QStringLiteral("backUpNowAction"));
    file->addAction(tr("&Restore from Backup..."), this, &MainWindow::restoreFromBackup)
        ->setObjectName(QStringLiteral("restoreBackupAction"));
    QAction *settings = file->addAction(tr("Se&ttings..."), QKeySequence::Preferences, this, [this] {
        SettingsDialog dialog(m_database->connection(), currentUserName(), this);
        dialog.exec();
        m_idleLock->setMinutes(DeskSettings().idleLockMinutes());
        showSelectedCase(); // due dates follow the calendar and rules just changed
    });
    settings->setMenuRole(QAction::PreferencesRole);
    file->addAction(tr("&Mediators and Courts..."), this, [this] {
        DirectoryDialog dialog(m_database->connection(), currentUserName(), this);
        dialog.exec();
        showSelectedCase();
    })->setObjectName(QStringLiteral("directoryAction"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("E&xit"), QKeySequence::Quit, this, &QWidget::close);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(tr("&Find..."), QKeySequence::Find, this, [this] {
        m_filterBar->searchEdit()->setFocus();
        m_filterBar->searchEdit()->selectAll();
    });
    view->addAction(tr("&Clear Filters"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L), m_filterBar,
                    &FilterBar::clear);
    QAction *due = view->addAction(tr("&Due Soon and Overdue..."), QKeySequence(Qt::CTRL | Qt::Key_D), this,
                                   &MainWindow::showDueList);
    due->setObjectName(QStringLiteral("dueListAction"));
    view->addAction(tr("Mediation &Agenda..."), this, [this] {
        auto *dialog = new AgendaDialog(m_database->connection(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &AgendaDialog::caseRequested, this, [this](qint64 caseId) {
            if (auto complaint = ComplaintRepository(m_database->connection()).get(caseId)) {
                m_filterBar->searchFor(complaint->caseNumber);
                if (m_model->rowCount() > 0)
                    m_table->selectRow(0);
            }
        });
        dialog->show();
    })->setObjectName(QStringLiteral("agendaAction"));
    view->addAction(tr("&Liaison Points..."), this, [this] {
        if (!m_database)
            return;
        auto *window = new LiaisonWindow(m_database->connection(), currentUserName(), this);
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->show();
    })->setObjectName(QStringLiteral("liaisonPointsAction"));
    view->addAction(tr("&Refresh"), QKeySequence::Refresh, this, [this] {
        if (m_model)
            m_model->reload();
    });
    createStatisticsMenu();
    m_disputes->addTo(view, statusBar());

    // Language names are shown in their own language, so anyone can find theirs.
    QMenu *language = menuBar()->addMenu(tr("&Language"));
    auto *languages = new QActionGroup(this);
    const QString current = QLocale().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
    const std::pair<QString, QString> choices[] = {{QStringLiteral("zh_CN"), QStringLiteral("中文")},
                                                   {QStringLiteral("en"), QStringLiteral("English")}};
    for (const auto &[code, name] : choices) {
        QAction *action = language->addAction(name);
        action->setCheckable(true);
        action->setChecked(code == current);
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = code, current] {
            if (code != current)
                emit languageChangeRequested(code);
        });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *guide = help->addAction(tr("&User Guide"), QKeySequence::HelpContents, this, [this] {
        // The section for the window in front: F1 in the registration form opens 接听登记.
        QWidget *front = QApplication::activeModalWidget() ? QApplication::activeModalWidget()
                                                           : QApplication::activeWindow();
        UserGuideWindow::showFor(front && front->objectName() != QLatin1String("userGuideWindow") ? front : this, this);
    });
    guide->setObjectName(QStringLiteral("userGuideAction"));
    guide->setShortcutContext(Qt::ApplicationShortcut); // F1 from the dialogs too
    help->addAction(tr("&Verify Audit Trail..."), this, &MainWindow::verifyAuditTrail)
        ->setObjectName(QStringLiteral("verifyAuditAction"));
    help->addSeparator();
    help->addAction(tr("&About CaseDesk"), this, &MainWindow::showAbout)->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::setDatabase(std::unique_ptr<Database> database)
{
    if (m_intake) // a registration belongs to the file it was started on; its draft is kept
        m_intake->reject();
    closeStatisticsWindows();
    m_changes->watch(QSqlDatabase()); // before the connection it listens on goes
    m_database = std::move(database);
    m_casePane->setDatabase(m_database->connection());
    auto *oldModel = m_model;
    m_model = new CaseTableModel(m_database->connection(), m_database->path(), this);
    m_table->setModel(m_model);
    delete oldModel;

    auto categories = TaxonomyRepository(m_database->connection()).categories(true);
    m_filterBar->setCategories(categories ? categories.value() : QList<Category>{});
    if (!categories)
        m_notice->showError(tr("The categories could not be loaded: %1").arg(categories.error().message));
    m_model->setFilter(m_filterBar->filter());

    const QByteArray header = DeskSettings().caseTableHeader();
    if (header.isEmpty() || !m_table->horizontalHeader()->restoreState(header)) {
        m_table->horizontalHeader()->setSortIndicator(CaseTableModel::ReceivedAt, Qt::DescendingOrder);
        // Measured once the window has its final fonts, or labels come out clipped.
        QTimer::singleShot(0, m_table, [this] { fitColumns(); });
    }
    m_model->sort(m_table->horizontalHeader()->sortIndicatorSection(), m_table->horizontalHeader()->sortIndicatorOrder());

    connect(m_model, &CaseTableModel::totalCountChanged, this, &MainWindow::updateCount);
    connect(m_model, &CaseTableModel::loadFailed, this,
            [this](const QString &message) { m_notice->showError(message); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::showSelectedCase);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::showSelectedCase);
    updateCount(m_model->totalCount());
    m_pathLabel->setText(tr("Database: %1").arg(QDir::toNativeSeparators(m_database->path())));
    m_pathLabel->setToolTip(QDir::toNativeSeparators(m_database->path()));
    DeskSettings().setLastDatabase(m_database->path());
    // A server is backed up by the office (pg_dump), not by each desk.
    m_backups->setDatabasePath(m_database->engine() == Engine::Sqlite ? m_database->path() : QString());
    if (const QString warning = networkShareWarning(m_database->path()); !warning.isEmpty())
        m_notice->showText(warning);
    showAnchorWarning();
    showDemoReminder();
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    showSelectedCase();
    checkIntegrityInBackground();
    m_disputes->setDatabase(m_database->connection(), m_database->path());
    m_changes->watch(m_database->connection());
}

void MainWindow::checkIntegrityInBackground()
{
    // A full check reads the whole file: on a worker thread with its own connection, so a
    // large archive opens at once and a damaged one is still reported.
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, path = m_database->path()] {
        const QString problem = watcher->result();
        watcher->deleteLater();
        if (!problem.isEmpty() && m_database && m_database->path() == path)
            m_notice->showText(tr("Warning: %1 Make a copy of the file and restore a backup before entering new cases.")
                                   .arg(problem));
    });
    watcher->setFuture(QtConcurrent::run([path = m_database->path()] {
        auto db = Database::open(path, Database::OpenMode::OpenExisting);
        if (!db)
            return db.error().message;
        auto checked = db.value()->checkIntegrity();
        return checked ? QString() : checked.error().message;
    }));
}

std::unique_ptr<Database> MainWindow::takeDatabase()
{
    saveLayout();
    m_table->setModel(nullptr);
    delete m_model;
    m_model = nullptr;
    return std::move(m_database);
}

void MainWindow::registerComplaint()
{
    if (m_intake) { // one registration at a time: bring it back
        m_intake->raise();
        m_intake->activateWindow();
        return;
    }
    // Registering is done by the signed-in user, and only if their role may (the core checks
    // again when the case is saved).
    if (!m_user || !roleAllows(m_user->role, Permission::RegisterCase)) {
        m_notice->showMessage(m_user ? tr("A %1 does not register complaints.").arg(labelOf(m_user->role))
                                     : tr("Sign in to register complaints."),
                              NoticeBar::Kind::Information);
        return;
    }
    m_intake = new IntakeDialog(m_database->connection(), m_database->path(), m_user->name, this);
    m_intake->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_intake, &IntakeDialog::registered, this, [this](qint64 caseId, const QString &caseNumber) {
        statusBar()->showMessage(tr("Registered case %1.").arg(caseNumber), 8000);
        showCase(caseId);
    });
    connect(m_intake, &IntakeDialog::showBusinessCases, m_filterBar, &FilterBar::searchFor);
    m_intake->show();
}

void MainWindow::showDueList()
{
    auto *dialog = new DueListDialog(m_database->connection(), currentUserName(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DueListDialog::caseRequested, this, [this](const QString &caseNumber) {
        m_filterBar->searchFor(caseNumber);
        if (m_model->rowCount() > 0)
            m_table->selectRow(0);
    });
    dialog->show();
}

void MainWindow::showCase(qint64 caseId)
{
    // Show the new case at the top: newest first, no filter hiding it.
    m_filterBar->clear();
    m_table->horizontalHeader()->setSortIndicator(CaseTableModel::ReceivedAt, Qt::DescendingOrder);
    m_model->reload();
    while (true) {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (m_model->caseIdAt(row) == caseId) {
                m_table->selectRow(row);
                m_table->scrollTo(m_model->index(row, 0));
                return;
            }
        }
        if (!m_model->canFetchMore({}) || m_model->rowCount() >= 10 * CaseTableModel::kPageSize)
            return; // a case received long ago: it is in the list, further down
        m_model->fetchMore({});
    }
}

void MainWindow::showNotice(const QString &text, bool aboutDemo)
{
    m_notice->showMessage(text, aboutDemo ? NoticeBar::Kind::Information : NoticeBar::Kind::Warning);
    if (aboutDemo)
        m_demoNotice = text;
}

void MainWindow::showDemoReminder()
{
    m_demoNotice.clear();
    if (!isDemoDatabase(m_database->connection()) || DeskSettings().demoNoticeDismissed(m_database->path()))
        return;
    showNotice(tr("This is a demo database with invented cases. Use File > New Database to start real work."), true);
}

void MainWindow::noticeDismissed()
{
    // Only the demo reminder is remembered as read, and only while it is the one shown.
    if (!m_demoNotice.isEmpty() && m_notice->text() == m_demoNotice && m_database)
        DeskSettings().setDemoNoticeDismissed(m_database->path());
}

void MainWindow::openDatabase()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Database"), QFileInfo(m_database->path()).absolutePath(),
                                                      tr("CaseDesk databases (*.db *.casedesk *.sqlite);;All files (*)"));
    if (!path.isEmpty())
        switchTo(path, false);
}

void MainWindow::connectToOfficeServer()
{
    ServerConnectDialog dialog(m_database->engine() == Engine::Postgres ? m_database->location() : QString(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto connected = connectToServer(this, dialog.url());
    if (!connected)
        return; // still working where it was
    // Users belong to a database: sign in to the server's before anything of it is shown.
    const auto user = signInTo((*connected)->connection(), currentUserName(), this);
    if (!user)
        return;
    releaseDatabaseClaim(); // the desk's file is free again; a server is not claimed by one desk
    workOn(std::move(*connected), user->name);
}

void MainWindow::workOn(std::unique_ptr<Database> database, const QString &userName)
{
    saveLayout();
    setDatabase(std::move(database));
    setCurrentUser(userName);
    DeskSettings().setLastUser(userName);
    m_notice->hide();
    if (const QString warning = networkShareWarning(m_database->path()); !warning.isEmpty())
        m_notice->showText(warning);
    showAnchorWarning();
}

void MainWindow::reclaimCurrentDatabase()
{
    if (m_database->engine() == Engine::Sqlite)
        (void)claimDatabase(m_database->path()); // still working on the current file
    else
        releaseDatabaseClaim(); // a server is not claimed by one desk
}

void MainWindow::newDatabase()
{
    QString path = QFileDialog::getSaveFileName(this, tr("New Database"), QFileInfo(m_database->path()).absolutePath(),
                                                tr("CaseDesk databases (*.db)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".db");
    if (QFileInfo::exists(path)) {
        // The save dialog already asked before replacing; a database is never overwritten.
        m_notice->showError(tr("\"%1\" already exists. Choose another name, or open it with File > Open.")
                                .arg(QDir::toNativeSeparators(path)));
        return;
    }
    switchTo(path, true);
}

void MainWindow::switchTo(const QString &path, bool create)
{
    if (auto claimed = claimDatabase(path); !claimed) {
        m_notice->showError(claimed.error().message);
        return;
    }
    auto opened = Database::open(path, create ? Database::OpenMode::CreateIfMissing : Database::OpenMode::OpenExisting);
    if (!opened) {
        reclaimCurrentDatabase();
        m_notice->showError(opened.error().message);
        return;
    }
    // Users belong to a database: sign in to the new one (or set up its administrator)
    // before anything of it is shown; cancelling keeps the current database open.
    const auto user = signInTo(opened.value()->connection(), currentUserName(), this);
    if (!user) {
        reclaimCurrentDatabase();
        return;
    }
    workOn(std::move(opened).value(), user->name);
}

void MainWindow::showAnchorWarning()
{
    // The file's trail went backwards or was rewritten since this desk last saw it.
    if (m_database && !m_database->anchorWarning().isEmpty())
        m_notice->showText(tr("Warning: %1 Use Help > Verify Audit Trail, and keep a copy of this file as evidence.")
                               .arg(m_database->anchorWarning()));
}

void MainWindow::showSelectedCase() { m_casePane->showCase(selectedCaseId()); }

qint64 MainWindow::selectedCaseId() const
{
    const QModelIndex current = m_table->selectionModel() ? m_table->selectionModel()->currentIndex() : QModelIndex();
    return m_model && current.isValid() ? m_model->caseIdAt(current.row()) : 0;
}

void MainWindow::showChangesFromElsewhere()
{
    if (!m_model)
        return;
    const qint64 selected = selectedCaseId();
    QScrollBar *scroll = m_table->verticalScrollBar();
    const int position = scroll->value();
    const int rows = m_model->rowCount();
    m_model->reload();
    while (m_model->rowCount() < rows && m_model->canFetchMore({}))
        m_model->fetchMore({});
    if (selected)
        reselect(selected);
    scroll->setValue(position);
    m_disputes->showChangesFromElsewhere();
    for (DueListDialog *due : findChildren<DueListDialog *>())
        due->refresh();
    if (m_dashboard)
        m_dashboard->refresh();
}

void MainWindow::reselect(qint64 caseId)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->caseIdAt(row) == caseId) {
            m_table->selectRow(row);
            return;
        }
    }
}

bool MainWindow::setCurrentUser(const QString &name)
{
    m_user.reset();
    if (!name.isEmpty()) {
        if (auto found = UserRepository(m_database->connection()).findByName(name); found && found->active)
            m_user = found.value();
    }
    m_filterBar->setCurrentUser(currentUserName());
    m_casePane->setUser(m_user);
    if (m_dashboard)
        m_dashboard->setUser(currentUserName());
    m_disputes->setActor(currentUserName());
    QString title = m_user ? tr("CaseDesk — %1 (%2)").arg(m_user->name, labelOf(m_user->role)) : tr("CaseDesk");
    // Which office database this desk works on, when it is a shared server.
    if (m_database->engine() == Engine::Postgres)
        title += QStringLiteral(" — ") + tr("server %1").arg(m_database->location());
    setWindowTitle(title);
    return m_user.has_value();
}

void MainWindow::switchUser()
{
    SignInDialog dialog(m_database->connection(), QString(), SignInDialog::Purpose::SignIn, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.user().name != currentUserName())
        closeIntake();
    setCurrentUser(dialog.user().name);
    DeskSettings().setLastUser(dialog.user().name);
    showSelectedCase(); // what the pane offers follows the new user's role
}

void MainWindow::closeIntake()
{
    if (!m_intake)
        return;
    IntakeDialog *intake = m_intake;
    m_intake.clear(); // not shown again, whatever happens to it from here
    intake->reject(); // keeps the draft for its user
    intake->deleteLater();
}

void MainWindow::lockScreen()
{
    if (m_locked || !m_user)
        return;
    m_locked = true;
    m_idleLock->setPaused(true);
    // Nothing of the cases stays on screen behind the lock: not the list, not an open form.
    centralWidget()->hide();
    menuBar()->setEnabled(false);
    if (m_intake)
        m_intake->hide();
    // Other windows that are open (the due list, a dialog waiting for input) get a blank cover
    // rather than being closed, so nothing typed in them is lost.
    QList<QPointer<QWidget>> covers;
    for (QWidget *window : QApplication::topLevelWidgets()) {
        if (window == this || !window->isVisible())
            continue;
        auto *cover = new QWidget(window);
        cover->setObjectName(QStringLiteral("lockCover"));
        cover->setAutoFillBackground(true);
        cover->setGeometry(window->rect());
        cover->show();
        cover->raise();
        covers.append(cover);
    }
    const auto uncover = [&covers] {
        for (const QPointer<QWidget> &cover : std::as_const(covers))
            delete cover.data();
    };
    SignInDialog dialog(m_database->connection(), currentUserName(), SignInDialog::Purpose::Unlock, this);
    if (dialog.exec() != QDialog::Accepted) {
        m_locked = false;
        uncover();
        close(); // "Quit CaseDesk": an unlocked desk is never left behind
        return;
    }
    uncover();
    if (dialog.user().name != currentUserName()) {
        // Someone else unlocked: the previous user's open registration is closed (its draft
        // stays theirs, see IntakeDraft) rather than handed over under their name.
        closeIntake();
        setCurrentUser(dialog.user().name);
        DeskSettings().setLastUser(dialog.user().name);
    }
    centralWidget()->show();
    menuBar()->setEnabled(true);
    if (m_intake)
        m_intake->show();
    m_locked = false;
    m_idleLock->setPaused(false);
    showSelectedCase();
}

void MainWindow::updateCount(qint64 total)
{
    if (total >= 0)
        m_countLabel->setText(tr("%Ln case(s)", nullptr, int(std::min<qint64>(total, INT_MAX))));
    else if (m_model && m_model->countAtLeast() > 0)
        m_countLabel->setText(tr("%L1 or more cases (counting...)").arg(m_model->countAtLeast()));
    else
        m_countLabel->setText(tr("Counting cases..."));
}

void MainWindow::showAbout()
{
    AboutDialog about(m_database ? m_database->connection() : QSqlDatabase(), this);
    about.exec();
}

void MainWindow::saveLayout()
{
    DeskSettings settings;
    settings.setWindowGeometry(saveGeometry());
    settings.setWindowState(saveState());
    settings.setSplitterState(m_splitter->saveState());
    if (m_table->model())
        settings.setCaseTableHeader(m_table->horizontalHeader()->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    if (!backUpOnExit()) {
        event->ignore(); // the caseworker chose to stay after a failed backup
        return;
    }
    event->accept();
}

} // namespace casedesk
