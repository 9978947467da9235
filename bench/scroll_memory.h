#pragma once

#include "bench_runs.h"

#include <QSqlDatabase>
#include <QString>

namespace casedesk::bench {

// Step 5 of the bench: scrolls the main window's case list through the whole file the way a
// view does (fetch the next page at the bottom, paint a screenful of its rows), jumps back to
// the top and into the middle, and reports the process's resident memory afterwards.
BenchLine scrollMemoryLine(const QSqlDatabase &db, const QString &path);

} // namespace casedesk::bench
