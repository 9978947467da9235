#include "catch_qt.h"

#include "calendar/holiday_schedule.h"
#include "calendar/working_calendar.h"

#include <QSet>

using namespace casedesk;

namespace {

QDate d(int y, int m, int day) { return QDate(y, m, day); }

// The State Council's holiday notices for 2024, 2025 and 2026, written out by hand from the
// notices and independent of resources/holidays: ranges of days off, and the make-up working
// days (调休上班).
struct Range {
    QDate first;
    QDate last;
};
const Range kDaysOff[] = {
    // 2024
    {d(2024, 1, 1), d(2024, 1, 1)},   // 元旦
    {d(2024, 2, 10), d(2024, 2, 17)}, // 春节, 8 days
    {d(2024, 4, 4), d(2024, 4, 6)},   // 清明节
    {d(2024, 5, 1), d(2024, 5, 5)},   // 劳动节
    {d(2024, 6, 10), d(2024, 6, 10)}, // 端午节
    {d(2024, 9, 15), d(2024, 9, 17)}, // 中秋节
    {d(2024, 10, 1), d(2024, 10, 7)}, // 国庆节
    // 2025
    {d(2025, 1, 1), d(2025, 1, 1)},
    {d(2025, 1, 28), d(2025, 2, 4)}, // 春节 from 除夕, 8 days
    {d(2025, 4, 4), d(2025, 4, 6)},
    {d(2025, 5, 1), d(2025, 5, 5)},
    {d(2025, 5, 31), d(2025, 6, 2)},
    {d(2025, 10, 1), d(2025, 10, 8)}, // 国庆节 and 中秋节 together
    // 2026
    {d(2026, 1, 1), d(2026, 1, 3)},
    {d(2026, 2, 15), d(2026, 2, 23)}, // 春节, 9 days
    {d(2026, 4, 4), d(2026, 4, 6)},
    {d(2026, 5, 1), d(2026, 5, 5)},
    {d(2026, 6, 19), d(2026, 6, 21)},
    {d(2026, 9, 25), d(2026, 9, 27)},
    {d(2026, 10, 1), d(2026, 10, 7)},
};
const QDate kMakeUpDays[] = {
    d(2024, 2, 4),   d(2024, 2, 18), d(2024, 4, 7), d(2024, 4, 28), d(2024, 5, 11),  d(2024, 9, 14),  d(2024, 9, 29),
    d(2024, 10, 12), d(2025, 1, 26), d(2025, 2, 8), d(2025, 4, 27), d(2025, 9, 28),  d(2025, 10, 11), d(2026, 1, 4),
    d(2026, 2, 14),  d(2026, 2, 28), d(2026, 5, 9), d(2026, 9, 20), d(2026, 10, 10),
};

QSet<QDate> officialDaysOff()
{
    QSet<QDate> days;
    for (const Range &range : kDaysOff) {
        for (QDate day = range.first; day <= range.last; day = day.addDays(1))
            days.insert(day);
    }
    return days;
}

QSet<QDate> officialMakeUpDays() { return QSet<QDate>(std::begin(kMakeUpDays), std::end(kMakeUpDays)); }

WorkingCalendar shipped()
{
    auto calendar = shippedWorkingCalendar();
    REQUIRE(calendar.ok());
    return calendar.value();
}

} // namespace

TEST_CASE("the shipped schedules list exactly the notices' days off and make-up days", "[calendar]")
{
    REQUIRE(shippedHolidayYears() == QList<int>{2024, 2025, 2026});
    QSet<QDate> off;
    QSet<QDate> makeUp;
    for (int year : shippedHolidayYears()) {
        auto schedule = shippedHolidaySchedule(year);
        REQUIRE(schedule.ok());
        CHECK(schedule->year == year);
        CHECK(schedule->papers.first().startsWith(QStringLiteral("https://www.gov.cn/")));
        for (const SpecialDay &day : schedule->days)
            (day.working ? makeUp : off).insert(day.date);
    }
    CHECK(off == officialDaysOff());
    CHECK(makeUp == officialMakeUpDays());
}

