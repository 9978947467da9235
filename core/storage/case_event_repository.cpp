#include "storage/case_event_repository.h"

#include "storage/sql_helpers.h"
#include "storage/stored_values.h"

namespace casedesk {
namespace {

const QString kSelectEvent = QStringLiteral(
    "SELECT id, complaint_id, at, recorded_at, actor, from_status, to_status, ground, note FROM case_events ");

CaseEvent eventFromRow(const QSqlQuery &q)
{
    CaseEvent e;
    e.id = q.value(0).toLongLong();
    e.complaintId = q.value(1).toLongLong();
    e.at = dateTimeFromStored(q.value(2));
    e.recordedAt = dateTimeFromStored(q.value(3));
    e.actor = q.value(4).toString();
    e.from = statusFromCode(q.value(5).toString());
    e.to = statusFromCode(q.value(6).toString()).value_or(CaseStatus::Registered);
    e.ground = q.value(7).toString();
    e.note = q.value(8).toString();
    return e;
}

} // namespace

Result<qint64> CaseEventRepository::record(const CaseEvent &e)
{
    auto inserted = insertReturningId(m_db,
                             QStringLiteral("INSERT INTO case_events(complaint_id, at, recorded_at, actor, from_status, "
                                            "to_status, ground, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                             {e.complaintId, storedDateTime(e.at), storedDateTime(e.recordedAt), e.actor,
                              e.from ? codeOf(*e.from) : QString(), codeOf(e.to), e.ground, e.note});
    if (!inserted)
        return inserted.error();
    return inserted.value();
}

Result<QList<CaseEvent>> CaseEventRepository::events(qint64 complaintId) const
{
    auto query = runQuery(m_db, kSelectEvent + QStringLiteral("WHERE complaint_id = ? ORDER BY id"), {complaintId});
    if (!query)
        return query.error();
    QList<CaseEvent> events;
    while (query->next())
        events.append(eventFromRow(query.value()));
    return events;
}

Result<std::optional<CaseEvent>> CaseEventRepository::lastEvent(qint64 complaintId) const
{
    auto query = runQuery(m_db, kSelectEvent + QStringLiteral("WHERE complaint_id = ? ORDER BY id DESC LIMIT 1"),
                          {complaintId});
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<CaseEvent>();
    return std::optional<CaseEvent>(eventFromRow(query.value()));
}

Result<QHash<qint64, QList<CaseEvent>>> CaseEventRepository::eventsOfCases(const QList<qint64> &complaintIds) const
{
    QHash<qint64, QList<CaseEvent>> events;
    const Status read =
        runForIds(m_db, kSelectEvent + QStringLiteral("WHERE complaint_id IN (%1) ORDER BY complaint_id, id"),
                  complaintIds, [&events](QSqlQuery &query) {
                      while (query.next()) {
                          CaseEvent event = eventFromRow(query);
                          events[event.complaintId].append(std::move(event));
                      }
                  });
    if (!read)
        return read.error();
    return events;
}

Result<QHash<qint64, QList<CaseEvent>>> CaseEventRepository::eventsOfOpenCases(const QString &assignee) const
{
    if (assignee.isEmpty())
        return eventsOfOpenCasesWhere({}, {});
    return eventsOfOpenCasesWhere(QStringLiteral("c.assignee = ?"), {assignee});
}

Result<QHash<qint64, QList<CaseEvent>>> CaseEventRepository::eventsOfOpenCasesWhere(const QString &condition,
                                                                                     const QVariantList &values) const
{
    QString sql = QStringLiteral("SELECT e.id, e.complaint_id, e.at, e.recorded_at, e.actor, e.from_status, e.to_status, "
                                 "e.ground, e.note FROM complaints c JOIN case_events e ON e.complaint_id = c.id "
                                 "WHERE c.closed_at IS NULL");
    if (!condition.isEmpty())
        sql += QStringLiteral(" AND (%1)").arg(condition);
    auto query = runQuery(m_db, sql + QStringLiteral(" ORDER BY e.complaint_id, e.id"), values);
    if (!query)
        return query.error();
    QHash<qint64, QList<CaseEvent>> events;
    while (query->next()) {
        CaseEvent event = eventFromRow(query.value());
        events[event.complaintId].append(std::move(event));
    }
    return events;
}

} // namespace casedesk
