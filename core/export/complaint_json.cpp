#include "export/complaint_json.h"

#include "domain/money.h"
#include "storage/stored_values.h"

namespace casedesk {

QJsonObject complaintToJson(const Complaint &c)
{
    return QJsonObject{
        {QStringLiteral("id"), c.id},
        {QStringLiteral("caseNumber"), c.caseNumber},
        {QStringLiteral("status"), codeOf(c.status)},
        {QStringLiteral("channel"), codeOf(c.channel)},
        {QStringLiteral("platformRef"), c.platformRef},
        {QStringLiteral("categoryId"), c.categoryId},
        {QStringLiteral("category"), c.categoryName},
        {QStringLiteral("nature"), codeOf(c.nature)},
        {QStringLiteral("amountFen"), c.amountFen},
        {QStringLiteral("amountYuan"), formatYuan(c.amountFen)},
        {QStringLiteral("demand"), c.demand},
        {QStringLiteral("facts"), c.facts},
        {QStringLiteral("incidentDate"), c.incidentDate.isValid() ? c.incidentDate.toString(Qt::ISODate) : QString()},
        {QStringLiteral("receivedAt"), storedDateTime(c.receivedAt)},
        {QStringLiteral("assignee"), c.assignee},
        {QStringLiteral("version"), c.version},
        {QStringLiteral("createdAt"), storedDateTime(c.createdAt)},
        {QStringLiteral("updatedAt"), storedDateTime(c.updatedAt)},
        {QStringLiteral("consumer"),
         QJsonObject{{QStringLiteral("name"), c.consumer.name},
                     {QStringLiteral("phone"), c.consumer.phone},
                     {QStringLiteral("idNumber"), c.consumer.idNumber},
                     {QStringLiteral("address"), c.consumer.address}}},
        {QStringLiteral("business"),
         QJsonObject{{QStringLiteral("name"), c.business.name},
                     {QStringLiteral("creditCode"), c.business.creditCode},
                     {QStringLiteral("address"), c.business.address},
                     {QStringLiteral("district"), c.business.district},
                     {QStringLiteral("street"), c.business.street}}},
    };
}

QJsonObject caseRowToJson(const CaseListRow &row)
{
    return QJsonObject{
        {QStringLiteral("id"), row.id},
        {QStringLiteral("caseNumber"), row.caseNumber},
        {QStringLiteral("receivedAt"), storedDateTime(row.receivedAt)},
        {QStringLiteral("status"), codeOf(row.status)},
        {QStringLiteral("category"), row.categoryName},
        {QStringLiteral("channel"), codeOf(row.channel)},
        {QStringLiteral("consumer"), row.consumerName},
        {QStringLiteral("business"), row.businessName},
        {QStringLiteral("amountFen"), row.amountFen},
        {QStringLiteral("assignee"), row.assignee},
    };
}

} // namespace casedesk
