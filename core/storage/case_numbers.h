#pragma once

#include "result.h"

#include <QSqlDatabase>

namespace casedesk {

// Case numbers run per prefix and year: 长宁-2026-000001, 长宁-2026-000002, ...
// Call inside the transaction that inserts the case, so a failed insert does not use up a number.
Result<QString> allocateCaseNumber(const QSqlDatabase &db, const QString &prefix, int year);

QString formatCaseNumber(const QString &prefix, int year, qint64 sequence);

} // namespace casedesk
