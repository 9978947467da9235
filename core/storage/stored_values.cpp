#include "storage/stored_values.h"

namespace casedesk {

QString storedDateTime(const QDateTime &value)
{
    if (!value.isValid())
        return {};
    // Fix the offset into the value so the text carries it, then drop milliseconds.
    const QDateTime withOffset = value.toOffsetFromUtc(value.offsetFromUtc());
    return withOffset.toString(Qt::ISODate);
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

} // namespace casedesk
