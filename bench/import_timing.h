#pragma once

#include <QString>

namespace casedesk::bench {

// Issue 21's budget: a 12315 download of `rows` work orders (an Excel workbook, written here)
// read, checked and registered into a new database file in `folder`. The milliseconds it took,
// or a negative number with `error` set.
double timeWorkOrderImport(const QString &folder, int rows, QString &error, int &registered);

} // namespace casedesk::bench
