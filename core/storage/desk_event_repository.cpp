#include "storage/desk_event_repository.h"

#include "storage/desk_chain.h"
#include "storage/sql_helpers.h"
#include "storage/transaction_state.h"
#include "storage/stored_values.h"

#include <optional>

namespace casedesk {

Status DeskEventRepository::record(const DeskEvent &event)
{
    // The chain head must be read under the write lock. Callers record inside the
    // transaction of their change; a lone line gets a transaction of its own.
    std::optional<Transaction> own;
    if (!inTransaction(m_db)) {
        own.emplace(m_db);
        if (auto started = own->begin(); !started)
            return started;
    }
    if (auto appended = appendDeskEvent(m_db, event); !appended)
        return appended.error();
    if (own)
        return own->commit();
    return {};
}

Result<QList<DeskEvent>> DeskEventRepository::latest(int limit) const
{
    auto query = runQuery(m_db,
                          QStringLiteral("SELECT id, at, actor, action, subject, detail FROM desk_events "
                                         "ORDER BY id DESC LIMIT ?"),
                          {limit});
    if (!query)
        return query.error();
    QList<DeskEvent> events;
    while (query->next()) {
        events.append({query->value(0).toLongLong(), dateTimeFromStored(query->value(1)), query->value(2).toString(),
                       query->value(3).toString(), query->value(4).toString(), query->value(5).toString()});
    }
    return events;
}

} // namespace casedesk
