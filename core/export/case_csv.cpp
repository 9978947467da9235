#include "export/case_csv.h"

#include "export/csv_text.h"

#include "domain/codes.h"
#include "domain/money.h"
#include "storage/stored_values.h"

namespace casedesk {

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
        QStringList safe;
        for (const QString &value : cells)
            safe << csvSafeText(value);
        out += csvLine(safe);
    }
    return out;
}

} // namespace casedesk
