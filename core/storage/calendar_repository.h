#pragma once

#include "calendar/holiday_schedule.h"
#include "calendar/working_calendar.h"
#include "result.h"

#include <QDateTime>
#include <QSqlDatabase>

namespace casedesk {

// Where a year's schedule came from.
struct CalendarYear {
    int year = 0;
    QString source; // "shipped" or "imported"
    QStringList papers;
    QDateTime loadedAt;
};

// What an import did.
struct CalendarImportSummary {
    int year = 0;
    int daysOff = 0;       // days off listed in the file
    int makeUpDays = 0;    // make-up working days listed in the file
    int keptEdits = 0;     // days of that year a caseworker set by hand, which keep their setting
    bool replaced = false; // the year had a schedule before
};

// The working-day calendar of one database file (tables calendar_years, calendar_days).
//
// Policy:
// - Shipped years are copied into the file when it is opened (Database::open calls
//   seedShippedYears), so every reader sees a complete calendar without writing, and a
//   newer CaseDesk that ships next year's notice brings it to old files on first open.
// - An import replaces the year's published days (shipped or imported) in one transaction.
//   Days a caseworker set by hand ('edited') are kept: they record a local decision the
//   notice does not know (a district's extra day off, a correction), so a re-import must
//   not undo them silently; the summary says how many were kept, and clearDay() undoes one.
// - Each change joins the caller's transaction (DeskAdministration's, with its check and
//   desk event) or runs in one of its own, tried again when a server broke it off.
class CalendarRepository {
public:
    explicit CalendarRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // Copies every shipped year the file lacks, and refreshes a shipped year whose shipped
    // text changed in this release (an imported year is never touched). Cheap when there is
    // nothing to do: one small SELECT and the parse of the embedded files.
    Status seedShippedYears(const QDateTime &now = QDateTime::currentDateTime());

    // The file's calendar: all stored special days; covered years are those with a schedule.
    Result<WorkingCalendar> load() const;
    Result<QList<CalendarYear>> years() const;

    // Stores a parsed schedule as the year's published days (see the policy above).
    Result<CalendarImportSummary> importSchedule(const HolidaySchedule &schedule,
                                                 const QDateTime &now = QDateTime::currentDateTime());
    // Reads, checks and imports a year file; a file with any problem changes nothing.
    Result<CalendarImportSummary> importFile(const QString &path, const QDateTime &now = QDateTime::currentDateTime());

    // A caseworker's own setting for one day (source 'edited'); `name` says why.
    Status setDay(QDate date, bool working, const QString &name);
    // Removes a caseworker's setting: the day goes back to what the year's schedule says,
    // or to the weekday rule if the schedule does not list it.
    Status clearDay(QDate date);

private:
    Result<CalendarImportSummary> storeSchedule(const HolidaySchedule &schedule, const QString &source,
                                                const QDateTime &now);

    QSqlDatabase m_db;
};

} // namespace casedesk
