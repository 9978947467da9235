#pragma once

#include "domain/codes.h"

#include <QDateTime>
#include <QString>

#include <optional>

// The values of a work-order file's cells as the platforms and Excel write them.

namespace casedesk {

// 2026-03-04 09:30[:00], 2026/3/4 9:30, 2026年3月4日 9时30分, a day alone (09:00), or Excel's day
// number (46085.39583 for 2026-03-04 09:30); China time. Invalid when it is none of these.
QDateTime parseOrderTime(QString text);

// "1,234.50", "1234元", "¥1234": fen; an empty cell is 0; nullopt when it is no amount.
std::optional<qint64> parseOrderAmount(QString text);

// A phone number without spaces; a mobile number written in groups (138-1234-0001) also
// without its dashes. A landline keeps its area code's dash (021-62345678).
QString parseOrderPhone(const QString &text);

// A channel by its code (12315, phone, ...) or its name in the desk's language; nullopt if neither.
std::optional<Channel> parseOrderChannel(const QString &text);

// A nature by its code or its name in the desk's language; nullopt if neither.
std::optional<Nature> parseOrderNature(const QString &text);

} // namespace casedesk
