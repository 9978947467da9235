#include "deadlines/case_deadlines.h"

#include <QTimeZone>

#include <algorithm>
#include <optional>

namespace casedesk {
namespace {

// `moment` as a date in the time zone of `reference`: "today" is the day on the desk where
// the case's own times were written.
QDate dateAsOf(const QDateTime &moment, const QDateTime &reference)
{
    return moment.toOffsetFromUtc(reference.offsetFromUtc()).date();
}

struct DayCounter {
    const WorkingCalendar &calendar;
    DeadlineUnit unit;

    QDate add(QDate start, int n) const
    {
        return unit == DeadlineUnit::WorkingDays ? calendar.addWorkingDays(start, n) : start.addDays(n);
    }
    int between(QDate a, QDate b) const
    {
        return unit == DeadlineUnit::WorkingDays ? calendar.workingDaysBetween(a, b) : int(a.daysTo(b));
    }
};

struct PauseSpan {
    QDate from; // the pause covers (from, to]
    QDate to;
    bool open;
};

// The pauses as date spans up to `until`, sorted and with overlaps merged so no day counts twice.
QList<PauseSpan> pauseSpans(const QList<ClockPause> &pauses, const QDateTime &reference, QDate until)
{
    QList<PauseSpan> spans;
    for (const ClockPause &pause : pauses) {
        if (!pause.startedAt.isValid())
            continue;
        const QDate from = dateAsOf(pause.startedAt, reference);
        const QDate to = std::min(pause.isOpen() ? until : dateAsOf(pause.endedAt, reference), until);
        spans.append({from, std::max(from, to), pause.isOpen()});
    }
    std::sort(spans.begin(), spans.end(), [](const PauseSpan &x, const PauseSpan &y) { return x.from < y.from; });
    QList<PauseSpan> merged;
    for (const PauseSpan &span : spans) {
        if (!merged.isEmpty() && span.from <= merged.last().to) {
            merged.last().to = std::max(merged.last().to, span.to);
            merged.last().open = merged.last().open || span.open;
        } else {
            merged.append(span);
        }
    }
    return merged;
}

void computeDayDeadline(Deadline &deadline, const CaseTimeline &timeline, const WorkingCalendar &calendar,
                        const QDateTime &now)
{
    const DayCounter counter{calendar, deadline.rule.unit};
    const QDate start = deadline.startedAt.date();
    const QDate today = dateAsOf(now, deadline.startedAt);
    // The clock runs until the act is done, or until today.
    const QDate reference = deadline.doneAt.isValid() ? dateAsOf(deadline.doneAt, deadline.startedAt) : today;

    QDate due = counter.add(start, deadline.rule.amount);
    for (const PauseSpan &span : pauseSpans(timeline.pauses, deadline.startedAt, reference)) {
        const QDate from = std::max(span.from, start);
        if (from > due)
            break; // later pauses start later still: the deadline had passed already
        if (span.open && deadline.doneAt.isNull()) {
            deadline.clockPaused = true;
            // The open span is the last one (it reaches today): what comes below is all it adds.
            deadline.openPauseFrom = from;
            deadline.dueBeforeOpenPause = due;
            deadline.pausedDaysBeforeOpenPause = deadline.pausedDays;
        }
        if (span.to <= from)
            continue;
        const int extra = counter.between(from, span.to);
        due = counter.add(due, extra);
        deadline.pausedDays += extra;
    }

    deadline.dueDate = due;
    deadline.dueAt = QDateTime(due, QTime(23, 59, 59, 999), deadline.startedAt.timeZone());
    deadline.daysLeft = counter.between(reference, due);
    deadline.overdue = reference > due;
    deadline.beyondCalendar = !calendar.coversRange(start, due);
}

void setMinutesLeft(Deadline &deadline, const QDateTime &now)
{
    const QDateTime reference = deadline.doneAt.isValid() ? deadline.doneAt : now;
    const qint64 seconds = reference.secsTo(deadline.dueAt);
    // Round towards "later": 30 seconds past due is one minute late, not zero.
    deadline.minutesLeft = seconds >= 0 ? seconds / 60 : -((-seconds + 59) / 60);
    deadline.overdue = reference > deadline.dueAt;
}

void computeHourDeadline(Deadline &deadline, const QDateTime &now)
{
    deadline.dueAt = deadline.startedAt.addSecs(qint64(deadline.rule.amount) * 3600);
    deadline.dueDate = deadline.dueAt.date();
    setMinutesLeft(deadline, now);
}

} // namespace

PendingDeadline pendingOf(const Deadline &deadline)
{
    PendingDeadline pending{deadline.kind, deadline.rule,       deadline.startedAt, deadline.dueDate,
                            deadline.dueAt, deadline.pausedDays, {}};
    if (deadline.openPauseFrom.isValid()) {
        pending.dueDate = deadline.dueBeforeOpenPause;
        pending.pausedDays = deadline.pausedDaysBeforeOpenPause;
        pending.openPauseFrom = deadline.openPauseFrom;
    }
    return pending;
}

Deadline pendingDeadlineAsOf(const PendingDeadline &pending, const WorkingCalendar &calendar, const QDateTime &now)
{
    Deadline deadline;
    deadline.kind = pending.kind;
    deadline.rule = pending.rule;
    deadline.startedAt = pending.startedAt;
    if (pending.rule.unit == DeadlineUnit::Hours) {
        deadline.dueAt = pending.dueAt;
        deadline.dueDate = pending.dueAt.date();
        setMinutesLeft(deadline, now);
        return deadline;
    }
    // As computeDayDeadline() with the clock at `now`: only the open pause moves with it.
    const DayCounter counter{calendar, pending.rule.unit};
    const QDate today = dateAsOf(now, pending.startedAt);
    QDate due = pending.dueDate;
    deadline.pausedDays = pending.pausedDays;
    if (pending.openPauseFrom.isValid()) {
        deadline.clockPaused = true;
        deadline.openPauseFrom = pending.openPauseFrom;
        deadline.dueBeforeOpenPause = due;
        deadline.pausedDaysBeforeOpenPause = pending.pausedDays;
        if (today > pending.openPauseFrom) {
            const int extra = counter.between(pending.openPauseFrom, today);
            due = counter.add(due, extra);
            deadline.pausedDays += extra;
        }
    }
    deadline.dueDate = due;
    deadline.dueAt = QDateTime(due, QTime(23, 59, 59, 999), pending.startedAt.timeZone());
    deadline.daysLeft = counter.between(today, due);
    deadline.overdue = today > due;
    deadline.beyondCalendar = !calendar.coversRange(pending.startedAt.date(), due);
    return deadline;
}

QDateTime deadlineStart(const CaseTimeline &timeline, DeadlineKind kind)
{
    switch (kind) {
    case DeadlineKind::HotlineSign:
    case DeadlineKind::HotlineReply:
    case DeadlineKind::HotlineDispatch:
        if (timeline.orderDispatchedAt.isValid())
            return timeline.orderDispatchedAt;
        return timeline.receivedAt;
    case DeadlineKind::Accept:
    case DeadlineKind::FirstContact:
    case DeadlineKind::LiaisonReply: return timeline.receivedAt;
    case DeadlineKind::Mediation: return timeline.acceptedAt;
    case DeadlineKind::TerminationNotice: return timeline.terminatedAt;
    case DeadlineKind::Enterprise: return timeline.forwardedAt;
    }
    return {};
}

QList<Deadline> caseDeadlines(const CaseTimeline &timeline, const DeadlineRuleSet &rules,
                              const WorkingCalendar &calendar, const QDateTime &now)
{
    QList<Deadline> deadlines;
    const QString channel = codeOf(timeline.channel);
    for (DeadlineKind kind : allDeadlineKinds()) {
        const DeadlineRule *rule = rules.rule(kind, channel);
        const QDateTime start = deadlineStart(timeline, kind);
        // The hotline's own due time for the reply wins over the rule: it is what the hotline
        // checks. Kept as an hour deadline (an exact moment, whole hours from the dispatch).
        std::optional<DeadlineRule> ordered;
        if (kind == DeadlineKind::HotlineReply && timeline.orderDueAt.isValid() && start.isValid() &&
            timeline.orderDueAt > start) {
            const qint64 seconds = start.secsTo(timeline.orderDueAt);
            ordered = DeadlineRule{kind, channel, int((seconds + 3599) / 3600), DeadlineUnit::Hours};
            rule = &*ordered;
        }
        if (!rule || !start.isValid())
            continue;
        Deadline deadline;
        deadline.kind = kind;
        deadline.rule = *rule;
        deadline.startedAt = start;
        deadline.doneAt = timeline.doneAt.value(kind);
        if (deadline.doneAt.isNull() && kind == DeadlineKind::Accept)
            deadline.doneAt = timeline.acceptedAt;
        if (deadline.doneAt.isNull() && kind == DeadlineKind::Mediation)
            deadline.doneAt = timeline.terminatedAt;
        if (ordered) {
            deadline.dueAt = timeline.orderDueAt;
            deadline.dueDate = deadline.dueAt.date();
            setMinutesLeft(deadline, now);
        } else if (rule->unit == DeadlineUnit::Hours)
            computeHourDeadline(deadline, now);
        else
            computeDayDeadline(deadline, timeline, calendar, now);
        deadlines.append(deadline);
    }
    return deadlines;
}

} // namespace casedesk
