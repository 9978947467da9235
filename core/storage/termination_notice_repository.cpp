#include "storage/termination_notice_repository.h"

#include "storage/sql_helpers.h"
#include "storage/stored_values.h"

namespace casedesk {

Result<std::optional<TerminationNotice>> TerminationNoticeRepository::noticeOf(qint64 eventId) const
{
    auto query = runQuery(
        m_db, QStringLiteral("SELECT notified_on, method FROM termination_notices WHERE event_id = ?"), {eventId});
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<TerminationNotice>();
    return std::optional<TerminationNotice>(
        TerminationNotice{dateFromStored(query->value(0)), query->value(1).toString()});
}

Status TerminationNoticeRepository::save(qint64 eventId, qint64 caseId, const TerminationNotice &notice,
                                         const QString &actor)
{
    auto query = runQuery(m_db,
                          QStringLiteral("INSERT INTO termination_notices(event_id, complaint_id, notified_on, method, "
                                         "recorded_by) VALUES (?, ?, ?, ?, ?) ON CONFLICT(event_id) DO UPDATE SET "
                                         "notified_on = excluded.notified_on, method = excluded.method, "
                                         "recorded_by = excluded.recorded_by"),
                          {eventId, caseId, storedDate(notice.notifiedOn), bindable(notice.method), actor});
    if (!query)
        return query.error();
    return {};
}

namespace {

Result<QHash<qint64, QDate>> noticesFrom(Result<QSqlQuery> query)
{
    if (!query)
        return query.error();
    QHash<qint64, QDate> notices;
    while (query->next())
        notices.insert(query->value(0).toLongLong(), dateFromStored(query->value(1)));
    return notices;
}

} // namespace

Result<QHash<qint64, QDate>> TerminationNoticeRepository::noticesOf(qint64 caseId) const
{
    return noticesFrom(runQuery(
        m_db, QStringLiteral("SELECT event_id, notified_on FROM termination_notices WHERE complaint_id = ?"), {caseId}));
}

Result<QHash<qint64, QDate>> TerminationNoticeRepository::noticesOfOpenCasesWhere(const QString &condition,
                                                                                 const QVariantList &values) const
{
    QString sql = QStringLiteral("SELECT n.event_id, n.notified_on FROM complaints c JOIN termination_notices n "
                                 "ON n.complaint_id = c.id WHERE c.closed_at IS NULL");
    if (!condition.isEmpty())
        sql += QStringLiteral(" AND (%1)").arg(condition);
    return noticesFrom(runQuery(m_db, sql, values));
}

} // namespace casedesk
