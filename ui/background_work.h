#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QObject;
class QWidget;

namespace casedesk {

struct WorkState;

// What work running on a worker thread sees: its own connection to the database file (a
// QSqlDatabase belongs to the thread that opened it), whether the user pressed Cancel, and
// where to report progress. Used only on the worker thread.
class WorkContext {
public:
    explicit WorkContext(std::shared_ptr<WorkState> state) : m_state(std::move(state)) {}

    QSqlDatabase db; // not valid when the work was started without a database file
    bool cancelled() const;
    // `done` of `total` for the progress bar (total 0: busy, no figure). Returns false once the
    // user pressed Cancel, so it fits DemoProgress and similar callbacks as it is.
    bool progress(qint64 done, qint64 total);

private:
    std::shared_ptr<WorkState> m_state;
};

// What the work does, on the worker: a failure or ErrorCode::Cancelled must leave nothing
// half written (one transaction, or a temporary file renamed at the end).
using WorkJob = std::function<Status(WorkContext &)>;

struct WorkOptions {
    QString title;        // the progress window's title
    QString label;        // what is being done, e.g. "Building the report..."
    QString databasePath; // the worker opens its own connection to this file (empty: none)
    bool cancellable = true;
};

// Long work (reports, demo data, backups, imports) without freezing the window: runs `job` on
// a worker thread while the window keeps painting; after a short moment a progress window
// with Cancel appears (modal to `parent`, so nothing else is changed meanwhile). Returns once
// the job has ended: its status, or ErrorCode::Cancelled when the user cancelled (a running
// SQL statement on the worker's connection is interrupted at once).
Status runWithProgress(QWidget *parent, const WorkOptions &options, const WorkJob &job);

// The same for work that produces a value.
template <typename T>
Result<T> runWithProgress(QWidget *parent, const WorkOptions &options,
                          const std::function<Result<T>(WorkContext &)> &job)
{
    std::optional<T> value;
    const Status ran = runWithProgress(parent, options, [&value, &job](WorkContext &context) -> Status {
        auto result = job(context);
        if (!result)
            return result.error();
        value.emplace(std::move(result).value());
        return {};
    });
    if (!ran)
        return ran.error();
    return std::move(*value);
}

// Starts `job` on a worker thread (own connection to `databasePath`) and returns at once;
// `done` is called with its status on `context`'s thread when it has ended, unless `context`
// has been deleted by then. For work the window shows when ready (lists, counts).
void runInBackground(QObject *context, const QString &databasePath, const WorkJob &job,
                     const std::function<void(const Status &)> &done);

} // namespace casedesk
