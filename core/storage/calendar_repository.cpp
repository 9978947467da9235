#include "storage/calendar_repository.h"

#include "deadlines/stored_deadlines.h"
#include "storage/sql_helpers.h"
#include "storage/stored_values.h"
#include "text/text_checks.h"

#include <QCoreApplication>
#include <QHash>

namespace casedesk {
namespace {

// The translation context of this file's messages.
struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Calendar)
};

const QString kShipped = QStringLiteral("shipped");
const QString kImported = QStringLiteral("imported");
const QString kEdited = QStringLiteral("edited");

// A day caseworkers name in a few words ("区政府调休"), not a paragraph.
constexpr int kMaxDayNameLength = 40;

QString firstDay(int year) { return QDate(year, 1, 1).toString(Qt::ISODate); }
QString lastDay(int year) { return QDate(year, 12, 31).toString(Qt::ISODate); }

// year -> (source, document) of every year the file has a schedule for.
// The open cases whose deadlines a change to the days from `first` to `last` can move get
// their stored deadlines worked out again, in the change's transaction.
Status refreshMovedDeadlines(const QSqlDatabase &db, QDate first, QDate last)
{
    return refreshStoredDeadlines(db, CaseDeadlineRepository(db).casesMovedByCalendar(first, last));
}

Result<QHash<int, std::pair<QString, QString>>> storedYears(const QSqlDatabase &db)
{
    auto query = runQuery(db, QStringLiteral("SELECT year, source, document FROM calendar_years"));
    if (!query)
        return query.error();
    QHash<int, std::pair<QString, QString>> years;
    while (query->next())
        years.insert(query->value(0).toInt(), {query->value(1).toString(), query->value(2).toString()});
    return years;
}

} // namespace

Status CalendarRepository::seedShippedYears(const QDateTime &now)
{
    auto stored = storedYears(m_db);
    if (!stored)
        return stored.error();
    QList<HolidaySchedule> due;
    for (int year : shippedHolidayYears()) {
        auto schedule = shippedHolidaySchedule(year);
        if (!schedule)
            return schedule.error();
        const auto found = stored->constFind(year);
        const bool missing = found == stored->cend();
        const bool changed = !missing && found->first == kShipped && found->second != schedule->document;
        if (missing || changed)
            due.append(schedule.value());
    }
    if (due.isEmpty())
        return {};

    return inRetriedTransaction(m_db, [&]() -> Status {
        // Another desk may have seeded between the check above and the write lock.
        stored = storedYears(m_db);
        if (!stored)
            return stored.error();
        for (const HolidaySchedule &schedule : due) {
            const auto found = stored->constFind(schedule.year);
            if (found != stored->cend() && (found->first != kShipped || found->second == schedule.document))
                continue;
            if (auto done = storeSchedule(schedule, kShipped, now); !done)
                return done.error();
        }
        return {};
    });
}

Result<WorkingCalendar> CalendarRepository::load() const
{
    auto query = runQuery(m_db, QStringLiteral("SELECT day, working, name FROM calendar_days"));
    if (!query)
        return query.error();
    QList<SpecialDay> days;
    while (query->next())
        days.append({dateFromStored(query->value(0)), query->value(1).toInt() != 0, query->value(2).toString()});
    auto years = runQuery(m_db, QStringLiteral("SELECT year FROM calendar_years"));
    if (!years)
        return years.error();
    QList<int> covered;
    while (years->next())
        covered.append(years->value(0).toInt());
    return WorkingCalendar(days, covered);
}

Result<QList<CalendarYear>> CalendarRepository::years() const
{
    auto query =
        runQuery(m_db, QStringLiteral("SELECT year, source, papers, loaded_at FROM calendar_years ORDER BY year"));
    if (!query)
        return query.error();
    QList<CalendarYear> years;
    while (query->next())
        years.append({query->value(0).toInt(), query->value(1).toString(),
                      query->value(2).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts),
                      dateTimeFromStored(query->value(3))});
    return years;
}

Result<CalendarImportSummary> CalendarRepository::importSchedule(const HolidaySchedule &schedule, const QDateTime &now)
{
    return inRetriedTransaction(m_db, [&]() -> Result<CalendarImportSummary> {
        auto summary = storeSchedule(schedule, kImported, now);
        if (!summary)
            return summary.error();
        return summary;
    });
}

Result<CalendarImportSummary> CalendarRepository::importFile(const QString &path, const QDateTime &now)
{
    auto schedule = readHolidayScheduleFile(path);
    if (!schedule)
        return schedule.error();
    return importSchedule(schedule.value(), now);
}

