#include "catch_qt.h"

#include "storage/stored_values.h"

#include <QRandomGenerator>
#include <QTimeZone>

using namespace casedesk;

namespace {

// What storedDateTime() promises: Qt's ISO text of the value with its offset fixed in.
QString qtIsoText(const QDateTime &value)
{
    return value.toOffsetFromUtc(value.offsetFromUtc()).toString(Qt::ISODate);
}

} // namespace

TEST_CASE("stored date-times are Qt's ISO text with the offset, whatever the time spec", "[storage]")
{
    const QList<QTimeZone> zones = {QTimeZone(8 * 3600), QTimeZone(-5 * 3600 - 30 * 60), QTimeZone(0),
                                    QTimeZone("Asia/Shanghai"), QTimeZone("America/New_York")};
    QRandomGenerator random(20261123);
    for (int i = 0; i < 2000; ++i) {
        const QDateTime utc =
            QDateTime::fromSecsSinceEpoch(random.bounded(Q_INT64_C(-2000000000), Q_INT64_C(4000000000)), Qt::UTC)
                .addMSecs(random.bounded(1000));
        const QList<QDateTime> values = {utc, utc.toLocalTime(), utc.toTimeZone(zones.at(i % zones.size()))};
        for (const QDateTime &value : values) {
            INFO(value.toString(Qt::ISODateWithMs).toStdString() << " spec " << int(value.timeSpec()));
            CHECK(storedDateTime(value) == qtIsoText(value));
        }
    }
}

TEST_CASE("stored date-times: the written forms", "[storage]")
{
    CHECK(storedDateTime(QDateTime(QDate(2026, 3, 15), QTime(10, 23, 0, 999), QTimeZone(8 * 3600))) ==
          QStringLiteral("2026-03-15T10:23:00+08:00"));
    CHECK(storedDateTime(QDateTime(QDate(2026, 3, 15), QTime(1, 2, 3), Qt::UTC)) ==
          QStringLiteral("2026-03-15T01:02:03Z"));
    CHECK(storedDateTime(QDateTime(QDate(987, 1, 2), QTime(0, 0), QTimeZone(-(3 * 3600 + 30 * 60)))) ==
          QStringLiteral("0987-01-02T00:00:00-03:30"));
    CHECK(storedDateTime(QDateTime()).isNull());
    // Outside what four digits hold, Qt's own answer.
    const QDateTime far(QDate(12345, 1, 1), QTime(0, 0), QTimeZone(8 * 3600));
    CHECK(storedDateTime(far) == qtIsoText(far));
    // A stored text reads back as the same instant.
    const QDateTime at(QDate(2025, 12, 31), QTime(23, 59, 59), QTimeZone(8 * 3600));
    CHECK(dateTimeFromStored(storedDateTime(at)) == at);
}

TEST_CASE("stored date-times read back exactly as Qt reads them", "[storage]")
{
    QRandomGenerator random(20261207);
    const QList<QTimeZone> zones = {QTimeZone(8 * 3600), QTimeZone(-5 * 3600 - 30 * 60), QTimeZone(0),
                                    QTimeZone(14 * 3600), QTimeZone(-12 * 3600)};
    for (int i = 0; i < 3000; ++i) {
        const QDateTime utc =
            QDateTime::fromSecsSinceEpoch(random.bounded(Q_INT64_C(-2000000000), Q_INT64_C(4000000000)), Qt::UTC);
        const QString text = storedDateTime(utc.toTimeZone(zones.at(i % zones.size())));
        const QDateTime qt = QDateTime::fromString(text, Qt::ISODate);
        const QDateTime read = dateTimeFromStored(text);
        INFO(text.toStdString());
        CHECK(read == qt);
        CHECK(read.timeSpec() == qt.timeSpec());
        CHECK(read.offsetFromUtc() == qt.offsetFromUtc());
        CHECK(read.date() == qt.date());
        CHECK(read.time() == qt.time());
        CHECK(storedDateTime(read) == text);
    }
    // Texts the quick path leaves to Qt, or refuses as Qt does.
    for (const QString &text :
         {QStringLiteral("2026-03-15T10:23:00Z"), QStringLiteral("2026-03-15T10:23:00"), QStringLiteral("2026-03-15"),
          QStringLiteral("2026-02-30T10:23:00+08:00"), QStringLiteral("2026-03-15T24:00:00+08:00"),
          QStringLiteral("2026-03-15T10:23:00+00:00"), QStringLiteral("2026-03-15T10:23:00.123+08:00"),
          QStringLiteral("2026-03-15 10:23:00+08:00"), QStringLiteral("2026-0x-15T10:23:00+08:00"), QString()}) {
        INFO(text.toStdString());
        const QDateTime qt = QDateTime::fromString(text, Qt::ISODate);
        const QDateTime read = dateTimeFromStored(text);
        CHECK(read.isValid() == qt.isValid());
        if (qt.isValid()) {
            CHECK(read == qt);
            CHECK(read.timeSpec() == qt.timeSpec());
            CHECK(read.offsetFromUtc() == qt.offsetFromUtc());
        }
    }
}

TEST_CASE("stored dates are Qt's ISO text", "[storage]")
{
    for (const QDate &date : {QDate(2026, 3, 5), QDate(1, 1, 1), QDate(9999, 12, 31), QDate(987, 10, 2),
                              QDate(10000, 1, 1), QDate(-5, 1, 1)})
        CHECK(storedDate(date).toString() == date.toString(Qt::ISODate));
    CHECK(storedDate(QDate()).isNull());
}
