#include "storage/case_numbers.h"

#include "storage/sql_helpers.h"

namespace casedesk {

QString formatCaseNumber(const QString &prefix, int year, qint64 sequence)
{
    return QStringLiteral("%1-%2-%3").arg(prefix).arg(year).arg(sequence, 6, 10, QLatin1Char('0'));
}

Result<QString> allocateCaseNumber(const QSqlDatabase &db, const QString &prefix, int year)
{
    // One statement, so two desks sharing a file cannot draw the same number.
    auto next = queryScalar(db,
                            QStringLiteral("INSERT INTO case_number_sequences(prefix, year, last_value) "
                                           "VALUES (?, ?, 1) ON CONFLICT(prefix, year) "
                                           "DO UPDATE SET last_value = case_number_sequences.last_value + 1 RETURNING last_value"),
                            {prefix, year});
    if (!next)
        return next.error();
    return formatCaseNumber(prefix, year, next->toLongLong());
}

} // namespace casedesk
