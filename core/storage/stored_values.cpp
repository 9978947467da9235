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

QDateTime dateTimeFromStored(const QVariant &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODate);
}

QVariant storedDate(const QDate &value)
{
    return value.isValid() ? QVariant(value.toString(Qt::ISODate)) : QVariant();
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
