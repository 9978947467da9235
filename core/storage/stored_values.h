#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVariant>

// How values are written to and read from columns: dates as ISO-8601 text,
// times as local time with its UTC offset ("2026-03-15T10:23:00+08:00").

namespace casedesk {

QString storedDateTime(const QDateTime &value);
QDateTime dateTimeFromStored(const QVariant &value);
// storedDateTime(), or a null QVariant (SQL NULL) for an invalid moment.
QVariant nullableDateTime(const QDateTime &value);

// A null QVariant (SQL NULL) for an unknown date.
QVariant storedDate(const QDate &value);
QDate dateFromStored(const QVariant &value);

// The time a change is recorded at.
QString storedNow();

} // namespace casedesk
