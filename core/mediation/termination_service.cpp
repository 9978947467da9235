#include "mediation/termination_service.h"

#include "auth/permissions.h"
#include "mediation/mediation_checks.h"
#include "deadlines/stored_deadlines.h"
#include "storage/calendar_repository.h"
#include "storage/case_event_repository.h"
#include "storage/sql_helpers.h"
#include "storage/termination_notice_repository.h"
#include "storage/user_repository.h"
#include "workflow/case_transition_service.h"

#include <QCoreApplication>

namespace casedesk {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Mediation)
};

} // namespace

Result<Complaint> TerminationService::terminate(qint64 caseId, const QString &ground, const QString &note,
                                                const QDateTime &at, const QString &actor, const QDateTime &now)
{
    if (auto user = authorize(m_db, actor, Permission::Mediate); !user)
        return user.error();
    TransitionRequest request;
    request.caseId = caseId;
    request.to = CaseStatus::MediationTerminated;
    request.ground = ground;
    request.note = note;
    request.at = at;
    return CaseTransitionService(m_db).transition(request, actor, now);
}

Result<std::optional<TerminationRecord>> TerminationService::lastTermination(qint64 caseId) const
{
    auto events = CaseEventRepository(m_db).events(caseId);
    if (!events)
        return events.error();
    std::optional<CaseEvent> last;
    for (const CaseEvent &event : events.value()) {
        if (event.to == CaseStatus::MediationTerminated)
            last = event;
    }
    if (!last)
        return std::optional<TerminationRecord>();
    auto calendar = CalendarRepository(m_db).load();
    if (!calendar)
        return calendar.error();
    TerminationRecord record;
    record.eventId = last->id;
    record.complaintId = caseId;
    record.terminatedAt = last->at;
    record.ground = last->ground;
    record.note = last->note;
    record.noticeDue = calendar->addWorkingDays(last->at.date(), kTerminationNoticeWorkingDays);
    auto notice = TerminationNoticeRepository(m_db).noticeOf(last->id);
    if (!notice)
        return notice.error();
    if (notice.value()) {
        record.notifiedOn = notice.value()->notifiedOn;
        record.method = notice.value()->method;
    }
    return std::optional<TerminationRecord>(record);
}

Result<TerminationRecord> TerminationService::recordNotice(qint64 caseId, const QDate &notifiedOn,
                                                           const QString &method, const QString &actor,
                                                           const QDateTime &now)
{
    const QString how = method.trimmed();
    if (auto s = mediation::checkText(QStringLiteral("method"), Msg::tr("How the parties were told"), how,
                                      kMaxMediationLine, true);
        !s)
        return s.error();
    if (auto s = mediation::checkPastDate(QStringLiteral("notifiedOn"), Msg::tr("The date of the notice"), notifiedOn,
                                          now.date());
        !s)
        return s.error();
    return inRetriedTransaction(m_db, [&]() -> Result<TerminationRecord> {
        auto user = authorize(m_db, actor, Permission::Mediate);
        if (!user)
            return user.error();
        auto last = lastTermination(caseId);
        if (!last)
            return last.error();
        if (!last.value())
            return mediation::invalid(QStringLiteral("status"), Msg::tr("Mediation of this case was not terminated."));
        if (notifiedOn < last.value()->terminatedAt.date())
            return mediation::invalid(QStringLiteral("notifiedOn"),
                                      Msg::tr("The parties cannot have been told before the termination (%1).")
                                          .arg(last.value()->terminatedAt.date().toString(Qt::ISODate)));
        if (auto noted = noteNoticeWithin(*last.value(), notifiedOn, how, user->name, now); !noted)
            return noted.error();
        TerminationRecord record = *last.value();
        record.notifiedOn = notifiedOn;
        record.method = how;
        return record;
    });
}

Status TerminationService::noteNoticeWithin(const TerminationRecord &termination, const QDate &notifiedOn,
                                            const QString &method, const QString &userName, const QDateTime &now)
{
    const qint64 caseId = termination.complaintId;
    if (auto saved = TerminationNoticeRepository(m_db).save(termination.eventId, caseId, {notifiedOn, method}, userName);
        !saved)
        return saved;
    if (auto logged = mediation::audit(m_db, caseId, now, userName, QStringLiteral("termination_notice"),
                                       QStringLiteral("notifiedOn"), termination.notifiedOn.toString(Qt::ISODate),
                                       notifiedOn.toString(Qt::ISODate));
        !logged)
        return logged;
    return refreshStoredDeadlinesOf(m_db, caseId, now);
}

} // namespace casedesk
