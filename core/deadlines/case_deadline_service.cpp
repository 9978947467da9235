#include "deadlines/case_deadline_service.h"

#include "storage/calendar_repository.h"
#include "storage/clock_pause_repository.h"
#include "storage/complaint_repository.h"
#include "storage/deadline_rule_repository.h"
#include "storage/termination_notice_repository.h"
#include "workflow/case_history.h"

#include <QTimeZone>

#include <algorithm>

namespace casedesk {
namespace {

bool isDecision(CaseStatus status)
{
    return status == CaseStatus::Accepted || status == CaseStatus::Refused || status == CaseStatus::Returned;
}

void setOnce(QMap<DeadlineKind, QDateTime> &doneAt, DeadlineKind kind, const QDateTime &at)
{
    if (!doneAt.contains(kind))
        doneAt.insert(kind, at);
}

} // namespace

CaseTimeline deadlineTimeline(const Complaint &complaint, const QList<CaseEvent> &events,
                              const QList<ClockPause> &pauses, const QHash<qint64, QDate> &notices)
{
    CaseTimeline timeline;
    timeline.receivedAt = complaint.receivedAt;
    timeline.channel = complaint.channel;
    timeline.acceptedAt = complaint.acceptedAt;
    timeline.pauses = pauses;
    timeline.orderDispatchedAt = complaint.orderDispatchedAt;
    timeline.orderDueAt = complaint.orderDueAt;
    for (const CaseEvent &event : events) {
        if (!event.from)
            continue; // the registration step
        const CaseStatus from = *event.from;
        if (from == CaseStatus::Registered && isDecision(event.to)) {
            for (DeadlineKind kind : {DeadlineKind::Accept, DeadlineKind::HotlineSign, DeadlineKind::HotlineDispatch,
                                      DeadlineKind::LiaisonReply})
                setOnce(timeline.doneAt, kind, event.at);
            // The decision is told to the complainant: a first contact, unless one came earlier.
            if (!complaint.firstContactAt.isValid() || event.at < complaint.firstContactAt)
                setOnce(timeline.doneAt, DeadlineKind::FirstContact, event.at);
        }
        if (event.to == CaseStatus::Accepted && timeline.acceptedAt.isNull())
            timeline.acceptedAt = event.at;
        if (event.to == CaseStatus::ForwardedToEnterprise)
            timeline.forwardedAt = event.at;
        if (from == CaseStatus::ForwardedToEnterprise)
            setOnce(timeline.doneAt, DeadlineKind::Enterprise, event.at);
        if (from == CaseStatus::InMediation &&
            (event.to == CaseStatus::AgreementReached || event.to == CaseStatus::MediationTerminated))
            setOnce(timeline.doneAt, DeadlineKind::Mediation, event.at);
        if (event.to == CaseStatus::MediationTerminated) {
            timeline.terminatedAt = event.at;
            // Told on a day: done by the end of it (never before the termination itself).
            if (const auto notice = notices.constFind(event.id); notice != notices.cend())
                setOnce(timeline.doneAt, DeadlineKind::TerminationNotice,
                        std::max(event.at, QDateTime(notice.value(), QTime(23, 59), event.at.timeZone())));
        }
        if (from == CaseStatus::MediationTerminated && event.to == CaseStatus::Closed)
            setOnce(timeline.doneAt, DeadlineKind::TerminationNotice, event.at);
        // The hotline is answered with the case's end (a liaison point with the decision, above).
        if (event.to == CaseStatus::Closed || event.to == CaseStatus::Refused || event.to == CaseStatus::Returned)
            setOnce(timeline.doneAt, DeadlineKind::HotlineReply, event.at);
    }
    if (complaint.firstContactAt.isValid())
        setOnce(timeline.doneAt, DeadlineKind::FirstContact, complaint.firstContactAt);
    return timeline;
}

Result<QList<Deadline>> deadlinesOfCase(const QSqlDatabase &db, qint64 caseId, const QDateTime &now)
{
    auto complaint = ComplaintRepository(db).get(caseId);
    if (!complaint)
        return complaint.error();
    auto history = caseHistory(db, caseId);
    if (!history)
        return history.error();
    auto pauses = ClockPauseRepository(db).pausesOf(caseId);
    if (!pauses)
        return pauses.error();
    auto notices = TerminationNoticeRepository(db).noticesOf(caseId);
    if (!notices)
        return notices.error();
    auto rules = DeadlineRuleRepository(db).ruleSetFor(complaint->receivedAt.date());
    if (!rules)
        return rules.error().code == ErrorCode::NotFound ? QList<Deadline>() : Result<QList<Deadline>>(rules.error());
    auto calendar = CalendarRepository(db).load();
    if (!calendar)
        return calendar.error();
    return caseDeadlines(deadlineTimeline(complaint.value(), history->timeline, pauses.value(), notices.value()),
                         rules.value(),
                         calendar.value(), now);
}

} // namespace casedesk
