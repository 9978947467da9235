#include "storage/server_export.h"

#include "stats/stats_summary_counter.h"
#include "storage/database.h"
#include "storage/engine.h"
#include "storage/engine_copy.h"
#include "storage/schema_steps.h"
#include "storage/sql_helpers.h"
#include "storage/trail_anchors.h"
#include "storage/trigger_pause.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace casedesk {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(ServerExport)
};

QString cancelledMessage() { return Msg::tr("The export was cancelled; no file was written."); }

void removeFileAndCompanions(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
    DeskAnchors::forget(path);
}

// Copies the server's tables into the new file `file`, in the file's one transaction.
Result<CopySummary> copyInto(const QSqlDatabase &server, const QSqlDatabase &file,
                                     const std::function<bool(int, int)> &progress)
{
    auto tables = tablesToCopy(file, server);
    if (!tables)
        return tables.error();
    // Rows arrive parent by parent, but a table may refer to itself (a merged business):
    // the references are checked once, at the end, instead.
    if (auto off = runQuery(file, QStringLiteral("PRAGMA foreign_keys = OFF")); !off)
        return off.error();
    Transaction transaction(file);
    if (auto started = transaction.begin(); !started)
        return started.error();
    // The copied rows are complete already; what the triggers derive is built once at the end.
    TriggerPause triggers(file, QString());
    if (auto paused = triggers.pause(); !paused)
        return paused.error();
    for (auto it = tables->crbegin(); it != tables->crend(); ++it) { // the new file's own seeds
        if (auto cleared = runQuery(file, QStringLiteral("DELETE FROM \"%1\"").arg(it->table)); !cleared)
            return cleared.error();
    }
    auto summary = copyTables(server, file, tables.value(), progress,
                              {cancelledMessage(),
                               Msg::tr("The table %1 could not be copied; no file was written. (%2)")});
    if (!summary)
        return summary.error();
    if (auto resumed = triggers.resume(); !resumed)
        return resumed.error();
    auto broken = queryScalar(file, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check"));
    if (!broken)
        return broken.error();
    if (broken->toLongLong() > 0)
        return Error{ErrorCode::Storage,
                     Msg::tr("%n copied row(s) refer to rows the server does not have; no file was written.", nullptr,
                             int(broken->toLongLong())),
                     {}};
    const QStringList derive = {
        QStringLiteral("DELETE FROM case_search_stale"),
        QStringLiteral("INSERT INTO case_search(case_search) VALUES ('rebuild')"),
        QStringLiteral("DELETE FROM business_day_counts"),
        countBusinessDaysSql(),
        QStringLiteral("DELETE FROM warning_runs"),
        QStringLiteral("DELETE FROM warning_runs_basis"),
        QStringLiteral("DELETE FROM warning_dirty"),
        QStringLiteral("INSERT INTO warning_dirty(business_id) VALUES (0)"),
        QStringLiteral("DELETE FROM stats_summary"),
        QStringLiteral("DELETE FROM stats_case_facts"),
        QStringLiteral("DELETE FROM stats_dirty_cases"),
        QStringLiteral("DELETE FROM stats_dirty_days"),
        QStringLiteral("DELETE FROM stats_dirty_months"),
        QStringLiteral("INSERT INTO stats_dirty_months(month) VALUES ('*')"),
    };
    for (const QString &sql : derive) {
        if (auto ran = runQuery(file, sql); !ran)
            return ran.error();
    }
    // Counted before it commits: the file's first statistics have nothing left to count.
    if (auto counted = StatsSummaryCounter(file).refreshWithinTransaction(); !counted)
        return counted.error();
    if (progress && !progress(summary->tables, int(tables->size())))
        return Error{ErrorCode::Cancelled, cancelledMessage(), {}};
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    if (auto on = runQuery(file, QStringLiteral("PRAGMA foreign_keys = ON")); !on)
        return on.error();
    return summary;
}

} // namespace

Result<CopySummary> exportFromServer(const QString &serverUrl, const QString &targetFile,
                                             const std::function<bool(int, int)> &progress)
{
    const QFileInfo target(targetFile);
    if (target.exists())
        return Error{ErrorCode::Conflict,
                     Msg::tr("The file %1 already exists; export into a new file. Nothing was written.")
                         .arg(QDir::toNativeSeparators(target.absoluteFilePath())),
                     {}};
    if (!target.absoluteDir().exists())
        return Error{ErrorCode::NotFound,
                     Msg::tr("The folder %1 does not exist; nothing was written.")
                         .arg(QDir::toNativeSeparators(target.absolutePath())),
                     {}};
    auto source = Database::openServer(serverUrl, Database::OpenMode::OpenExisting);
    if (!source)
        return source.error();
    const QSqlDatabase server = source.value()->connection();
    // One snapshot of the server: desks may keep working while it is read.
    Transaction snapshot(server);
    if (auto started = snapshot.begin(); !started)
        return started.error();
    if (auto repeatable = runQuery(server, QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"));
        !repeatable)
        return repeatable.error();

    const QString partial = target.absoluteFilePath() + QStringLiteral(".partial");
    removeFileAndCompanions(partial); // left by an export that was killed
    Result<CopySummary> summary = Error{ErrorCode::Storage, QString(), {}};
    {
        auto file = Database::open(partial, Database::OpenMode::CreateIfMissing);
        if (!file) {
            removeFileAndCompanions(partial);
            return file.error();
        }
        summary = copyInto(server, file.value()->connection(), progress);
    }
    if (summary && !QFile::rename(partial, target.absoluteFilePath()))
        summary = Error{ErrorCode::Storage,
                        Msg::tr("The file %1 could not be written; nothing was written.")
                            .arg(QDir::toNativeSeparators(target.absoluteFilePath())),
                        {}};
    removeFileAndCompanions(partial);
    return summary;
}

} // namespace casedesk
