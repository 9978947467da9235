#include "calendar/working_calendar.h"

#include <algorithm>

namespace casedesk {

WorkingCalendar::WorkingCalendar(const QList<SpecialDay> &days, const QList<int> &coveredYears)
    : m_coveredYears(coveredYears.cbegin(), coveredYears.cend())
{
    m_days.reserve(days.size());
    for (const SpecialDay &day : days) {
        if (day.date.isValid())
            m_days.insert(day.date.toJulianDay(), day);
    }
    QList<qint64> changed;
    for (auto it = m_days.cbegin(); it != m_days.cend(); ++it) {
        if (it->working != (it->date.dayOfWeek() <= 5))
            changed.append(it.key());
    }
    std::sort(changed.begin(), changed.end());
    int sum = 0;
    for (qint64 julianDay : changed) {
        sum += m_days.value(julianDay).working ? 1 : -1;
        m_changedDays.push_back(julianDay);
        m_changeSums.push_back(sum);
    }
}

int WorkingCalendar::changesUpTo(qint64 julianDay) const
{
    const auto after = std::upper_bound(m_changedDays.cbegin(), m_changedDays.cend(), julianDay);
    return after == m_changedDays.cbegin() ? 0 : m_changeSums[size_t(after - m_changedDays.cbegin() - 1)];
}

namespace {

// Mondays to Fridays from a fixed Monday up to and including `julianDay` (Julian day 0 was
// a Monday; CaseDesk's dates are all far after it).
qint64 weekdaysUpTo(qint64 julianDay)
{
    return (julianDay / 7) * 5 + std::min<qint64>(julianDay % 7 + 1, 5);
}

} // namespace

bool WorkingCalendar::isWorkingDay(QDate date) const
{
    const auto special = m_days.constFind(date.toJulianDay());
    if (special != m_days.cend())
        return special->working;
    return date.dayOfWeek() <= 5; // Qt: Monday = 1 ... Sunday = 7
}

QDate WorkingCalendar::addWorkingDays(QDate start, int n) const
{
    // Day by day: deadlines are tens of days, and a walk stays obviously right around
    // holiday weeks and make-up weekends. Every unlisted weekday is a working day, so the
    // walk always ends.
    const int step = n < 0 ? -1 : 1;
    QDate date = start;
    for (int remaining = n < 0 ? -n : n; remaining > 0;) {
        date = date.addDays(step);
        if (isWorkingDay(date))
            --remaining;
    }
    return date;
}

int WorkingCalendar::workingDaysBetween(QDate a, QDate b) const
{
    if (b < a)
        return -workingDaysBetween(b, a);
    const qint64 from = a.toJulianDay();
    const qint64 to = b.toJulianDay();
    return int(weekdaysUpTo(to) - weekdaysUpTo(from) + changesUpTo(to) - changesUpTo(from));
}

QList<int> WorkingCalendar::coveredYears() const
{
    QList<int> years(m_coveredYears.cbegin(), m_coveredYears.cend());
    std::sort(years.begin(), years.end());
    return years;
}

const SpecialDay *WorkingCalendar::specialDay(QDate date) const
{
    const auto found = m_days.constFind(date.toJulianDay());
    return found == m_days.cend() ? nullptr : &found.value();
}

QList<SpecialDay> WorkingCalendar::specialDays(int year) const
{
    QList<SpecialDay> days;
    for (const SpecialDay &day : m_days) {
        if (day.date.year() == year)
            days.append(day);
    }
    std::sort(days.begin(), days.end(), [](const SpecialDay &x, const SpecialDay &y) { return x.date < y.date; });
    return days;
}

bool WorkingCalendar::coversRange(QDate from, QDate to) const
{
    const int first = std::min(from.year(), to.year());
    const int last = std::max(from.year(), to.year());
    for (int year = first; year <= last; ++year) {
        if (!coversYear(year))
            return false;
    }
    return true;
}

} // namespace casedesk
