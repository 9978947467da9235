#include "background_work.h"

#include "storage/database.h"
#include "storage/sqlite_native.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QPointer>
#include <QProgressDialog>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <atomic>
#include <limits>
#include <mutex>

namespace casedesk {

// Shared by the window and the worker; everything here is safe to touch from both.
struct WorkState {
    std::atomic<bool> cancel{false};
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{0};
    std::mutex lock; // guards interrupt: set while the worker's connection is open
    std::function<void()> interrupt;
    Status outcome;
};

namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(BackgroundWork)
};

// The progress window appears only for work that lasts longer than this.
constexpr int kShowAfterMs = 300;

Error cancelledError()
{
    return Error{ErrorCode::Cancelled, Msg::tr("Cancelled; nothing was changed."), {}};
}

// On the worker thread: opens its own connection, runs the job, closes the connection.
void runOnWorker(const std::shared_ptr<WorkState> &state, const QString &databasePath, const WorkJob &job)
{
    WorkContext context(state);
    std::unique_ptr<Database> database;
    if (!databasePath.isEmpty()) {
        auto opened = Database::open(databasePath, Database::OpenMode::OpenExisting);
        if (!opened) {
            state->outcome = opened.error();
            return;
        }
        database = std::move(opened).value();
        context.db = database->connection();
        const std::lock_guard<std::mutex> guard(state->lock);
        state->interrupt = sqliteInterrupter(context.db);
    }
    Status outcome = state->cancel ? Status(cancelledError()) : job(context);
    {
        const std::lock_guard<std::mutex> guard(state->lock);
        state->interrupt = nullptr; // the connection closes below
    }
    context.db = QSqlDatabase();
    database.reset();
    // Whatever the job says after a Cancel (an interrupted statement, say), it was cancelled.
    state->outcome = state->cancel && !outcome ? Status(cancelledError()) : outcome;
}

QFuture<void> start(const std::shared_ptr<WorkState> &state, const QString &databasePath, const WorkJob &job)
{
    return QtConcurrent::run([state, databasePath, job] { runOnWorker(state, databasePath, job); });
}

} // namespace

bool WorkContext::cancelled() const { return m_state->cancel; }

bool WorkContext::progress(qint64 done, qint64 total)
{
    m_state->total = total;
    m_state->done = done;
    return !m_state->cancel;
}

Status runWithProgress(QWidget *parent, const WorkOptions &options, const WorkJob &job)
{
    auto state = std::make_shared<WorkState>();
    QFutureWatcher<void> watcher;
    QEventLoop loop;

    QProgressDialog dialog(options.label, options.cancellable ? Msg::tr("Cancel") : QString(), 0, 0, parent);
    dialog.setObjectName(QStringLiteral("workProgressDialog"));
    dialog.setWindowTitle(options.title);
    dialog.setWindowModality(parent ? Qt::WindowModal : Qt::ApplicationModal);
    // Shown by the timer below, not by QProgressDialog's own guess from the figures (a busy
    // indicator never gives it one).
    dialog.setMinimumDuration(std::numeric_limits<int>::max());
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    if (!options.cancellable)
        dialog.setCancelButton(nullptr);
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [&dialog, state] {
        state->cancel = true;
        const std::lock_guard<std::mutex> guard(state->lock);
        if (state->interrupt)
            state->interrupt();
        // The worker finishes its current step and rolls back; the window says so meanwhile.
        dialog.setLabelText(Msg::tr("Cancelling..."));
        dialog.show();
    });
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, &dialog, [&dialog, state] {
        const qint64 total = state->total;
        // QProgressDialog counts in int: scale large totals down.
        const int scale = total > 1'000'000'000 ? 1000 : 1;
        dialog.setMaximum(int(total / scale));
        dialog.setValue(int(std::min(state->done.load(), total) / scale));
    });
    ticker.start(100);
    QTimer::singleShot(kShowAfterMs, &dialog, [&dialog] { dialog.show(); });

    watcher.setFuture(start(state, options.databasePath, job));
    // The window keeps painting; until the modal progress window is up, clicks and keys wait
    // (the ticker wakes this loop at least every 100 ms).
    while (!watcher.isFinished()) {
        QEventLoop::ProcessEventsFlags flags = QEventLoop::WaitForMoreEvents;
        if (!dialog.isVisible())
            flags |= QEventLoop::ExcludeUserInputEvents;
        loop.processEvents(flags);
    }
    ticker.stop();
    dialog.close();
    return state->outcome;
}

void runInBackground(QObject *context, const QString &databasePath, const WorkJob &job,
                     const std::function<void(const Status &)> &done)
{
    auto state = std::make_shared<WorkState>();
    auto *watcher = new QFutureWatcher<void>(context);
    QObject::connect(watcher, &QFutureWatcher<void>::finished, context, [watcher, state, done] {
        watcher->deleteLater();
        done(state->outcome);
    });
    watcher->setFuture(start(state, databasePath, job));
}

} // namespace casedesk
