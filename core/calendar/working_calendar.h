#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <vector>

namespace casedesk {

// A date the published schedule (or a caseworker) sets apart from the weekday rule: a
// holiday on a weekday, or a make-up working day (调休上班) on a weekend.
struct SpecialDay {
    QDate date;
    bool working = false;
    QString name; // 春节, 国庆节, ... or a caseworker's note
};

// Which days count as working days: Monday to Friday, minus the days off of the published
// holiday schedule, plus its make-up working days. A value: no storage, cheap to copy,
// safe to share between threads once built.
//
// Counting follows the rules' wording "within N working days of X": the day of X itself
// does not count, the N-th working day after it is the last day to act.
class WorkingCalendar {
public:
    // Weekdays only, with no published schedule for any year.
    WorkingCalendar() = default;
    // `coveredYears`: the years whose published schedule `days` includes; later days in
    // the list (a caseworker's correction) win over earlier ones for the same date.
    WorkingCalendar(const QList<SpecialDay> &days, const QList<int> &coveredYears);

    bool isWorkingDay(QDate date) const;

    // The n-th working day after `start` (n > 0), start itself for n == 0, and the |n|-th
    // working day before `start` for n < 0. `start` need not be a working day.
    // Example: 7 working days after Thu 2026-02-12 is Sat 2026-02-28 (two make-up Saturdays).
    QDate addWorkingDays(QDate start, int n) const;

    // The working days in (a, b]: after a, up to and including b. Negative, -(working days
    // in (b, a]), when b is before a; 0 when equal. So for n >= 0,
    // workingDaysBetween(d, addWorkingDays(d, n)) == n.
    int workingDaysBetween(QDate a, QDate b) const;

    // Whether the official schedule of `year` is known. For a year that is not covered only
    // the weekday rule applies, and callers should warn that holidays are missing.
    bool coversYear(int year) const { return m_coveredYears.contains(year); }
    QList<int> coveredYears() const;

    // The special day on `date`, if the calendar has one.
    const SpecialDay *specialDay(QDate date) const;
    // The special days of one year, in date order.
    QList<SpecialDay> specialDays(int year) const;

    // True if every year from `from` to `to` (inclusive, either order) is covered.
    bool coversRange(QDate from, QDate to) const;

private:
    QHash<qint64, SpecialDay> m_days; // by Julian day
    // The special days that change the weekday rule, by Julian day, with the running sum of
    // their changes (+1 a make-up weekend, -1 a weekday off): workingDaysBetween() counts
    // weekdays by arithmetic and corrects with these, whatever the distance (the due list
    // counts the days left of deadlines years overdue).
    std::vector<qint64> m_changedDays;
    std::vector<int> m_changeSums; // m_changeSums[i]: the changes of m_changedDays[0..i]
    int changesUpTo(qint64 julianDay) const;
    QSet<int> m_coveredYears;
};

} // namespace casedesk
