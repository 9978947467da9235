#include "storage/clock_pause_repository.h"

#include "deadlines/stored_deadlines.h"
#include "auth/permissions.h"
#include "storage/user_repository.h"

#include "storage/audit_repository.h"
#include "storage/sql_helpers.h"
#include "storage/stored_values.h"
#include "text/text_checks.h"

#include <QCoreApplication>

namespace casedesk {
namespace {

// The translation context of this file's messages.
struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Deadlines)
};

const QString kAuditField = QStringLiteral("clock");

} // namespace

Result<QList<ClockPause>> ClockPauseRepository::select(const QString &where, qint64 complaintId) const
{
    auto query =
        runQuery(m_db,
                 QStringLiteral("SELECT id, complaint_id, started_at, ended_at, reason, actor FROM clock_pauses "
                                "WHERE complaint_id = ? ") +
                     where + QStringLiteral(" ORDER BY started_at, id"),
                 {complaintId});
    if (!query)
        return query.error();
    QList<ClockPause> pauses;
    while (query->next())
        pauses.append({query->value(0).toLongLong(), query->value(1).toLongLong(), dateTimeFromStored(query->value(2)),
                       query->value(3).isNull() ? QDateTime() : dateTimeFromStored(query->value(3)),
                       query->value(4).toString(), query->value(5).toString()});
    return pauses;
}

Result<QList<ClockPause>> ClockPauseRepository::pausesOf(qint64 complaintId) const
{
    return select(QString(), complaintId);
}

Result<QHash<qint64, QList<ClockPause>>> ClockPauseRepository::pausesOfOpenCases(const QString &assignee) const
{
    if (assignee.isEmpty())
        return pausesOfOpenCasesWhere({}, {});
    return pausesOfOpenCasesWhere(QStringLiteral("c.assignee = ?"), {assignee});
}

Result<QHash<qint64, QList<ClockPause>>> ClockPauseRepository::pausesOfOpenCasesWhere(const QString &condition,
                                                                                      const QVariantList &values) const
{
    QString sql = QStringLiteral("SELECT p.id, p.complaint_id, p.started_at, p.ended_at, p.reason, p.actor "
                                 "FROM complaints c JOIN clock_pauses p ON p.complaint_id = c.id "
                                 "WHERE c.closed_at IS NULL");
    if (!condition.isEmpty())
        sql += QStringLiteral(" AND (%1)").arg(condition);
    auto query = runQuery(m_db, sql + QStringLiteral(" ORDER BY p.complaint_id, p.started_at, p.id"), values);
    if (!query)
        return query.error();
    QHash<qint64, QList<ClockPause>> pauses;
    while (query->next()) {
        pauses[query->value(1).toLongLong()].append(
            {query->value(0).toLongLong(), query->value(1).toLongLong(), dateTimeFromStored(query->value(2)),
             query->value(3).isNull() ? QDateTime() : dateTimeFromStored(query->value(3)), query->value(4).toString(),
             query->value(5).toString()});
    }
    return pauses;
}

Result<ClockPause> ClockPauseRepository::start(qint64 complaintId, const QDateTime &at, const QString &reason,
                                               const QString &actor)
{
    if (!at.isValid())
        return Error{ErrorCode::InvalidInput, Msg::tr("Give the time the appraisal or test started."), {}};
    if (const QString problem = textProblem(reason); !problem.isEmpty())
        return Error{ErrorCode::InvalidInput, problem, {{QStringLiteral("reason"), problem}}};
    return inRetriedTransaction(m_db, [&]() -> Result<ClockPause> {
        if (auto allowed = authorize(m_db, actor, Permission::WorkCase); !allowed)
            return allowed.error();
        auto open = select(QStringLiteral("AND ended_at IS NULL"), complaintId);
        if (!open)
            return open.error();
        if (!open->isEmpty())
            return Error{ErrorCode::Conflict,
                         Msg::tr("The case's clock is already paused since %1.")
                             .arg(open->first().startedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
                         {}};
        auto id = queryScalar(m_db,
                              QStringLiteral("INSERT INTO clock_pauses(complaint_id, started_at, reason, actor) "
                                             "VALUES (?, ?, ?, ?) RETURNING id"),
                              {complaintId, storedDateTime(at), reason.trimmed(), actor});
        if (!id)
            return id.error();
        if (auto logged = AuditRepository(m_db).record(
                {0, complaintId, at, actor, QStringLiteral("clock_paused"), kAuditField, QString(), reason.trimmed()});
            !logged)
            return logged.error();
        if (auto stored = refreshStoredDeadlinesOf(m_db, complaintId); !stored)
            return stored.error();
        return ClockPause{id->toLongLong(), complaintId, at, QDateTime(), reason.trimmed(), actor};
    });
}

Result<ClockPause> ClockPauseRepository::end(qint64 complaintId, const QDateTime &at, const QString &actor)
{
    return inRetriedTransaction(m_db, [&]() -> Result<ClockPause> {
        if (auto allowed = authorize(m_db, actor, Permission::WorkCase); !allowed)
            return allowed.error();
        auto open = select(QStringLiteral("AND ended_at IS NULL"), complaintId);
        if (!open)
            return open.error();
        if (open->isEmpty())
            return Error{ErrorCode::InvalidInput, Msg::tr("The case's clock is not paused."), {}};
        ClockPause pause = open->first();
        if (!at.isValid() || at < pause.startedAt)
            return Error{ErrorCode::InvalidInput,
                         Msg::tr("The pause cannot end before it started (%1).")
                             .arg(pause.startedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
                         {}};
        if (auto done = runQuery(m_db, QStringLiteral("UPDATE clock_pauses SET ended_at = ? WHERE id = ?"),
                                 {storedDateTime(at), pause.id});
            !done)
            return done.error();
        if (auto logged = AuditRepository(m_db).record(
                {0, complaintId, at, actor, QStringLiteral("clock_resumed"), kAuditField, pause.reason, QString()});
            !logged)
            return logged.error();
        if (auto stored = refreshStoredDeadlinesOf(m_db, complaintId); !stored)
            return stored.error();
        pause.endedAt = at;
        return pause;
    });
}

} // namespace casedesk
