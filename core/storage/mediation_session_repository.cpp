#include "storage/mediation_session_repository.h"

#include "storage/sql_helpers.h"
#include "storage/stored_values.h"

#include <QCoreApplication>

namespace casedesk {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Mediation)
};

QString placeholders(int n)
{
    QStringList marks;
    for (int i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

} // namespace

Result<QList<MediationSession>> MediationSessionRepository::select(const QString &where,
                                                                   const QVariantList &values) const
{
    auto query =
        runQuery(m_db,
                 QStringLiteral("SELECT s.id, s.complaint_id, s.starts_at, s.minutes, s.mode, s.place, "
                                "s.participants, s.record, s.outcome, s.recorded_at, s.recorded_by, "
                                "c.case_number FROM mediation_sessions s JOIN complaints c ON c.id = s.complaint_id "
                                "WHERE %1 ORDER BY s.starts_at, s.id")
                     .arg(where),
                 values);
    if (!query)
        return query.error();
    QList<MediationSession> sessions;
    while (query->next()) {
        MediationSession s;
        s.id = query->value(0).toLongLong();
        s.complaintId = query->value(1).toLongLong();
        s.startsAt = dateTimeFromStored(query->value(2));
        s.minutes = query->value(3).toInt();
        s.mode = sessionModeFromCode(query->value(4).toString()).value_or(SessionMode::OnSite);
        s.place = query->value(5).toString();
        s.participants = query->value(6).toString();
        s.record = query->value(7).toString();
        s.outcome = sessionOutcomeFromCode(query->value(8).toString()).value_or(SessionOutcome::Planned);
        s.recordedAt = dateTimeFromStored(query->value(9));
        s.recordedBy = query->value(10).toString();
        s.caseNumber = query->value(11).toString();
        sessions.append(s);
    }
    for (MediationSession &s : sessions) {
        auto people = runQuery(m_db,
                               QStringLiteral("SELECT m.id, m.name FROM session_mediators sm JOIN mediators m "
                                              "ON m.id = sm.mediator_id WHERE sm.session_id = ? ORDER BY m.name, m.id"),
                               {s.id});
        if (!people)
            return people.error();
        while (people->next()) {
            s.mediatorIds.append(people->value(0).toLongLong());
            s.mediatorNames.append(people->value(1).toString());
        }
    }
    return sessions;
}

Result<QList<MediationSession>> MediationSessionRepository::sessionsOf(qint64 caseId) const
{
    return select(QStringLiteral("s.complaint_id = ?"), {caseId});
}

Result<MediationSession> MediationSessionRepository::session(qint64 id) const
{
    auto found = select(QStringLiteral("s.id = ?"), {id});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error{ErrorCode::NotFound, Msg::tr("There is no mediation session with id %1.").arg(id), {}};
    return found->first();
}

Result<QList<MediationSession>> MediationSessionRepository::sessionsBetween(const QDateTime &from,
                                                                            const QDateTime &to) const
{
    // Stored times carry the desk's offset (+08:00 everywhere in China), so text order is time order.
    return select(QStringLiteral("s.starts_at >= ? AND s.starts_at < ?"), {storedDateTime(from), storedDateTime(to)});
}

Result<QList<MediationSession>> MediationSessionRepository::sessionsNear(const QList<qint64> &mediatorIds,
                                                                         const QDateTime &from, const QDateTime &to,
                                                                         qint64 exceptId) const
{
    if (mediatorIds.isEmpty())
        return QList<MediationSession>{};
    QVariantList values{storedDateTime(from.addDays(-1)), storedDateTime(to.addDays(1)), exceptId};
    for (qint64 id : mediatorIds)
        values << id;
    return select(QStringLiteral("s.starts_at >= ? AND s.starts_at < ? AND s.id <> ? AND s.outcome <> 'cancelled' AND "
                                 "s.id IN (SELECT session_id FROM session_mediators WHERE mediator_id IN (%1))")
                      .arg(placeholders(int(mediatorIds.size()))),
                  values);
}

Status MediationSessionRepository::writeMediators(qint64 sessionId, const QList<qint64> &mediatorIds)
{
    if (auto cleared =
            runQuery(m_db, QStringLiteral("DELETE FROM session_mediators WHERE session_id = ?"), {sessionId});
        !cleared)
        return cleared.error();
    for (qint64 id : mediatorIds) {
        if (auto added = runQuery(m_db,
                                  QStringLiteral("INSERT INTO session_mediators(session_id, mediator_id) "
                                                 "VALUES (?, ?) ON CONFLICT DO NOTHING"),
                                  {sessionId, id});
            !added)
            return added.error();
    }
    return {};
}

Result<qint64> MediationSessionRepository::insert(const MediationSession &s)
{
    auto query = insertReturningId(
        m_db,
        QStringLiteral("INSERT INTO mediation_sessions(complaint_id, starts_at, minutes, mode, place, "
                       "participants, record, outcome, recorded_at, recorded_by) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {s.complaintId, storedDateTime(s.startsAt), s.minutes, codeOf(s.mode), bindable(s.place),
         bindable(s.participants), bindable(s.record), codeOf(s.outcome), storedDateTime(s.recordedAt), s.recordedBy});
    if (!query)
        return query.error();
    const qint64 id = query.value();
    if (auto written = writeMediators(id, s.mediatorIds); !written)
        return written.error();
    return id;
}

Status MediationSessionRepository::update(const MediationSession &s)
{
    auto query = runQuery(
        m_db,
        QStringLiteral("UPDATE mediation_sessions SET starts_at = ?, minutes = ?, mode = ?, place = ?, "
                       "participants = ?, record = ?, outcome = ?, recorded_at = ?, recorded_by = ? "
                       "WHERE id = ? AND complaint_id = ?"),
        {storedDateTime(s.startsAt), s.minutes, codeOf(s.mode), bindable(s.place), bindable(s.participants),
         bindable(s.record), codeOf(s.outcome), storedDateTime(s.recordedAt), s.recordedBy, s.id, s.complaintId});
    if (!query)
        return query.error();
    if (query->numRowsAffected() != 1)
        return Error{ErrorCode::NotFound, Msg::tr("There is no mediation session with id %1.").arg(s.id), {}};
    return writeMediators(s.id, s.mediatorIds);
}

} // namespace casedesk
