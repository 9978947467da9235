#pragma once

#include <QList>
#include <QString>

#include <functional>

namespace casedesk::bench {

// A measurement whose first run takes longer than this is run only once.
constexpr double kOneRunAboveMs = 5000;

// Runs `work` `runs` times and returns the median wall time in milliseconds
// (or a negative number if any run returned false).
double medianMs(int runs, const std::function<bool()> &work);

// One line of the results table.
struct BenchLine {
    QString budget;   // what is measured
    double limitMs;   // the budget (0: none)
    double appMs;     // median through CaseDesk
    double floorMs;   // median of the same SQL through the engine's C library (negative: no floor)
    QString note;
};

// The table as Markdown, ready for the README; `floorName` heads the floor's column.
QString markdownTable(const QList<BenchLine> &lines, const QString &floorName);

// Resident memory of this process in MB (Linux /proc/self/status), or -1.
double residentMb();

} // namespace casedesk::bench
