#include "catch_qt.h"

#include "calendar/holiday_schedule.h"

using namespace casedesk;

namespace {

QByteArray utf8(const QString &text) { return text.toUtf8(); }

// A small but complete year file in the holiday-cn format.
QByteArray validFile()
{
    return utf8(QStringLiteral(R"({
        "$schema": "https://raw.githubusercontent.com/NateScarlet/holiday-cn/master/schema.json",
        "year": 2027,
        "papers": ["https://www.gov.cn/zhengce/example.htm"],
        "days": [
            {"name": "元旦", "date": "2027-01-01", "isOffDay": true},
            {"name": "春节", "date": "2027-02-06", "isOffDay": false},
            {"name": "春节", "date": "2027-02-08", "isOffDay": true}
        ]
    })"));
}

QString problemWith(const QByteArray &bytes, std::optional<int> expectedYear = {})
{
    auto parsed = parseHolidaySchedule(bytes, expectedYear);
    REQUIRE_FALSE(parsed.ok());
    CHECK(parsed.error().code == ErrorCode::InvalidInput);
    return parsed.error().message;
}

QByteArray withDay(const QString &day) { return utf8(QStringLiteral(R"({"year": 2027, "days": [%1]})").arg(day)); }

} // namespace

TEST_CASE("a holiday-cn year file is read", "[calendar][import]")
{
    auto parsed = parseHolidaySchedule(validFile(), 2027);
    REQUIRE(parsed.ok());
    CHECK(parsed->year == 2027);
    CHECK(parsed->papers == QStringList{QStringLiteral("https://www.gov.cn/zhengce/example.htm")});
    REQUIRE(parsed->days.size() == 3);
    CHECK(parsed->days.at(0).date == QDate(2027, 1, 1));
    CHECK_FALSE(parsed->days.at(0).working);
    CHECK(parsed->days.at(0).name == QStringLiteral("元旦"));
    CHECK(parsed->days.at(1).working); // isOffDay false: a make-up working day
    CHECK(parsed->document.contains(QStringLiteral("春节")));
}

TEST_CASE("a broken year file is refused with a message that says what is wrong", "[calendar][import]")
{
    CHECK(problemWith("{\"year\": 2027, \"days\": [").contains(QStringLiteral("not valid JSON")));
    CHECK(problemWith("<html>holidays</html>").contains(QStringLiteral("not valid JSON")));
    CHECK(problemWith("[1, 2, 3]").contains(QStringLiteral("not a holiday schedule")));

    // GBK bytes for 春节 in a file that must be UTF-8.
    QByteArray gbk = validFile();
    gbk.replace(utf8(QStringLiteral("春节")), QByteArray("\xb4\xba\xbd\xda"));
    CHECK(problemWith(gbk).contains(QStringLiteral("UTF-8")));

    CHECK(problemWith(R"({"days": []})").contains(QStringLiteral("\"year\"")));
    CHECK(problemWith(R"({"year": "2027", "days": []})").contains(QStringLiteral("\"year\"")));
    CHECK(problemWith(R"({"year": 2027.5, "days": []})").contains(QStringLiteral("\"year\"")));
    CHECK(problemWith(R"({"year": 20270, "days": []})").contains(QStringLiteral("\"year\"")));
    CHECK(problemWith(validFile(), 2026).contains(QStringLiteral("schedule of 2027, not of 2026")));
    CHECK(problemWith(R"({"year": 2027})").contains(QStringLiteral("no \"days\"")));
    CHECK(problemWith(R"({"year": 2027, "days": []})").contains(QStringLiteral("lists no days")));
    CHECK(problemWith(R"({"year": 2027, "papers": "gov.cn", "days": []})").contains(QStringLiteral("papers")));

    const QString bad = QStringLiteral("not a date in the form YYYY-MM-DD");
    CHECK(
        problemWith(withDay(QStringLiteral(R"({"name": "x", "date": "2027-02-30", "isOffDay": true})"))).contains(bad));
    CHECK(
        problemWith(withDay(QStringLiteral(R"({"name": "x", "date": "2027/02/03", "isOffDay": true})"))).contains(bad));
    CHECK(problemWith(withDay(QStringLiteral(R"({"name": "x", "date": "20270203", "isOffDay": true})"))).contains(bad));
    CHECK(problemWith(withDay(QStringLiteral(R"({"name": "x", "date": "2027-2-3", "isOffDay": true})"))).contains(bad));
    CHECK(problemWith(withDay(QStringLiteral(R"({"name": "x", "date": 20270203, "isOffDay": true})"))).contains(bad));
    CHECK(problemWith(withDay(QStringLiteral(R"({"name": "x", "date": "2026-12-31", "isOffDay": true})")))
              .contains(QStringLiteral("2026-12-31 is not in the file's year 2027")));
    CHECK(problemWith(withDay(QStringLiteral(R"({"name": "x", "date": "2027-01-01", "isOffDay": "yes"})")))
              .contains(QStringLiteral("isOffDay")));
    CHECK(problemWith(withDay(QStringLiteral(R"({"date": "2027-01-01", "isOffDay": true})")))
              .contains(QStringLiteral("no name")));
    CHECK(problemWith(withDay(QStringLiteral(R"("2027-01-01")"))).contains(QStringLiteral("Entry 1")));
    CHECK(problemWith(withDay(QStringLiteral(R"({"name": "a", "date": "2027-01-01", "isOffDay": true},
                                                {"name": "b", "date": "2027-01-01", "isOffDay": false})")))
              .contains(QStringLiteral("Entry 2 of \"days\": 2027-01-01 is listed twice")));
    CHECK(problemWith(withDay(QStringLiteral("{\"name\": \"a\\u0007\", \"date\": \"2027-01-01\", \"isOffDay\": true}")))
              .contains(QStringLiteral("unreadable")));
}

TEST_CASE("a year file that cannot be read is an I/O error", "[calendar][import]")
{
    auto read = readHolidayScheduleFile(QStringLiteral("/nonexistent/2027.json"));
    REQUIRE_FALSE(read.ok());
    CHECK(read.error().code == ErrorCode::Io);
    CHECK(read.error().message.contains(QStringLiteral("2027.json")));
}
