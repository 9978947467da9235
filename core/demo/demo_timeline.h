#pragma once

#include "demo/demo_generator.h"
#include "demo/weighted_random.h"
#include "domain/codes.h"

#include <QDateTime>
#include <QTimeZone>

namespace casedesk::demo {

// China Standard Time: the councils' clock (no daylight saving).
inline QTimeZone chinaTime() { return QTimeZone(8 * 3600); }

// When one case arrives, and which sudden run it belongs to (-1: none).
struct Stamp {
    qint64 secsSinceEpoch;
    int burst;
    QDateTime dateTime() const { return QDateTime::fromSecsSinceEpoch(secsSinceEpoch, chinaTime()); }
};

struct Timeline {
    QList<Stamp> stamps; // sorted by time
    int bursts = 0;
};

// Arrival times over the three years before options.until: fewer in February (Spring
// Festival), more around 3·15 and the November shopping festival, fewer at weekends,
// growing year on year; plus a few sudden runs against single businesses, the last of
// them in the final two weeks.
Timeline planTimeline(Dice &dice, const DemoOptions &options);

// A plausible status for a case received `ageDays` ago.
CaseStatus statusForAge(Dice &dice, int ageDays, bool burst);

// The 12315 / 12345 ticket number for cases from those platforms, else empty.
QString platformReference(Dice &dice, Channel channel, const QDateTime &received);

} // namespace casedesk::demo
