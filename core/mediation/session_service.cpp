#include "mediation/session_service.h"

#include "auth/permissions.h"
#include "mediation/mediation_checks.h"
#include "storage/complaint_repository.h"
#include "storage/mediation_directory_repository.h"
#include "storage/mediation_session_repository.h"
#include "storage/sql_helpers.h"
#include "storage/user_repository.h"
#include "workflow/case_workflow.h"

#include <QCoreApplication>

namespace casedesk {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Mediation)
};

using mediation::checkText;
using mediation::invalid;

QString shown(const QDateTime &at)
{
    return at.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

bool isHeld(SessionOutcome outcome)
{
    return outcome != SessionOutcome::Planned && outcome != SessionOutcome::Cancelled;
}

Status checkSession(const MediationSession &s, const Complaint &complaint, const QDateTime &now)
{
    if (!s.startsAt.isValid())
        return invalid(QStringLiteral("startsAt"), Msg::tr("Give the date and time of the session."));
    if (s.startsAt < complaint.receivedAt)
        return invalid(QStringLiteral("startsAt"),
                       Msg::tr("The session (%1) cannot be before the case was received (%2).")
                           .arg(shown(s.startsAt), shown(complaint.receivedAt)));
    if (s.startsAt > now.addYears(1))
        return invalid(QStringLiteral("startsAt"),
                       Msg::tr("The session (%1) is more than a year ahead.").arg(shown(s.startsAt)));
    if (isHeld(s.outcome) && s.startsAt > now)
        return invalid(
            QStringLiteral("outcome"),
            Msg::tr("A session on %1 has not been held yet; its outcome can only be \"%2\" or \"%3\".")
                .arg(shown(s.startsAt), labelOf(SessionOutcome::Planned), labelOf(SessionOutcome::Cancelled)));
    if (s.minutes < 5 || s.minutes > 600)
        return invalid(QStringLiteral("minutes"), Msg::tr("A session lasts 5 to 600 minutes."));
    if (s.mediatorIds.isEmpty())
        return invalid(QStringLiteral("mediators"), Msg::tr("Choose at least one mediator."));
    if (auto t = checkText(QStringLiteral("place"), Msg::tr("The place"), s.place, kMaxMediationLine, false); !t)
        return t;
    if (auto t = checkText(QStringLiteral("participants"), Msg::tr("The participants"), s.participants, 2000, false);
        !t)
        return t;
    return checkText(QStringLiteral("record"), Msg::tr("The record"), s.record, kMaxMediationText, false);
}

QString summary(const MediationSession &s)
{
    return QStringLiteral("%1 %2 (%3)").arg(shown(s.startsAt), labelOf(s.mode), labelOf(s.outcome));
}

} // namespace

Result<QList<BookingClash>> MediationSessionService::clashesFor(const MediationSession &session) const
{
    QList<BookingClash> clashes;
    if (!session.startsAt.isValid() || session.outcome == SessionOutcome::Cancelled)
        return clashes;
    auto near = MediationSessionRepository(m_db).sessionsNear(session.mediatorIds, session.startsAt, session.endsAt(),
                                                              session.id);
    if (!near)
        return near.error();
    for (const MediationSession &other : near.value()) {
        if (!(other.startsAt < session.endsAt() && session.startsAt < other.endsAt()))
            continue;
        for (int i = 0; i < other.mediatorIds.size(); ++i) {
            if (session.mediatorIds.contains(other.mediatorIds.at(i)))
                clashes.append({other.mediatorNames.at(i), other.id, other.caseNumber, other.startsAt, other.minutes});
        }
    }
    return clashes;
}

