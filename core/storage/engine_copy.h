#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QStringList>

#include <utility>

// What moving a whole database between a SQLite file and a server (server import and server
// export) copies as it is: the tables both engines have, minus what each engine derives from
// them (search index, daily counts, statistics), parents before children.

namespace casedesk {

struct TableToCopy {
    QString table;
    QStringList columns; // the columns both engines have, in the file's order
};

// The tables to copy between `file` (SQLite) and `server`, in the order of the file's foreign
// keys (parents first).
Result<QList<TableToCopy>> tablesToCopy(const QSqlDatabase &file, const QSqlDatabase &server);

// Copies every row of `table` from `from` into `to` (which must hold none that clash), NULLs
// kept; gives the number of rows.
Result<qint64> copyTableRows(const QSqlDatabase &from, const QSqlDatabase &to, const TableToCopy &table);

} // namespace casedesk
