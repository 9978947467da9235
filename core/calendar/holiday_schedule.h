#pragma once

#include "calendar/working_calendar.h"
#include "result.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <optional>

namespace casedesk {

// One year of the State Council's holiday notice, in the holiday-cn JSON format:
// {"year": 2026, "papers": ["https://www.gov.cn/..."],
//  "days": [{"name": "春节", "date": "2026-02-14", "isOffDay": false}, ...]}
// isOffDay false marks a make-up working day (调休上班). Dates not listed follow the weekday rule.
struct HolidaySchedule {
    int year = 0;
    QStringList papers;     // the notice's address(es)
    QList<SpecialDay> days; // in file order
    QString document;       // the file's text, kept so a caseworker's edit can be undone later
};

// Parses one year file strictly: the whole file must be right or nothing of it is used.
// Refuses bytes that are not UTF-8, not JSON, a missing or implausible year (or not
// `expectedYear` when given), entries without name/date/isOffDay, malformed dates, dates
// outside the year, the same date twice, and a file with no days. Keys starting with '$'
// (holiday-cn's $schema and $id) and other unknown keys are ignored.
Result<HolidaySchedule> parseHolidaySchedule(const QByteArray &bytes, std::optional<int> expectedYear = {});

// Reads and parses a year file from disk (at most 1 MB).
Result<HolidaySchedule> readHolidayScheduleFile(const QString &path);

// The years whose schedule ships inside this build (resources :/holidays/YYYY.json), ascending.
QList<int> shippedHolidayYears();
// The shipped file of one year, parsed.
Result<HolidaySchedule> shippedHolidaySchedule(int year);

// A calendar of the shipped schedules only, for work without a database (casedesk-cli workdays).
Result<WorkingCalendar> shippedWorkingCalendar();

} // namespace casedesk
