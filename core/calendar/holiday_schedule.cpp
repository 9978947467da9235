#include "calendar/holiday_schedule.h"

#include "text/text_checks.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace casedesk {
namespace {

// The translation context of this file's messages.
struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Calendar)
};

// Years outside this range are a wrong file, not a schedule (the first notice in this
// format is from 1999; nothing is published decades ahead).
constexpr int kFirstYear = 1999;
constexpr int kLastYear = 2199;
constexpr qint64 kMaxFileBytes = 1024 * 1024;

const QString kResourceFolder = QStringLiteral(":/holidays");

Error invalid(const QString &message) { return Error{ErrorCode::InvalidInput, message, {}}; }

// A whole number stored as a JSON number, e.g. 2026 (not 2026.5, not "2026").
std::optional<int> wholeNumber(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (std::floor(number) != number || number < kFirstYear || number > kLastYear)
        return std::nullopt;
    return int(number);
}

Result<SpecialDay> parseDay(const QJsonValue &value, int index, int year)
{
    // Entries are numbered from 1 in messages, as a caseworker counts them in the file.
    const int number = index + 1;
    if (!value.isObject())
        return invalid(Msg::tr("Entry %1 of \"days\" is not an object with name, date and isOffDay.").arg(number));
    const QJsonObject object = value.toObject();
    const QJsonValue name = object.value(QStringLiteral("name"));
    const QJsonValue date = object.value(QStringLiteral("date"));
    const QJsonValue offDay = object.value(QStringLiteral("isOffDay"));
    if (!name.isString())
        return invalid(Msg::tr("Entry %1 of \"days\" has no name.").arg(number));
    if (const QString problem = textProblem(name.toString()); !problem.isEmpty())
        return invalid(Msg::tr("Entry %1 of \"days\": %2").arg(number).arg(problem));
    if (!offDay.isBool())
        return invalid(Msg::tr("Entry %1 of \"days\" has no isOffDay true or false.").arg(number));

    // Exactly YYYY-MM-DD: QDate alone would also take other ISO forms.
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QString text = date.toString();
    const QDate parsed = QDate::fromString(text, Qt::ISODate);
    if (!date.isString() || !shape.match(text).hasMatch() || !parsed.isValid())
        return invalid(Msg::tr("Entry %1 of \"days\": \"%2\" is not a date in the form YYYY-MM-DD.")
                           .arg(number)
                           .arg(date.isString() ? text : QStringLiteral("?")));
    if (parsed.year() != year)
        return invalid(
            Msg::tr("Entry %1 of \"days\": %2 is not in the file's year %3.").arg(number).arg(text).arg(year));
    return SpecialDay{parsed, !offDay.toBool(), name.toString()};
}

} // namespace

Result<HolidaySchedule> parseHolidaySchedule(const QByteArray &bytes, std::optional<int> expectedYear)
{
    auto text = decodeUtf8Strict(bytes);
    if (!text)
        return text.error();
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(text->toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return invalid(Msg::tr("The file is not valid JSON: %1 (at character %2).")
                           .arg(parseError.errorString())
                           .arg(parseError.offset));
    if (!json.isObject())
        return invalid(Msg::tr("The file is not a holiday schedule: expected a JSON object with year and days."));
    const QJsonObject root = json.object();

    HolidaySchedule schedule;
    schedule.document = text.value();
    const auto year = wholeNumber(root.value(QStringLiteral("year")));
    if (!year)
        return invalid(Msg::tr("The file has no valid \"year\" (a whole number such as 2026)."));
    if (expectedYear && *expectedYear != *year)
        return invalid(Msg::tr("The file is the schedule of %1, not of %2.").arg(*year).arg(*expectedYear));
    schedule.year = *year;

    const QJsonValue papers = root.value(QStringLiteral("papers"));
    if (!papers.isUndefined()) {
        if (!papers.isArray())
            return invalid(Msg::tr("\"papers\" must be a list of the notice's addresses."));
        for (const QJsonValue &paper : papers.toArray()) {
            if (!paper.isString())
                return invalid(Msg::tr("\"papers\" must be a list of the notice's addresses."));
            schedule.papers.append(paper.toString());
        }
    }

    const QJsonValue days = root.value(QStringLiteral("days"));
    if (!days.isArray())
        return invalid(Msg::tr("The file has no \"days\" list."));
    const QJsonArray entries = days.toArray();
    if (entries.isEmpty())
        return invalid(Msg::tr("The schedule of %1 lists no days; every year has public holidays.").arg(*year));
    QSet<qint64> seen;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        auto day = parseDay(entries.at(i), int(i), *year);
        if (!day)
            return day.error();
        if (seen.contains(day->date.toJulianDay()))
            return invalid(
                Msg::tr("Entry %1 of \"days\": %2 is listed twice.").arg(i + 1).arg(day->date.toString(Qt::ISODate)));
        seen.insert(day->date.toJulianDay());
        schedule.days.append(day.value());
    }
    return schedule;
}

Result<HolidaySchedule> readHolidayScheduleFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io, Msg::tr("The file \"%1\" cannot be read: %2").arg(path, file.errorString()), {}};
    if (file.size() > kMaxFileBytes)
        return invalid(Msg::tr("The file \"%1\" is too large to be a holiday schedule.").arg(path));
    auto schedule = parseHolidaySchedule(file.readAll());
    if (!schedule)
        return Error{schedule.error().code, Msg::tr("\"%1\": %2").arg(path, schedule.error().message), {}};
    return schedule;
}

QList<int> shippedHolidayYears()
{
    QList<int> years;
    const QStringList files = QDir(kResourceFolder).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        bool ok = false;
        const int year = QStringView(file).chopped(5).toInt(&ok);
        if (ok)
            years.append(year);
    }
    return years;
}

Result<HolidaySchedule> shippedHolidaySchedule(int year)
{
    QFile file(QStringLiteral("%1/%2.json").arg(kResourceFolder).arg(year));
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::NotFound, Msg::tr("No holiday schedule of %1 ships with this version.").arg(year), {}};
    auto schedule = parseHolidaySchedule(file.readAll(), year);
    if (!schedule) // a broken resource is a bug of the build, not the user's doing
        return Error{
            ErrorCode::Storage,
            Msg::tr("The shipped holiday schedule of %1 is damaged: %2").arg(year).arg(schedule.error().message),
            {}};
    return schedule;
}

Result<WorkingCalendar> shippedWorkingCalendar()
{
    QList<SpecialDay> days;
    const QList<int> years = shippedHolidayYears();
    for (int year : years) {
        auto schedule = shippedHolidaySchedule(year);
        if (!schedule)
            return schedule.error();
        days.append(schedule->days);
    }
    return WorkingCalendar(days, years);
}

} // namespace casedesk
