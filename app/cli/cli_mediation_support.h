#pragma once

#include "mediation/mediation.h"
#include "result.h"

#include <QJsonObject>
#include <QSqlDatabase>

// What the mediation commands share: people and courts by name, dates, JSON input.

namespace casedesk::cli {

// A mediator by id (all digits) or by exact name; an error if unknown or the name is not unique.
Result<Mediator> findMediator(const QSqlDatabase &db, const QString &nameOrId);
// A court by id or exact name.
Result<Court> findCourt(const QSqlDatabase &db, const QString &nameOrId);

// YYYY-MM-DD; `what` names the option or key in the message.
Result<QDate> parseDay(const QString &text, const QString &what);
// YYYY-MM-DDTHH:MM (a space instead of T too), optionally with an offset; local time without one.
Result<QDateTime> parseMoment(const QString &text, const QString &what);
// "2400", "2,400.50", "¥2400" (a JSON number too) into fen.
Result<qint64> parseMoney(const QJsonValue &value, const QString &what);

// A JSON object from FILE or - (standard input), as strict UTF-8.
Result<QJsonObject> readJsonObject(const QString &source);

} // namespace casedesk::cli
