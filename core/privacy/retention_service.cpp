#include "privacy/retention_service.h"

#include "auth/desk_administration.h"
#include "auth/permissions.h"
#include "storage/user_repository.h"
#include "privacy/masking.h"
#include "storage/audit_repository.h"
#include "storage/personal_sources.h"
#include "storage/desk_event_repository.h"
#include "storage/letter_repository.h"
#include "storage/sql_helpers.h"
#include "storage/stored_values.h"

namespace casedesk {

int RetentionPreview::caseCount() const
{
    int count = 0;
    for (const RetentionItem &item : items)
        count += int(item.caseNumbers.size());
    return count;
}

Result<RetentionPreview> RetentionService::collect(const QDateTime &now) const
{
    auto years = DeskAdministration(m_db).retentionYears();
    if (!years)
        return years.error();
    RetentionPreview preview;
    preview.years = years.value();
    preview.cutoff = now.addYears(-preview.years);
    // Stored times are ISO text with offset; all cases of a desk share one offset (China
    // time), so text comparison orders them. A case with no closed_at is still open.
    auto query = runQuery(m_db,
                          QStringLiteral("SELECT p.id, p.name, p.phone, p.id_number <> '', c.case_number, c.closed_at "
                                         "FROM %1 p JOIN complaints c ON c.consumer_id = p.id "
                                         "WHERE p.anonymised_at IS NULL AND NOT EXISTS ("
                                         " SELECT 1 FROM complaints o WHERE o.consumer_id = p.id"
                                         " AND (o.closed_at IS NULL OR o.closed_at >= ?)) "
                                         "ORDER BY p.id, c.closed_at, c.id")
                              .arg(consumersSource(m_db)),
                          {storedDateTime(preview.cutoff)});
    if (!query)
        return query.error();
    while (query->next()) {
        const qint64 id = query->value(0).toLongLong();
        if (preview.items.isEmpty() || preview.items.last().consumerId != id) {
            RetentionItem item;
            item.consumerId = id;
            item.maskedName = maskName(query->value(1).toString());
            item.maskedPhone = maskPhone(query->value(2).toString());
            item.hadIdNumber = query->value(3).toBool();
            preview.items.append(item);
        }
        RetentionItem &item = preview.items.last();
        item.caseNumbers.append(query->value(4).toString());
        item.lastClosedAt = dateTimeFromStored(query->value(5));
    }
    return preview;
}

Result<RetentionPreview> RetentionService::preview(const QString &actor, const QDateTime &now) const
{
    if (auto allowed = authorize(m_db, actor, Permission::ManageBackups); !allowed)
        return allowed.error();
    return collect(now);
}

Result<RetentionPreview> RetentionService::apply(const QString &actor, const QDateTime &now)
{
    // May run twice (a server's deadlock victim is tried again): the complainants due are collected afresh.
    return inRetriedTransaction(m_db, [&]() -> Result<RetentionPreview> {
        auto user = authorize(m_db, actor, Permission::ManageBackups);
        if (!user)
            return user.error();
        auto found = collect(now);
        if (!found)
            return found;
        AuditRepository audit(m_db);
        for (const RetentionItem &item : std::as_const(found->items)) {
            if (auto erased = LetterRepository(m_db).eraseComplainant(item.consumerId, kAnonymisedName); !erased)
                return erased.error();
            auto anonymised = runQuery(m_db,
                                       QStringLiteral("UPDATE consumers SET name = ?, phone = '', id_number = '', "
                                                      "address = '', anonymised_at = ? WHERE id = ?"),
                                       {kAnonymisedName, storedDateTime(now), item.consumerId});
            if (!anonymised)
                return anonymised.error();
            auto cases =
                runQuery(m_db, QStringLiteral("SELECT id FROM complaints WHERE consumer_id = ?"), {item.consumerId});
            if (!cases)
                return cases.error();
            while (cases->next()) {
                AuditEntry entry;
                entry.complaintId = cases->value(0).toLongLong();
                entry.at = now;
                entry.actor = user->name;
                entry.action = QStringLiteral("anonymised");
                entry.field = QStringLiteral("consumer");
                entry.oldValue = item.maskedName; // never the full value: that is what is being removed
                entry.newValue = kAnonymisedName;
                if (auto recorded = audit.record(entry); !recorded)
                    return recorded.error();
            }
        }
        if (auto logged = DeskEventRepository(m_db).record(
                {0, now, user->name, QStringLiteral("retention_applied"), QString::number(found->years),
                 QStringLiteral("%1 complainants, %2 cases").arg(found->items.size()).arg(found->caseCount())});
            !logged)
            return logged.error();
        return found;
    });
}

} // namespace casedesk
