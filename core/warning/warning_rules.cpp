#include "warning/warning_rules.h"

#include <QCoreApplication>

#include <algorithm>

namespace casedesk {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Warning)
};

// Prefix sums over the business's days, so any span's weighted count is two look-ups.
class Spans {
public:
    Spans(const WarningRule &rule, const QList<DayCount> &days)
    {
        m_julian.reserve(days.size());
        m_score.reserve(days.size() + 1);
        m_count.reserve(days.size() + 1);
        m_prepaid.reserve(days.size() + 1);
        m_score.append(0);
        m_count.append(0);
        m_prepaid.append(0);
        for (const DayCount &d : days) {
            m_julian.append(d.day.toJulianDay());
            m_score.append(m_score.last() + qint64(d.complaints) * 100 +
                           qint64(d.prepaid) * (rule.prepaidWeightPercent - 100));
            m_count.append(m_count.last() + d.complaints);
            m_prepaid.append(m_prepaid.last() + d.prepaid);
        }
    }
    // Index range [from, to) of the days in [firstJulian, lastJulian].
    std::pair<qsizetype, qsizetype> range(qint64 firstJulian, qint64 lastJulian) const
    {
        const auto from = std::lower_bound(m_julian.begin(), m_julian.end(), firstJulian) - m_julian.begin();
        const auto to = std::upper_bound(m_julian.begin(), m_julian.end(), lastJulian) - m_julian.begin();
        return {from, std::max(from, to)};
    }
    qint64 score(std::pair<qsizetype, qsizetype> r) const { return m_score.at(r.second) - m_score.at(r.first); }
    int count(std::pair<qsizetype, qsizetype> r) const { return int(m_count.at(r.second) - m_count.at(r.first)); }
    int prepaid(std::pair<qsizetype, qsizetype> r) const { return int(m_prepaid.at(r.second) - m_prepaid.at(r.first)); }

private:
    QList<qint64> m_julian;
    QList<qint64> m_score;
    QList<qint64> m_count;
    QList<qint64> m_prepaid;
};

Error invalid(const char *field, const QString &message)
{
    return Error{ErrorCode::InvalidInput, message, {{QLatin1String(field), message}}};
}

} // namespace

Status validateWarningRule(const WarningRule &rule)
{
    if (rule.name.trimmed().isEmpty() || rule.name.trimmed().size() > 60)
        return invalid("name", Msg::tr("Give the rule a name of at most 60 characters."));
    if (rule.windowDays < 1 || rule.windowDays > 90)
        return invalid("windowDays", Msg::tr("The window must be between 1 and 90 days."));
    if (rule.minCount < 1 || rule.minCount > 100000)
        return invalid("minCount", Msg::tr("The least number of complaints must be between 1 and 100,000."));
    if (rule.baselineDays < 0 || rule.baselineDays > 730)
        return invalid("baselineDays", Msg::tr("The usual level is measured over 0 to 730 days."));
    if (rule.ratioPercent < 0 || rule.ratioPercent > 100000)
        return invalid("ratioPercent", Msg::tr("The ratio must be between 0 (not used) and 1000 times."));
    if (rule.prepaidWeightPercent < 100 || rule.prepaidWeightPercent > 1000)
        return invalid("prepaidWeightPercent", Msg::tr("A prepaid complaint must weigh between 1 and 10 complaints."));
    return {};
}

QList<WarningRun> detectRuns(const WarningRule &rule, const QList<DayCount> &days, const QDate &observedFrom)
{
    QList<WarningRun> runs;
    if (days.isEmpty() || rule.windowDays < 1)
        return runs;
    const qint64 firstObserved = (observedFrom.isValid() ? std::min(observedFrom, days.first().day)
                                                         : days.first().day).toJulianDay();
    const Spans spans(rule, days);
    const qint64 floor = qint64(rule.minCount) * 100;
    // A window can only reach the floor on a day with complaints, so those days are the candidates.
    for (const DayCount &d : days) {
        const qint64 end = d.day.toJulianDay();
        const qint64 start = end - rule.windowDays + 1;
        const qint64 observedBefore = start - firstObserved;
        if (observedBefore < rule.windowDays)
            continue;
        const auto window = spans.range(start, end);
        const qint64 score = spans.score(window);
        if (score < floor)
            continue;
        qint64 baseline = 0; // weighted count per window, × 100
        if (rule.baselineDays > 0) {
            const qint64 baselineDays = std::min<qint64>(rule.baselineDays, observedBefore);
            const auto before = spans.range(start - baselineDays, start - 1);
            baseline = spans.score(before) * rule.windowDays / baselineDays;
            if (rule.ratioPercent > 0 && score * 100 < baseline * rule.ratioPercent)
                continue;
        }
        const bool joins = !runs.isEmpty() && runs.last().lastDay.daysTo(d.day) < rule.windowDays;
        if (!joins)
            runs.append({d.day, d.day, 0, 0, 0, 0});
        WarningRun &run = runs.last();
        run.lastDay = d.day;
        if (score > run.scorePercent) {
            run.complaints = spans.count(window);
            run.prepaid = spans.prepaid(window);
            run.scorePercent = int(score);
            run.baselinePercent = int(baseline);
        }
    }
    return runs;
}

} // namespace casedesk
