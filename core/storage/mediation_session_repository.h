#pragma once

#include "mediation/mediation.h"
#include "result.h"

#include <QSqlDatabase>

namespace casedesk {

// Mediation sessions and their mediators (tables mediation_sessions, session_mediators).
// SQL only: mediation/session_service.h checks and authorizes.
class MediationSessionRepository {
public:
    explicit MediationSessionRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // A case's sessions, earliest first.
    Result<QList<MediationSession>> sessionsOf(qint64 caseId) const;
    Result<MediationSession> session(qint64 id) const;
    // Every session starting in [from, to), earliest first, with case numbers (the agenda).
    Result<QList<MediationSession>> sessionsBetween(const QDateTime &from, const QDateTime &to) const;
    // Sessions of any of `mediatorIds` that start within a day of [from, to), except `exceptId`:
    // the candidates for a double booking (the caller compares the exact times).
    Result<QList<MediationSession>> sessionsNear(const QList<qint64> &mediatorIds, const QDateTime &from,
                                                 const QDateTime &to, qint64 exceptId) const;

    Result<qint64> insert(const MediationSession &session);
    Status update(const MediationSession &session);

private:
    Result<QList<MediationSession>> select(const QString &where, const QVariantList &values) const;
    Status writeMediators(qint64 sessionId, const QList<qint64> &mediatorIds);

    QSqlDatabase m_db;
};

} // namespace casedesk