// Runs inside the caller's transaction.
Result<CalendarImportSummary> CalendarRepository::storeSchedule(const HolidaySchedule &schedule, const QString &source,
                                                                const QDateTime &now)
{
    CalendarImportSummary summary;
    summary.year = schedule.year;
    auto before =
        queryScalar(m_db, QStringLiteral("SELECT count(*) FROM calendar_years WHERE year = ?"), {schedule.year});
    if (!before)
        return before.error();
    summary.replaced = before->toInt() > 0;

    const QVariantList range = {firstDay(schedule.year), lastDay(schedule.year)};
    if (auto done = runQuery(
            m_db, QStringLiteral("DELETE FROM calendar_days WHERE day >= ? AND day <= ? AND source <> 'edited'"),
            range);
        !done)
        return done.error();
    for (const SpecialDay &day : schedule.days) {
        // ON CONFLICT: the only rows left in the year are a caseworker's edits, which win.
        auto done = runQuery(m_db,
                             QStringLiteral("INSERT INTO calendar_days(day, working, name, source) VALUES (?, ?, ?, ?) "
                                            "ON CONFLICT(day) DO NOTHING"),
                             {day.date.toString(Qt::ISODate), day.working ? 1 : 0, day.name, source});
        if (!done)
            return done.error();
        (day.working ? summary.makeUpDays : summary.daysOff) += 1;
    }
    auto edits = queryScalar(m_db,
                             QStringLiteral("SELECT count(*) FROM calendar_days WHERE day >= ? AND day <= ? "
                                            "AND source = 'edited'"),
                             range);
    if (!edits)
        return edits.error();
    summary.keptEdits = edits->toInt();

    auto done = runQuery(
        m_db,
        QStringLiteral("INSERT INTO calendar_years(year, source, papers, document, loaded_at) "
                       "VALUES (?, ?, ?, ?, ?) ON CONFLICT(year) DO UPDATE SET "
                       "source = excluded.source, papers = excluded.papers, "
                       "document = excluded.document, loaded_at = excluded.loaded_at"),
        {schedule.year, source, schedule.papers.join(QLatin1Char('\n')), schedule.document, storedDateTime(now)});
    if (!done)
        return done.error();
    if (auto stored = refreshMovedDeadlines(m_db, QDate(schedule.year, 1, 1), QDate(schedule.year, 12, 31)); !stored)
        return stored.error();
    return summary;
}

Status CalendarRepository::setDay(QDate date, bool working, const QString &name)
{
    if (!date.isValid())
        return Error{ErrorCode::InvalidInput, Msg::tr("Give a valid date (YYYY-MM-DD)."), {}};
    if (const QString problem = textProblem(name); !problem.isEmpty())
        return Error{ErrorCode::InvalidInput, problem, {{QStringLiteral("name"), problem}}};
    if (name.size() > kMaxDayNameLength) {
        const QString message = Msg::tr("A day's name is at most %1 characters.").arg(kMaxDayNameLength);
        return Error{ErrorCode::InvalidInput, message, {{QStringLiteral("name"), message}}};
    }
    return inRetriedTransaction(m_db, [&]() -> Status {
        auto done =
            runQuery(m_db,
                     QStringLiteral("INSERT INTO calendar_days(day, working, name, source) VALUES (?, ?, ?, 'edited') "
                                    "ON CONFLICT(day) DO UPDATE SET working = excluded.working, "
                                    "name = excluded.name, source = excluded.source"),
                     {date.toString(Qt::ISODate), working ? 1 : 0, name.trimmed()});
        if (!done)
            return done.error();
        if (auto stored = refreshMovedDeadlines(m_db, date, date); !stored)
            return stored;
        return {};
    });
}

Status CalendarRepository::clearDay(QDate date)
{
    if (!date.isValid())
        return Error{ErrorCode::InvalidInput, Msg::tr("Give a valid date (YYYY-MM-DD)."), {}};
    const QString day = date.toString(Qt::ISODate);
    return inRetriedTransaction(m_db, [&]() -> Status {
        auto removed =
            runQuery(m_db, QStringLiteral("DELETE FROM calendar_days WHERE day = ? AND source = 'edited'"), {day});
        if (!removed)
            return removed.error();
        if (removed->numRowsAffected() < 1)
            return Error{ErrorCode::NotFound, Msg::tr("%1 has no setting of yours to clear.").arg(day), {}};

        // Put back what the year's schedule says about the day, if it lists it.
        auto year =
            runQuery(m_db, QStringLiteral("SELECT source, document FROM calendar_years WHERE year = ?"), {date.year()});
        if (!year)
            return year.error();
        if (year->next()) {
            const QString source = year->value(0).toString();
            auto schedule = parseHolidaySchedule(year->value(1).toString().toUtf8(), date.year());
            if (!schedule)
                return Error{
                    ErrorCode::Storage,
                    Msg::tr("The stored schedule of %1 is damaged: %2").arg(date.year()).arg(schedule.error().message),
                    {}};
            for (const SpecialDay &published : schedule->days) {
                if (published.date != date)
                    continue;
                auto done = runQuery(
                    m_db, QStringLiteral("INSERT INTO calendar_days(day, working, name, source) VALUES (?, ?, ?, ?)"),
                    {day, published.working ? 1 : 0, published.name, source});
                if (!done)
                    return done.error();
            }
        }
        if (auto stored = refreshMovedDeadlines(m_db, date, date); !stored)
            return stored;
        return {};
    });
}

} // namespace casedesk
