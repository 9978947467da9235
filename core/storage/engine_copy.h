#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QStringList>

#include <functional>
#include <utility>

// What moving a whole database between a SQLite file and a server (server import and server
// export) copies as it is: the tables both engines have, minus what each engine derives from
// them (search index, daily counts, statistics), parents before children.

namespace casedesk {

// What moving a whole database copied.
struct CopySummary {
    int tables = 0;
    qint64 rows = 0;
    qint64 cases = 0;
};

struct TableToCopy {
    QString table;
    QStringList columns; // the columns both engines have, in the file's order
};

// The tables to copy between `file` (SQLite) and `server`, in the order of the file's foreign
// keys (parents first). The statistics summaries are derived too, but counted the same on both
// engines: `withStatistics` copies them as they are (and their marks of what is still to
// count) instead of leaving a first full count to the target.
Result<QList<TableToCopy>> tablesToCopy(const QSqlDatabase &file, const QSqlDatabase &server,
                                        bool withStatistics = false);

// Copies every row of `table` from `from` into `to` (which must hold none that clash), NULLs
// kept; gives the number of rows.
Result<qint64> copyTableRows(const QSqlDatabase &from, const QSqlDatabase &to, const TableToCopy &table);

// The caller's words for how a copy of all tables ends early: cancelled, or a table that
// could not be copied (%1 the table, %2 why).
struct CopyMessages {
    QString cancelled;
    QString tableFailed;
};

// Copies the rows of every table in order; `progress(done, total)` before each table,
// returning false cancels.
Result<CopySummary> copyTables(const QSqlDatabase &from, const QSqlDatabase &to, const QList<TableToCopy> &tables,
                               const std::function<bool(int, int)> &progress, const CopyMessages &messages);

} // namespace casedesk
