#include "catch_qt.h"
#include "test_support.h"

#include "calendar/holiday_schedule.h"
#include "storage/calendar_repository.h"
#include "storage/sql_helpers.h"

#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace casedesk;
using namespace casedesk::test;

namespace {

QDate d(int y, int m, int day) { return QDate(y, m, day); }

// Everything the calendar tables hold, as text: to show that a refused import changed nothing.
QString calendarSnapshot(const QSqlDatabase &db)
{
    QStringList rows;
    for (const QString &sql : {QStringLiteral("SELECT day, working, name, source FROM calendar_days ORDER BY day"),
                               QStringLiteral("SELECT year, source, papers, document, loaded_at FROM calendar_years "
                                              "ORDER BY year")}) {
        QSqlQuery query(db);
        REQUIRE(query.exec(sql));
        while (query.next()) {
            QStringList fields;
            for (int i = 0; i < query.record().count(); ++i)
                fields.append(query.value(i).toString());
            rows.append(fields.join(QLatin1Char('|')));
        }
    }
    return rows.join(QLatin1Char('\n'));
}

QString writeFile(const TestDatabase &db, const QString &name, const QByteArray &bytes)
{
    const QString path = db.folder() + QLatin1Char('/') + name;
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

// 2027 as a test year (not the real notice): New Year Friday off, a make-up Saturday.
QByteArray year2027()
{
    return QStringLiteral(R"({"year": 2027, "papers": ["https://www.gov.cn/test"], "days": [
        {"name": "元旦", "date": "2027-01-01", "isOffDay": true},
        {"name": "春节", "date": "2027-02-08", "isOffDay": true},
        {"name": "春节", "date": "2027-02-20", "isOffDay": false}]})")
        .toUtf8();
}

} // namespace

TEST_CASE("a new database holds the shipped calendar", "[calendar][storage]")
{
    TestDatabase db;
    CalendarRepository calendars(db.connection());
    auto years = calendars.years();
    REQUIRE(years.ok());
    REQUIRE(years->size() == 3);
    CHECK(years->first().year == 2024);
    CHECK(years->first().source == QStringLiteral("shipped"));
    CHECK(years->first().papers.first().startsWith(QStringLiteral("https://www.gov.cn/")));

    auto calendar = calendars.load();
    REQUIRE(calendar.ok());
    CHECK(calendar->coveredYears() == QList<int>{2024, 2025, 2026});
    CHECK(calendar->addWorkingDays(d(2026, 2, 12), 7) == d(2026, 2, 28));
    auto shipped = shippedWorkingCalendar();
    REQUIRE(shipped.ok());
    for (QDate day = d(2024, 1, 1); day <= d(2026, 12, 31); day = day.addDays(1))
        REQUIRE(calendar->isWorkingDay(day) == shipped->isWorkingDay(day));

    SECTION("opening again seeds nothing twice")
    {
        const QString before = calendarSnapshot(db.connection());
        auto again = db.openAgain();
        CHECK(calendarSnapshot(again->connection()) == before);
        CHECK(rowCount(db.connection(), QStringLiteral("calendar_years")) == 3);
    }
    SECTION("a file missing a shipped year, or holding an outdated shipped copy, is brought up to date on open")
    {
        execOrFail(db.connection(), QStringLiteral("DELETE FROM calendar_days WHERE day LIKE '2025-%'"));
        execOrFail(db.connection(), QStringLiteral("DELETE FROM calendar_years WHERE year = 2025"));
        execOrFail(db.connection(), QStringLiteral("UPDATE calendar_years SET document = '{}' WHERE year = 2026"));
        execOrFail(db.connection(), QStringLiteral("DELETE FROM calendar_days WHERE day = '2026-02-28'"));
        auto again = db.openAgain();
        auto reloaded = CalendarRepository(again->connection()).load();
        REQUIRE(reloaded.ok());
        CHECK(reloaded->coversYear(2025));
        CHECK_FALSE(reloaded->isWorkingDay(d(2025, 10, 8)));
        CHECK(reloaded->isWorkingDay(d(2026, 2, 28)));
    }
}

