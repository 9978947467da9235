#pragma once

#include "deadlines/case_deadlines.h"
#include "domain/case_event.h"
#include "domain/complaint.h"
#include "result.h"

#include <QSqlDatabase>

namespace casedesk {

// Reads what deadlines need from a case's events: when it was accepted, forwarded or had
// its mediation terminated, and when each required act was done. Pure: no database.
//   Accept, HotlineSign, HotlineDispatch, LiaisonReply: done by the first decision on the case
//     (accepted, refused or returned; a liaison point is answered with it: 反馈受理情况);
//   Mediation: done by the agreement or the termination;
//   Enterprise: done when the enterprise settled (closed) or handed the case back;
//   TerminationNotice: done on the day the parties were told (`notices`: notified_on by the
//     termination's event id), or when the case is closed after the termination;
//   HotlineReply: done when the case reaches a final status (closed, refused, returned);
//   FirstContact: done by the first contact recorded on the case, or by the first decision if
//     that came earlier (the complainant is told of it).
CaseTimeline deadlineTimeline(const Complaint &complaint, const QList<CaseEvent> &events,
                              const QList<ClockPause> &pauses, const QHash<qint64, QDate> &notices);

// The due dates of one stored case as of `now`: its events, its clock pauses, the rule set
// in force on its received date and the file's working-day calendar.
Result<QList<Deadline>> deadlinesOfCase(const QSqlDatabase &db, qint64 caseId,
                                        const QDateTime &now = QDateTime::currentDateTime());

} // namespace casedesk