Result<MediationSession> MediationSessionService::saveWithin(MediationSession s, const QString &userName,
                                                            const QDateTime &now)
{
    s.place = s.place.trimmed();
    s.participants = s.participants.trimmed();
    s.record = s.record.trimmed();
    auto complaint = ComplaintRepository(m_db).get(s.complaintId);
    if (!complaint)
        return complaint.error();
    if (s.id == 0 && complaint->status != CaseStatus::InMediation)
        return invalid(QStringLiteral("status"),
                       Msg::tr("Sessions are booked while a case is in mediation; %1 is \"%2\".")
                           .arg(complaint->caseNumber, labelOf(complaint->status)));
    if (s.id != 0 && isFinalStatus(complaint->status))
        return invalid(QStringLiteral("status"), Msg::tr("%1 is \"%2\"; its sessions can no longer be changed.")
                                                     .arg(complaint->caseNumber, labelOf(complaint->status)));
    if (auto checked = checkSession(s, complaint.value(), now); !checked)
        return checked.error();

    MediationSessionRepository sessions(m_db);
    std::optional<MediationSession> before;
    if (s.id != 0) {
        auto stored = sessions.session(s.id);
        if (!stored)
            return stored.error();
        if (stored->complaintId != s.complaintId)
            return invalid(QStringLiteral("id"), Msg::tr("Session %1 belongs to another case.").arg(s.id));
        before = stored.value();
    }
    MediationDirectoryRepository directory(m_db);
    for (qint64 id : s.mediatorIds) {
        auto mediator = directory.mediator(id);
        if (!mediator)
            return invalid(QStringLiteral("mediators"), mediator.error().message);
        const bool wasBooked = before && before->mediatorIds.contains(id);
        if (!mediator->active && !wasBooked)
            return invalid(QStringLiteral("mediators"),
                           Msg::tr("%1 is no longer active and cannot be booked.").arg(mediator->name));
    }
    s.recordedAt = now;
    s.recordedBy = userName;
    if (s.id == 0) {
        auto id = sessions.insert(s);
        if (!id)
            return id.error();
        s.id = id.value();
    } else if (auto updated = sessions.update(s); !updated) {
        return updated.error();
    }
    if (auto logged = mediation::audit(m_db, s.complaintId, now, userName,
                                       before ? QStringLiteral("session_updated") : QStringLiteral("session_added"),
                                       QStringLiteral("session"), before ? summary(*before) : QString(), summary(s));
        !logged)
        return logged.error();
    return s;
}

Result<SavedSession> MediationSessionService::save(const MediationSession &session, const QString &actor,
                                                   const QDateTime &now)
{
    // The saved session (with its id) and its clashes; the session is read again after the commit.
    auto saved = inRetriedTransaction(m_db, [&]() -> Result<SavedSession> {
        auto user = authorize(m_db, actor, Permission::Mediate);
        if (!user)
            return user.error();
        auto within = saveWithin(session, user->name, now);
        if (!within)
            return within.error();
        auto clashes = clashesFor(within.value());
        if (!clashes)
            return clashes.error();
        return SavedSession{within.value(), clashes.value()};
    });
    if (!saved)
        return saved.error();
    auto stored = MediationSessionRepository(m_db).session(saved->session.id);
    if (!stored)
        return stored.error();
    return SavedSession{stored.value(), saved->clashes};
}

Result<QList<SavedSession>> MediationSessionService::bookForCases(const MediationSession &session,
                                                                  const QList<qint64> &caseIds, const QString &actor,
                                                                  const QDateTime &now)
{
    if (caseIds.isEmpty())
        return invalid(QStringLiteral("cases"), Msg::tr("Choose the cases the session is for."));
    // The sessions booked and the clashes with other bookings, gathered afresh by each attempt.
    using Booking = std::pair<QList<qint64>, QList<BookingClash>>;
    auto booking = inRetriedTransaction(m_db, [&]() -> Result<Booking> {
        auto user = authorize(m_db, actor, Permission::Mediate);
        if (!user)
            return user.error();
        QList<qint64> booked;
        for (qint64 caseId : caseIds) {
            MediationSession s = session;
            s.id = 0;
            s.complaintId = caseId;
            auto saved = saveWithin(s, user->name, now);
            if (!saved)
                return saved.error();
            booked.append(saved->id);
        }
        // The booking's own sessions share their mediators by design: only other bookings clash.
        QList<BookingClash> clashes;
        MediationSession probe = session;
        probe.id = booked.first();
        auto found = clashesFor(probe);
        if (!found)
            return found.error();
        for (const BookingClash &clash : found.value()) {
            if (!booked.contains(clash.otherSessionId))
                clashes.append(clash);
        }
        return Booking{booked, clashes};
    });
    if (!booking)
        return booking.error();
    const auto &[booked, clashes] = booking.value();
    QList<SavedSession> result;
    for (qint64 id : booked) {
        auto stored = MediationSessionRepository(m_db).session(id);
        if (!stored)
            return stored.error();
        result.append({stored.value(), clashes});
    }
    return result;
}

Result<QList<MediationSession>> MediationSessionService::agenda(const QDate &from, const QDate &to) const
{
    // Local midnights: stored times carry the desk's own offset.
    const QDateTime startLocal(from, QTime(0, 0));
    const QDateTime endLocal(to.addDays(1), QTime(0, 0));
    return MediationSessionRepository(m_db).sessionsBetween(startLocal, endLocal);
}

} // namespace casedesk
