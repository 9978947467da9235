#pragma once

#include "result.h"

#include <QDate>
#include <QSqlDatabase>

#include <functional>

namespace casedesk {

struct DemoOptions {
    int cases = 2000;
    quint64 seed = 20261123;
    QDate until = QDate::currentDate(); // cases are received over the three years before this day
};

struct DemoSummary {
    int cases = 0;
    int consumers = 0;
    int businesses = 0;
    // The businesses given a sudden run of complaints (prepaid-card closures): the early
    // warning must find these.
    QStringList burstBusinesses;
};

// Called now and then with the cases written so far; return false to cancel.
using DemoProgress = std::function<bool(int done, int total)>;

// Writes realistic demo cases in one transaction: same options, same data.
// A cancel or failure leaves the database as it was.
Result<DemoSummary> generateDemoData(const QSqlDatabase &db, const DemoOptions &options,
                                     const DemoProgress &progress = {});

} // namespace casedesk
