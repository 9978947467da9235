#include "export/case_csv.h"

#include "domain/codes.h"
#include "domain/money.h"
#include "storage/stored_values.h"

namespace casedesk {
namespace {

QString cell(QString value)
{
    if (!value.isEmpty() && QStringLiteral("=+-@").contains(value.at(0)))
        value.prepend(QLatin1Char('\''));
    if (value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) || value.contains(QLatin1Char('\n')) ||
        value.contains(QLatin1Char('\r'))) {
        value.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        return QLatin1Char('"') + value + QLatin1Char('"');
    }
    return value;
}

} // namespace

QString caseRowsToCsv(const QList<CaseListRow> &rows)
{
    QString out = QString(QChar(0xFEFF)) +
                  QStringLiteral("caseNumber,receivedAt,status,category,channel,consumer,consumerPhone,business,"
                                 "amountYuan,assignee\r\n");
    for (const CaseListRow &row : rows) {
        const QStringList cells = {row.caseNumber,   storedDateTime(row.receivedAt), codeOf(row.status),
                                   row.categoryName, codeOf(row.channel),            row.consumerName,
                                   row.consumerPhone, row.businessName,              formatYuan(row.amountFen),
                                   row.assignee};
        QStringList quoted;
        for (const QString &value : cells)
            quoted << cell(value);
        out += quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out;
}

} // namespace casedesk
