#include "demo/demo_timeline.h"

#include <algorithm>

namespace casedesk::demo {
namespace {

const double kMonthFactor[12] = {0.9, 0.7, 1.3, 1.0, 1.0, 1.1, 1.15, 1.15, 1.0, 0.95, 1.35, 1.2};
// Calls come in office hours, busiest mid-morning and mid-afternoon.
const QList<double> kHourWeights = {1, 6, 9, 9, 7, 4, 7, 8, 7, 5, 2, 1}; // 08:00 .. 19:00

qint64 randomTimeOn(Dice &dice, const QDate &day, const WeightedTable &hours)
{
    const QTime time(8 + hours.pick(dice), dice.below(60), dice.below(60));
    return QDateTime(day, time, chinaTime()).toSecsSinceEpoch();
}

} // namespace

Timeline planTimeline(Dice &dice, const DemoOptions &options)
{
    const QDate last = options.until.addDays(-1);
    const QDate first = options.until.addYears(-3);
    const int days = int(first.daysTo(last)) + 1;

    Timeline timeline;
    const int n = options.cases;
    timeline.bursts = n < 200 ? 1 : std::clamp(n / 20000 + 2, 2, 6);
    const int burstSize = std::clamp(n / 100, n < 200 ? 1 : 20, 200);
    const int regular = std::max(0, n - timeline.bursts * burstSize);
    timeline.bursts = regular == 0 ? 0 : timeline.bursts;

    QList<double> dayWeights;
    dayWeights.reserve(days);
    for (int i = 0; i < days; ++i) {
        const QDate day = first.addDays(i);
        const double weekend = day.dayOfWeek() >= 6 ? 0.55 : 1.0;
        const double growth = 1.0 + 0.18 * i / 365.0;
        dayWeights.append(kMonthFactor[day.month() - 1] * weekend * growth);
    }
    const WeightedTable dayTable(dayWeights);
    const WeightedTable hourTable(kHourWeights);

    timeline.stamps.reserve(n);
    for (int i = 0; i < regular; ++i)
        timeline.stamps.append({randomTimeOn(dice, first.addDays(dayTable.pick(dice)), hourTable), -1});

    for (int b = 0; b < timeline.bursts; ++b) {
        // The newest run ends just before `until`, so an early warning has something to find now.
        const int startOffset = b == 0 ? days - 12 : 30 + dice.below(std::max(1, days - 90));
        for (int i = 0; i < burstSize; ++i) {
            // Most members complain in the first days after the doors close.
            const int offset = std::min(int(10 * dice.unit() * dice.unit()), days - startOffset - 1);
            timeline.stamps.append({randomTimeOn(dice, first.addDays(startOffset + offset), hourTable), b});
        }
    }
    std::stable_sort(timeline.stamps.begin(), timeline.stamps.end(),
                     [](const Stamp &a, const Stamp &b) { return a.secsSinceEpoch < b.secsSinceEpoch; });
    return timeline;
}

CaseStatus statusForAge(Dice &dice, int ageDays, bool burst)
{
    using S = CaseStatus;
    struct Share {
        S status;
        double weight;
    };
    static const QList<Share> fresh = {{S::Registered, 55}, {S::Accepted, 25}, {S::InMediation, 10},
                                       {S::ForwardedToEnterprise, 10}};
    static const QList<Share> active = {{S::Registered, 5},  {S::Accepted, 10}, {S::InMediation, 35},
                                        {S::ForwardedToEnterprise, 15}, {S::AgreementReached, 15},
                                        {S::Closed, 10},     {S::Refused, 5},   {S::Returned, 5}};
    // A few weeks on, some agreements and terminations still wait for the file to be closed;
    // months on, every case has been decided one way or another.
    static const QList<Share> late = {{S::Closed, 75},  {S::AgreementReached, 6}, {S::MediationTerminated, 6},
                                      {S::Refused, 6},  {S::Returned, 6},         {S::InMediation, 1}};
    static const QList<Share> old = {{S::Closed, 86}, {S::Refused, 7}, {S::Returned, 7}};
    static const QList<Share> groupOpen = {{S::Accepted, 30}, {S::InMediation, 70}};

    const QList<Share> &shares = burst && ageDays <= 60 ? groupOpen
                                 : ageDays <= 7         ? fresh
                                 : ageDays <= 45        ? active
                                 : ageDays <= 120       ? late
                                                        : old;
    QList<double> weights;
    for (const Share &share : shares)
        weights.append(share.weight);
    return shares.at(WeightedTable(weights).pick(dice)).status;
}

QString platformReference(Dice &dice, Channel channel, const QDateTime &received)
{
    const QString serial = QStringLiteral("%1").arg(dice.below(1000000), 6, 10, QLatin1Char('0'));
    switch (channel) {
    case Channel::Platform12315:
        return QStringLiteral("12315") + received.toString(QStringLiteral("yyyyMMdd")) + serial;
    case Channel::Hotline12345:
        return QStringLiteral("SH12345") + received.toString(QStringLiteral("yyMMdd")) + serial;
    default:
        return {};
    }
}

} // namespace casedesk::demo
