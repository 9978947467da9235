#pragma once

#include "calendar/working_calendar.h"
#include "deadlines/clock_pause.h"
#include "deadlines/deadline_rules.h"
#include "domain/codes.h"

#include <QDateTime>
#include <QList>
#include <QMap>

// A case's due dates, computed from its timeline, the rule set in force, the working-day
// calendar and its clock pauses. Pure functions: no database, no clock of their own.
//
// Definitions:
// - Day rules (working or calendar days) count from the DATE of the starting event: the
//   start day itself does not count, the N-th (working) day after it is the last day to act
//   (WorkingCalendar::addWorkingDays). The deadline is met if the act happens on or before
//   that day, at any hour.
// - Hour rules count clock hours from the starting moment, nights and holidays included:
//   a 12345 transfer received Friday 17:30 with 2 hours to dispatch is due Friday 19:30.
// - Clock pauses (鉴定/检测) extend day rules. A pause from date P to date E covers the days
//   in (P, E], i.e. workingDaysBetween(P, E) working days (calendar days for calendar-day
//   rules): the day the sample goes out still counts, the day the result comes back does not.
//   Only the part of a pause inside the deadline's window counts: the days before the clock
//   started are cut off, and a pause that starts after the (already extended) due date
//   rescues nothing. An open pause counts up to today, so its due date moves on by one
//   working day each working day until the pause ends. Overlapping pauses count once.
//   Hour rules are never extended.
// - Which rule: the set's rule for the case's channel wins over its rule for every channel;
//   a kind with no rule in the set, or whose starting event has not happened, has no deadline.

namespace casedesk {

// What happened to a case so far, as far as deadlines care.
struct CaseTimeline {
    QDateTime receivedAt;
    Channel channel = Channel::Phone;
    QDateTime acceptedAt;   // null until accepted; starts Mediation
    QDateTime forwardedAt;  // forwarded to a networked enterprise; starts Enterprise
    QDateTime terminatedAt; // mediation terminated; starts TerminationNotice
    // When the act each deadline asks for was done (a refusal meets Accept, an agreement
    // meets Mediation, ...). Accept defaults to acceptedAt, Mediation to terminatedAt.
    QMap<DeadlineKind, QDateTime> doneAt;
    QList<ClockPause> pauses;
    // A 12345 order's own times (Complaint::orderDispatchedAt, orderDueAt): the hotline rules
    // count from the dispatch, and the order's due time is the reply's deadline.
    QDateTime orderDispatchedAt;
    QDateTime orderDueAt;
};

struct Deadline {
    DeadlineKind kind = DeadlineKind::Accept;
    DeadlineRule rule;
    QDateTime startedAt;      // the event the rule counts from
    QDate dueDate;            // the last day to act
    QDateTime dueAt;          // hour rules: the exact moment; day rules: the end of dueDate
    QDateTime doneAt;         // null while still to do
    int pausedDays = 0;       // days added for clock pauses (in the rule's unit)
    bool clockPaused = false; // an open pause holds this deadline now
    // Day rules: (working) days from today, or from the day it was done, to the due date;
    // 0 on the last day, negative when late. Hour rules: 0.
    int daysLeft = 0;
    // Hour rules: minutes from now, or from when it was done, to dueAt; negative when late.
    qint64 minutesLeft = 0;
    bool overdue = false; // still to do and past due, or done after it
    // The counted period reaches a year with no published holiday schedule: holidays there
    // are not known, so the due date may be too early. Callers should say so.
    bool beyondCalendar = false;
    // Day rules held by an open pause: the day the pause started counting for this deadline
    // and the due date and paused days before it. The stored due list keeps these, since the
    // due date of a held deadline moves on with today (see pendingDeadlineAsOf()).
    QDate openPauseFrom;
    QDate dueBeforeOpenPause;
    int pausedDaysBeforeOpenPause = 0;
};

// A deadline still to meet as the stored due list keeps it (table case_deadlines): what does
// not change with the clock. Day rules: dueDate without the open pause's days, which
// start counting after openPauseFrom; hour rules: dueAt.
struct PendingDeadline {
    DeadlineKind kind = DeadlineKind::Accept;
    DeadlineRule rule;
    QDateTime startedAt;
    QDate dueDate;
    QDateTime dueAt;
    int pausedDays = 0;
    QDate openPauseFrom; // invalid unless an open pause holds the deadline
};

// Every deadline of the case that has started, in DeadlineKind order.
QList<Deadline> caseDeadlines(const CaseTimeline &timeline, const DeadlineRuleSet &rules,
                              const WorkingCalendar &calendar, const QDateTime &now);

// What the stored due list keeps of a deadline still to do (doneAt null), and the deadline
// it stands for as of `now`: pendingDeadlineAsOf(pendingOf(d), calendar, now) equals the d
// that caseDeadlines() gives for `now`, as long as the case, its rules and the calendar
// are unchanged.
PendingDeadline pendingOf(const Deadline &deadline);
Deadline pendingDeadlineAsOf(const PendingDeadline &pending, const WorkingCalendar &calendar, const QDateTime &now);

// The start of the rule's period: Accept counts from receipt, the hotline rules from the
// order's dispatch when known (else receipt), Mediation from acceptance, TerminationNotice from termination, Enterprise from forwarding.
QDateTime deadlineStart(const CaseTimeline &timeline, DeadlineKind kind);

} // namespace casedesk
