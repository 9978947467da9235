#pragma once

#include "mediation/mediation.h"
#include "result.h"

#include <QDateTime>
#include <QSqlDatabase>

namespace casedesk {

// A saved session and the double bookings it makes (a warning, not a refusal: a mediator
// may well sit in two short phone sessions of one group of cases at once).
struct SavedSession {
    MediationSession session;
    QList<BookingClash> clashes;
};

// Mediation sessions of cases (Permission::Mediate). New sessions are booked only on a case
// in mediation; the record of a held session may be completed later, until the case closes.
class MediationSessionService {
public:
    explicit MediationSessionService(QSqlDatabase db) : m_db(std::move(db)) {}

    // Adds the session when its id is 0, else saves it. Checks: a time not before the case
    // was received, 5 to 600 minutes, at least one known mediator (active, for a new
    // booking), readable texts, and no held outcome for a session still in the future.
    Result<SavedSession> save(const MediationSession &session, const QString &actor,
                              const QDateTime &now = QDateTime::currentDateTime());

    // Books one session for several cases at once (a group case's members): the same time,
    // mode, place and mediators on each case, all or nothing in one transaction. The clashes
    // are those with sessions outside this booking. Each case gets its own audit line.
    Result<QList<SavedSession>> bookForCases(const MediationSession &session, const QList<qint64> &caseIds,
                                             const QString &actor,
                                             const QDateTime &now = QDateTime::currentDateTime());

    // Other sessions that share a mediator with `session` and overlap it in time.
    Result<QList<BookingClash>> clashesFor(const MediationSession &session) const;

    // Sessions starting on the days [from, to], earliest first (the agenda).
    Result<QList<MediationSession>> agenda(const QDate &from, const QDate &to) const;

private:
    // save() inside the caller's transaction, for a user already authorised.
    Result<MediationSession> saveWithin(MediationSession s, const QString &userName, const QDateTime &now);

    QSqlDatabase m_db;
};

} // namespace casedesk