TEST_CASE("every day of 2024-2026 is a working day exactly when the notices say so", "[calendar]")
{
    const WorkingCalendar calendar = shipped();
    const QSet<QDate> off = officialDaysOff();
    const QSet<QDate> makeUp = officialMakeUpDays();
    int checked = 0;
    for (QDate day = d(2024, 1, 1); day <= d(2026, 12, 31); day = day.addDays(1)) {
        const bool expected = makeUp.contains(day) || (day.dayOfWeek() <= 5 && !off.contains(day));
        CAPTURE(day.toString(Qt::ISODate));
        CHECK(calendar.isWorkingDay(day) == expected);
        ++checked;
    }
    CHECK(checked == 366 + 365 + 365);

    // Make-up days are weekends; spot checks the notices name.
    for (QDate day : kMakeUpDays) {
        CHECK(day.dayOfWeek() >= 6);
        CHECK(calendar.isWorkingDay(day));
    }
    CHECK(d(2024, 2, 4).dayOfWeek() == 7);
    CHECK(d(2024, 2, 18).dayOfWeek() == 7);
    CHECK_FALSE(calendar.isWorkingDay(d(2024, 2, 12)));
    CHECK(calendar.isWorkingDay(d(2024, 2, 9)));        // 除夕 2024 was not a statutory day off
    CHECK_FALSE(calendar.isWorkingDay(d(2025, 1, 28))); // 除夕 2025 was
    CHECK_FALSE(calendar.isWorkingDay(d(2025, 10, 8)));
    CHECK(calendar.specialDay(d(2026, 2, 14))->name == QStringLiteral("春节"));
    CHECK(calendar.specialDay(d(2026, 3, 2)) == nullptr);

    // Working days a year, as the notices give them.
    CHECK(calendar.workingDaysBetween(d(2023, 12, 31), d(2024, 12, 31)) == 251);
    CHECK(calendar.workingDaysBetween(d(2024, 12, 31), d(2025, 12, 31)) == 248);
    CHECK(calendar.workingDaysBetween(d(2025, 12, 31), d(2026, 12, 31)) == 248);
}

TEST_CASE("7 working days from Thu 2026-02-12 end on Sat 2026-02-28", "[calendar]")
{
    const WorkingCalendar calendar = shipped();
    // DOMAIN.md: Feb 13, Feb 14 (make-up Saturday), Feb 24-27, Feb 28 (make-up Saturday).
    const QDate steps[] = {d(2026, 2, 13), d(2026, 2, 14), d(2026, 2, 24), d(2026, 2, 25),
                           d(2026, 2, 26), d(2026, 2, 27), d(2026, 2, 28)};
    for (int n = 1; n <= 7; ++n) {
        CAPTURE(n);
        CHECK(calendar.addWorkingDays(d(2026, 2, 12), n) == steps[n - 1]);
    }
    CHECK(calendar.addWorkingDays(d(2026, 2, 12), 7) == d(2026, 2, 28));
    CHECK(calendar.workingDaysBetween(d(2026, 2, 12), d(2026, 2, 28)) == 7);
}

TEST_CASE("counting across holiday weeks, make-up weekends and the year boundary", "[calendar]")
{
    const WorkingCalendar calendar = shipped();
    SECTION("holiday weeks")
    {
        CHECK(calendar.addWorkingDays(d(2024, 2, 9), 1) == d(2024, 2, 18));  // make-up Sunday after 春节
        CHECK(calendar.addWorkingDays(d(2024, 9, 27), 1) == d(2024, 9, 29)); // make-up Sunday before 国庆节
        CHECK(calendar.addWorkingDays(d(2025, 9, 30), 1) == d(2025, 10, 9)); // eight days off
        CHECK(calendar.workingDaysBetween(d(2025, 9, 30), d(2025, 10, 9)) == 1);
        CHECK(calendar.workingDaysBetween(d(2026, 2, 14), d(2026, 2, 23)) == 0);
        CHECK(calendar.addWorkingDays(d(2026, 3, 2), 45) == d(2026, 5, 8));      // across 清明 and 劳动节
        CHECK(calendar.workingDaysBetween(d(2024, 4, 30), d(2024, 5, 11)) == 6); // May 6-10 and Sat May 11
    }
    SECTION("year boundary")
    {
        CHECK(calendar.addWorkingDays(d(2025, 12, 31), 1) == d(2026, 1, 4)); // 元旦 3 days, make-up Sunday
        CHECK(calendar.workingDaysBetween(d(2025, 12, 31), d(2026, 1, 5)) == 2);
        CHECK(calendar.addWorkingDays(d(2024, 12, 31), 1) == d(2025, 1, 2));
    }
    SECTION("zero, negative and reversed")
    {
        CHECK(calendar.addWorkingDays(d(2026, 2, 15), 0) == d(2026, 2, 15));
        CHECK(calendar.workingDaysBetween(d(2026, 3, 2), d(2026, 3, 2)) == 0);
        CHECK(calendar.workingDaysBetween(d(2026, 2, 28), d(2026, 2, 12)) == -7);
        CHECK(calendar.addWorkingDays(d(2026, 2, 28), -1) == d(2026, 2, 27));
        CHECK(calendar.addWorkingDays(d(2026, 2, 24), -2) == d(2026, 2, 13)); // back over 春节
        for (int n = 0; n < 60; ++n)
            CHECK(calendar.workingDaysBetween(d(2025, 12, 20), calendar.addWorkingDays(d(2025, 12, 20), n)) == n);
    }
}

