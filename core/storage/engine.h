#pragma once

#include <QSqlDatabase>

namespace casedesk {

// The two database engines CaseDesk runs on: an embedded SQLite file (one desk) and a
// PostgreSQL server (an office of desks). The core's SQL is written once for both; where an
// engine needs its own statement, the feature's repository keeps both side by side and picks
// by engineOf(), so every engine difference of a feature sits in one place.
enum class Engine {
    Sqlite,
    Postgres,
};

Engine engineOf(const QSqlDatabase &db);

} // namespace casedesk
