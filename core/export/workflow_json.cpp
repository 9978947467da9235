#include "export/workflow_json.h"

#include "storage/stored_values.h"

#include <QJsonArray>

namespace casedesk {

QJsonObject caseEventToJson(const CaseEvent &e)
{
    return QJsonObject{
        {QStringLiteral("at"), storedDateTime(e.at)},
        {QStringLiteral("recordedAt"), storedDateTime(e.recordedAt)},
        {QStringLiteral("actor"), e.actor},
        {QStringLiteral("from"), e.from ? codeOf(*e.from) : QString()},
        {QStringLiteral("to"), codeOf(e.to)},
        {QStringLiteral("ground"), e.ground},
        {QStringLiteral("note"), e.note},
    };
}

QJsonObject auditEntryToJson(const AuditEntry &a)
{
    return QJsonObject{
        {QStringLiteral("at"), storedDateTime(a.at)},       {QStringLiteral("actor"), a.actor},
        {QStringLiteral("action"), a.action},               {QStringLiteral("field"), a.field},
        {QStringLiteral("oldValue"), a.oldValue},           {QStringLiteral("newValue"), a.newValue},
    };
}

QJsonObject caseHistoryToJson(const Complaint &complaint, const CaseHistory &history)
{
    QJsonArray timeline;
    for (const CaseEvent &event : history.timeline)
        timeline.append(caseEventToJson(event));
    QJsonArray audit;
    for (const AuditEntry &entry : history.audit)
        audit.append(auditEntryToJson(entry));
    return QJsonObject{
        {QStringLiteral("id"), complaint.id},
        {QStringLiteral("caseNumber"), complaint.caseNumber},
        {QStringLiteral("status"), codeOf(complaint.status)},
        {QStringLiteral("timeline"), timeline},
        {QStringLiteral("audit"), audit},
    };
}

QJsonObject userToJson(const User &u)
{
    return QJsonObject{
        {QStringLiteral("id"), u.id},
        {QStringLiteral("name"), u.name},
        {QStringLiteral("role"), codeOf(u.role)},
        {QStringLiteral("active"), u.active},
        {QStringLiteral("createdAt"), storedDateTime(u.createdAt)},
    };
}

} // namespace casedesk
