#pragma once

#include "result.h"

#include <QDate>
#include <QList>
#include <QString>

// 风险预警: a sudden run of complaints against one business (above all prepaid-card
// complaints) is the sign of a closure. Pure rules over daily counts; no storage.

namespace casedesk {

// One configurable rule. It fires on a day when, over the `windowDays` ending that day,
// the business's weighted complaints reach `minCount` AND (when ratioPercent > 0) are at
// least ratioPercent/100 times its usual level: the average per window over the
// `baselineDays` before the window. The floor keeps a quiet business going from 0 to 1
// from alerting; the ratio keeps a big business with a steady load from alerting. A ratio
// of 0 makes it a pure count rule. A prepaid complaint counts prepaidWeightPercent/100.
// The defaults are those of the rule a new database starts with (schema_v10.cpp): 5 in a
// week, or 3 times the usual, happens by chance to ordinary shops at a district's volume;
// 15 (10 card holders) and 4 times the usual does not, while a closure brings dozens.
struct WarningRule {
    qint64 id = 0;
    QString name;
    int windowDays = 7;
    int minCount = 15;
    int baselineDays = 90;
    int ratioPercent = 400;
    int prepaidWeightPercent = 150;
    bool active = true;
};

// Translated problems with field keys; the limits match the table's checks.
Status validateWarningRule(const WarningRule &rule);

// Complaints received against one business on one day.
struct DayCount {
    QDate day;
    int complaints = 0;
    int prepaid = 0; // of which with prepaid-card details
};

// A run of days on which the rule fired (days less than a window apart join one run),
// with the figures of the window where it peaked.
struct WarningRun {
    QDate firstDay;
    QDate lastDay;
    int complaints = 0;      // in the peak window
    int prepaid = 0;
    int scorePercent = 0;    // weighted count × 100
    int baselinePercent = 0; // usual weighted count per window × 100
};

// The runs in one business's history; `days` sorted by day, one entry per day.
// `observedFrom` is the first day the database has cases for: a window needs at least one
// window's length of observation before it (nothing is "sudden" without a usual level to
// compare with), and the usual level is averaged over the days observed, not over days
// before the records begin. An invalid date: the business's own first day.
QList<WarningRun> detectRuns(const WarningRule &rule, const QList<DayCount> &days, const QDate &observedFrom = {});

} // namespace casedesk
