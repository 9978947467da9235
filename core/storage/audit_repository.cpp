#include "storage/audit_repository.h"

#include "storage/audit_chain.h"
#include "storage/personal_sources.h"
#include "storage/sql_helpers.h"
#include "storage/transaction_state.h"
#include "storage/stored_values.h"

#include <optional>

namespace casedesk {

Status AuditRepository::record(const AuditEntry &e)
{
    return recordAll({e});
}

Status AuditRepository::recordAll(const QList<AuditEntry> &all)
{
    // The chain head must be read under the write lock. Callers record inside the
    // transaction of their change; a lone record gets a transaction of its own.
    std::optional<Transaction> own;
    if (!inTransaction(m_db)) {
        own.emplace(m_db);
        if (auto started = own->begin(); !started)
            return started;
    }
    AuditChainWriter chain(m_db);
    if (auto started = chain.begin(); !started)
        return started;
    for (const AuditEntry &e : all) {
        if (auto appended = chain.append(e); !appended)
            return appended.error();
    }
    if (auto finished = chain.finish(); !finished)
        return finished;
    if (own)
        return own->commit();
    return {};
}

Result<QList<AuditEntry>> AuditRepository::history(qint64 complaintId) const
{
    return entries(QStringLiteral("complaint_id = ?"), {complaintId});
}

Result<QList<AuditEntry>> AuditRepository::changesAfter(qint64 complaintId, const QDateTime &after) const
{
    if (after.isValid())
        return entries(QStringLiteral("complaint_id = ? AND at > ?"), {complaintId, storedDateTime(after)});
    // The latest change: the last entry's, with those written with it (same time, same actor).
    return entries(QStringLiteral("complaint_id = ? AND (at, actor) = (SELECT at, actor FROM audit_log "
                                  "WHERE complaint_id = ? ORDER BY id DESC LIMIT 1)"),
                   {complaintId, complaintId});
}

Result<QList<AuditEntry>> AuditRepository::entries(const QString &condition, const QVariantList &values) const
{
    auto query = runQuery(m_db,
                          QStringLiteral("SELECT id, complaint_id, at, actor, action, field, old_value, new_value "
                                         "FROM %1 WHERE %2 ORDER BY id")
                              .arg(auditLogSource(m_db), condition),
                          values);
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