TEST_CASE("a year file is imported; broken files are refused and change nothing", "[calendar][storage][import]")
{
    TestDatabase db;
    CalendarRepository calendars(db.connection());

    SECTION("a valid new year")
    {
        auto imported = calendars.importFile(writeFile(db, QStringLiteral("2027.json"), year2027()));
        REQUIRE(imported.ok());
        CHECK(imported->year == 2027);
        CHECK(imported->daysOff == 2);
        CHECK(imported->makeUpDays == 1);
        CHECK(imported->keptEdits == 0);
        CHECK_FALSE(imported->replaced);
        auto calendar = calendars.load();
        REQUIRE(calendar.ok());
        CHECK(calendar->coversYear(2027));
        CHECK_FALSE(calendar->isWorkingDay(d(2027, 1, 1)));
        CHECK(calendar->isWorkingDay(d(2027, 2, 20)));
        CHECK(calendar->addWorkingDays(d(2026, 12, 31), 1) == d(2027, 1, 4));
        CHECK(calendars.years()->last().source == QStringLiteral("imported"));
    }

    SECTION("broken files")
    {
        const QString before = calendarSnapshot(db.connection());
        QByteArray brokenUtf8 = year2027();
        brokenUtf8.replace(QStringLiteral("元旦").toUtf8(), QByteArray("\xd4\xaa\xb5\xa9")); // GBK
        const std::pair<QByteArray, QString> files[] = {
            {QByteArray("{\"year\": 2027, \"days\": [{\"name\": \"元旦\""), QStringLiteral("not valid JSON")},
            {brokenUtf8, QStringLiteral("UTF-8")},
            {QByteArray(R"({"year": 2027, "days": [{"name": "x", "date": "2027-13-01", "isOffDay": true}]})"),
             QStringLiteral("not a date")},
            {QByteArray(R"({"year": 2027, "days": [{"name": "x", "date": "2028-01-01", "isOffDay": true}]})"),
             QStringLiteral("not in the file's year")},
            {QByteArray(R"({"year": 2026, "days": [{"name": "x", "date": "2026-03-02", "isOffDay": true},
                                                   {"name": "x", "date": "2026-03-02", "isOffDay": true}]})"),
             QStringLiteral("listed twice")},
        };
        for (const auto &[bytes, expected] : files) {
            CAPTURE(expected);
            auto imported = calendars.importFile(writeFile(db, QStringLiteral("bad.json"), bytes));
            REQUIRE_FALSE(imported.ok());
            CHECK(imported.error().code == ErrorCode::InvalidInput);
            CHECK(imported.error().message.contains(expected));
            CHECK(imported.error().message.contains(QStringLiteral("bad.json")));
            CHECK(calendarSnapshot(db.connection()) == before);
        }
        auto missing = calendars.importFile(db.folder() + QStringLiteral("/none.json"));
        REQUIRE_FALSE(missing.ok());
        CHECK(missing.error().code == ErrorCode::Io);
        CHECK(calendarSnapshot(db.connection()) == before);
    }
}

TEST_CASE("a caseworker's own days survive a re-import and can be cleared", "[calendar][storage]")
{
    TestDatabase db;
    CalendarRepository calendars(db.connection());
    // The district gives 2026-03-02 off; 2026-02-28 (a make-up Saturday) is kept off for the office.
    REQUIRE(calendars.setDay(d(2026, 3, 2), false, QStringLiteral("区政府调休")).ok());
    REQUIRE(calendars.setDay(d(2026, 2, 28), false, QStringLiteral("本所值班调整")).ok());
    CHECK_FALSE(calendars.load()->isWorkingDay(d(2026, 3, 2)));
    CHECK_FALSE(calendars.load()->isWorkingDay(d(2026, 2, 28)));

    // Re-importing 2026 (the shipped file itself) replaces the published days but keeps both edits.
    auto shipped = shippedHolidaySchedule(2026);
    REQUIRE(shipped.ok());
    auto imported = calendars.importSchedule(shipped.value());
    REQUIRE(imported.ok());
    CHECK(imported->replaced);
    CHECK(imported->keptEdits == 2);
    CHECK(imported->makeUpDays == 6);
    auto calendar = calendars.load();
    CHECK_FALSE(calendar->isWorkingDay(d(2026, 3, 2)));
    CHECK_FALSE(calendar->isWorkingDay(d(2026, 2, 28)));
    CHECK(calendar->specialDay(d(2026, 3, 2))->name == QStringLiteral("区政府调休"));

    // An imported year is the caseworker's choice: opening again does not put the shipped copy back.
    {
        auto again = db.openAgain();
        CHECK(CalendarRepository(again->connection()).years()->at(2).source == QStringLiteral("imported"));
    }

    // Clearing: a day the schedule lists gets the schedule's value back, any other day the weekday rule.
    REQUIRE(calendars.clearDay(d(2026, 2, 28)).ok());
    REQUIRE(calendars.clearDay(d(2026, 3, 2)).ok());
    calendar = calendars.load();
    CHECK(calendar->isWorkingDay(d(2026, 2, 28)));
    CHECK(calendar->specialDay(d(2026, 2, 28))->name == QStringLiteral("春节"));
    CHECK(calendar->isWorkingDay(d(2026, 3, 2)));
    CHECK(calendar->specialDay(d(2026, 3, 2)) == nullptr);

    auto nothing = calendars.clearDay(d(2026, 3, 3));
    REQUIRE_FALSE(nothing.ok());
    CHECK(nothing.error().code == ErrorCode::NotFound);
    CHECK_FALSE(calendars.setDay(QDate(), true, QString()).ok());
    CHECK_FALSE(calendars.setDay(d(2026, 3, 3), true, QStringLiteral("x").repeated(41)).ok());
    // A day in a year with no schedule can be set; the year stays "not covered".
    REQUIRE(calendars.setDay(d(2027, 1, 1), false, QStringLiteral("元旦")).ok());
    CHECK_FALSE(calendars.load()->isWorkingDay(d(2027, 1, 1)));
    CHECK_FALSE(calendars.load()->coversYear(2027));
}
