#include "storage/stored_values.h"

#include <cstdlib>

namespace casedesk {

namespace {

// Writes `value` as `digits` decimal digits, zero-padded, at `out`; returns the end.
char16_t *putDigits(char16_t *out, int value, int digits)
{
    for (int i = digits - 1; i >= 0; --i) {
        out[i] = char16_t(u'0' + value % 10);
        value /= 10;
    }
    return out + digits;
}

} // namespace

QString storedDateTime(const QDateTime &value)
{
    if (!value.isValid())
        return {};
    // The text Qt::ISODate gives the value with its offset fixed in and without milliseconds
    // ("2026-03-15T10:23:00+08:00", "...Z" at UTC), written by hand: QDateTime::toString
    // goes through QString::asprintf and dominated writing a million demo cases.
    const QDate date = value.date();
    const QTime time = value.time();
    const int offset = value.offsetFromUtc();
    if (date.year() < 1 || date.year() > 9999 || offset % 60 != 0 || std::abs(offset) >= 100 * 3600)
        return value.toOffsetFromUtc(offset).toString(Qt::ISODate);
    char16_t text[25];
    char16_t *out = putDigits(text, date.year(), 4);
    *out++ = u'-';
    out = putDigits(out, date.month(), 2);
    *out++ = u'-';
    out = putDigits(out, date.day(), 2);
    *out++ = u'T';
    out = putDigits(out, time.hour(), 2);
    *out++ = u':';
    out = putDigits(out, time.minute(), 2);
    *out++ = u':';
    out = putDigits(out, time.second(), 2);
    if (offset == 0) {
        *out++ = u'Z'; // a zero offset is UTC to QDateTime::toOffsetFromUtc()
    } else {
        *out++ = offset < 0 ? u'-' : u'+';
        out = putDigits(out, std::abs(offset) / 3600, 2);
        *out++ = u':';
        out = putDigits(out, std::abs(offset) / 60 % 60, 2);
    }
    return QString(reinterpret_cast<const QChar *>(text), out - text);
}

namespace {

// The number written by `count` decimal digits at `text`, or -1.
int readDigits(const QChar *text, int count)
{
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

} // namespace

QDateTime dateTimeFromStored(const QVariant &value)
{
    const QString text = value.toString();
    // The form storedDateTime() writes with an offset other than zero ("2026-03-15T10:23:00+08:00")
    // read by hand, as Qt reads it (QDateTime::fromString showed in profiles of the demo's
    // statistics count). Anything else goes to Qt.
    if (text.size() == 25) {
        const QChar *t = text.constData();
        const int year = readDigits(t, 4), month = readDigits(t + 5, 2), day = readDigits(t + 8, 2);
        const int hour = readDigits(t + 11, 2), minute = readDigits(t + 14, 2), second = readDigits(t + 17, 2);
        const int offsetHours = readDigits(t + 20, 2), offsetMinutes = readDigits(t + 23, 2);
        const char16_t sign = t[19].unicode();
        if (t[4] == u'-' && t[7] == u'-' && t[10] == u'T' && t[13] == u':' && t[16] == u':' && t[22] == u':' &&
            (sign == u'+' || sign == u'-') && year > 0 && month >= 0 && day >= 0 && hour >= 0 && hour < 24 &&
            minute >= 0 && minute < 60 && second >= 0 && second < 60 && offsetHours >= 0 && offsetMinutes >= 0 &&
            offsetMinutes < 60 && offsetHours * 60 + offsetMinutes > 0) {
            const QDate date(year, month, day);
            if (date.isValid()) {
                const int offset = (offsetHours * 3600 + offsetMinutes * 60) * (sign == u'-' ? -1 : 1);
                return QDateTime(date, QTime(hour, minute, second), Qt::OffsetFromUTC, offset);
            }
        }
    }
    return QDateTime::fromString(text, Qt::ISODate);
}

QVariant storedDate(const QDate &value)
{
    if (!value.isValid())
        return QVariant();
    if (value.year() < 1 || value.year() > 9999)
        return QVariant(value.toString(Qt::ISODate));
    // As QDate::toString(Qt::ISODate) writes it ("2026-03-15"), by hand (see storedDateTime()).
    char16_t text[10];
    char16_t *out = putDigits(text, value.year(), 4);
    *out++ = u'-';
    out = putDigits(out, value.month(), 2);
    *out++ = u'-';
    putDigits(out, value.day(), 2);
    return QVariant(QString(reinterpret_cast<const QChar *>(text), 10));
}

QDate dateFromStored(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QString storedNow() { return storedDateTime(QDateTime::currentDateTime()); }

QVariant nullableDateTime(const QDateTime &value)
{
    return value.isValid() ? QVariant(storedDateTime(value)) : QVariant();
}

} // namespace casedesk
