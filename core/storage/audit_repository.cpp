#include "storage/audit_repository.h"

#include "storage/sql_helpers.h"
#include "storage/stored_values.h"

namespace casedesk {

Status AuditRepository::record(const AuditEntry &e)
{
    auto done = runQuery(m_db,
                         QStringLiteral("INSERT INTO audit_log(complaint_id, at, actor, action, field, old_value, "
                                        "new_value) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                         {e.complaintId, storedDateTime(e.at), e.actor, e.action, e.field, e.oldValue, e.newValue});
    if (!done)
        return done.error();
    return {};
}

Result<QList<AuditEntry>> AuditRepository::history(qint64 complaintId) const
{
    auto query = runQuery(m_db,
                          QStringLiteral("SELECT id, complaint_id, at, actor, action, field, old_value, new_value "
                                         "FROM audit_log WHERE complaint_id = ? ORDER BY id"),
                          {complaintId});
    if (!query)
        return query.error();
    QList<AuditEntry> entries;
    while (query->next()) {
        entries.append({query->value(0).toLongLong(), query->value(1).toLongLong(),
                        dateTimeFromStored(query->value(2)), query->value(3).toString(), query->value(4).toString(),
                        query->value(5).toString(), query->value(6).toString(), query->value(7).toString()});
    }
    return entries;
}

} // namespace casedesk
