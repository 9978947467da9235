#include "storage/desk_event_repository.h"

#include "storage/sql_helpers.h"
#include "storage/stored_values.h"

namespace casedesk {

Status DeskEventRepository::record(const DeskEvent &event)
{
    auto done = runQuery(m_db,
                         QStringLiteral("INSERT INTO desk_events(at, actor, action, subject, detail) "
                                        "VALUES (?, ?, ?, ?, ?)"),
                         {storedDateTime(event.at), event.actor, event.action, event.subject, event.detail});
    if (!done)
        return done.error();
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