TEST_CASE("years without a published schedule are flagged", "[calendar]")
{
    const WorkingCalendar calendar = shipped();
    CHECK(calendar.coveredYears() == QList<int>{2024, 2025, 2026});
    CHECK(calendar.coversYear(2026));
    CHECK_FALSE(calendar.coversYear(2027));
    CHECK_FALSE(calendar.coversYear(2023));
    CHECK(calendar.coversRange(d(2024, 5, 1), d(2026, 1, 1)));
    CHECK_FALSE(calendar.coversRange(d(2026, 12, 1), d(2027, 1, 15)));
    // Without a schedule only the weekday rule applies: 2027-01-01 (a Friday) counts.
    CHECK(calendar.addWorkingDays(d(2026, 12, 31), 1) == d(2027, 1, 1));

    const WorkingCalendar weekdaysOnly;
    CHECK_FALSE(weekdaysOnly.coversYear(2026));
    CHECK_FALSE(weekdaysOnly.isWorkingDay(d(2026, 2, 14))); // no make-up days either
    CHECK(weekdaysOnly.isWorkingDay(d(2026, 2, 16)));
    CHECK(weekdaysOnly.addWorkingDays(d(2026, 2, 12), 7) == d(2026, 2, 23));
}

TEST_CASE("a later special day for the same date wins", "[calendar]")
{
    const WorkingCalendar calendar({{d(2026, 3, 2), false, QStringLiteral("a")},
                                    {d(2026, 3, 2), true, QStringLiteral("b")},
                                    {d(2026, 3, 7), true, QStringLiteral("区调休")}},
                                   {2026});
    CHECK(calendar.isWorkingDay(d(2026, 3, 2)));
    CHECK(calendar.isWorkingDay(d(2026, 3, 7)));
    CHECK(calendar.specialDays(2026).size() == 2);
}

TEST_CASE("working days between two dates are counted the same as a day-by-day walk, at any distance", "[calendar]")
{
    // The count is arithmetic over weeks corrected by the special days; the walk is the definition.
    QList<SpecialDay> days = shipped().specialDays(2025) + shipped().specialDays(2026);
    days.append({QDate(2026, 5, 20), false, QStringLiteral("edited")});
    days.append({QDate(2026, 6, 6), true, QStringLiteral("edited")});
    days.append({QDate(2026, 6, 8), true, QStringLiteral("a weekday marked working: no change")});
    const WorkingCalendar calendar(days, {2025, 2026});
    auto walk = [&calendar](QDate a, QDate b) {
        int count = 0;
        for (QDate date = a.addDays(1); date <= b; date = date.addDays(1))
            count += calendar.isWorkingDay(date) ? 1 : 0;
        return count;
    };
    const QDate first(2023, 12, 25);
    for (int from = 0; from < 1100; from += 7) {
        for (int length : {0, 1, 2, 5, 6, 7, 8, 13, 30, 45, 200, 900}) {
            const QDate a = first.addDays(from + length % 5);
            const QDate b = a.addDays(length);
            CAPTURE(a.toString(Qt::ISODate).toStdString(), b.toString(Qt::ISODate).toStdString());
            REQUIRE(calendar.workingDaysBetween(a, b) == walk(a, b));
            REQUIRE(calendar.workingDaysBetween(b, a) == -walk(a, b));
        }
    }
}
