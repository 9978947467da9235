// libFuzzer target: the holiday-notice importer (Settings > Working Days > Import,
// `casedesk-cli calendar import`). Any bytes, with and without an expected year.

#include "calendar/holiday_schedule.h"
#include "calendar/working_calendar.h"

#include <cstddef>
#include <cstdint>

using namespace casedesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    auto schedule = parseHolidaySchedule(bytes);
    (void)parseHolidaySchedule(bytes, 2026);
    if (schedule) {
        // What an import does next: the days become part of a working calendar.
        const WorkingCalendar calendar(schedule->days, {schedule->year});
        const QDate start(schedule->year, 1, 1);
        const QDate end = calendar.addWorkingDays(start, 30);
        (void)calendar.workingDaysBetween(start, end);
        (void)calendar.specialDays(schedule->year);
    }
    return 0;
}
