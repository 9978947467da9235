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
}

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
    int count = 0;
    for (QDate date = a.addDays(1); date <= b; date = date.addDays(1)) {
        if (isWorkingDay(date))
            ++count;
    }
    return count;
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
