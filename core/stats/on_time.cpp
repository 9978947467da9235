#include "stats/on_time.h"

namespace casedesk {
namespace {

// Met if done on or before the rule's last day (day rules), or by the exact moment (hours).
bool met(const QDateTime &start, const QDateTime &done, const DeadlineRule &rule, const WorkingCalendar &calendar)
{
    switch (rule.unit) {
    case DeadlineUnit::WorkingDays: return done.date() <= calendar.addWorkingDays(start.date(), rule.amount);
    case DeadlineUnit::CalendarDays: return done.date() <= start.date().addDays(rule.amount);
    case DeadlineUnit::Hours: return done <= start.addSecs(qint64(rule.amount) * 3600);
    }
    return false;
}

} // namespace

std::optional<bool> finishedOnTime(const FinishedCase &c, const QList<DeadlineRuleSet> &ruleSets,
                                   const WorkingCalendar &calendar)
{
    if (!c.receivedAt.isValid() || !c.acceptedAt.isValid() || !c.closedAt.isValid())
        return std::nullopt;
    const DeadlineRuleSet *set = ruleSetInForce(ruleSets, c.receivedAt.date());
    if (!set)
        return std::nullopt;
    const QString channel = codeOf(c.channel);
    const DeadlineRule *accept = set->rule(DeadlineKind::Accept, channel);
    const DeadlineRule *mediation = set->rule(DeadlineKind::Mediation, channel);
    if (!accept && !mediation)
        return std::nullopt;
    if (accept && !met(c.receivedAt, c.acceptedAt, *accept, calendar))
        return false;
    if (mediation && !met(c.acceptedAt, c.closedAt, *mediation, calendar))
        return false;
    return true;
}

QDateTime firstResponseAt(const ReceivedCase &c)
{
    QDateTime decided = c.acceptedAt;
    if (!decided.isValid() && (c.status == CaseStatus::Refused || c.status == CaseStatus::Returned))
        decided = c.closedAt;
    if (!c.firstContactAt.isValid())
        return decided;
    if (!decided.isValid())
        return c.firstContactAt;
    return std::min(c.firstContactAt, decided);
}

std::optional<bool> firstResponseInTime(const ReceivedCase &c, const QList<DeadlineRuleSet> &ruleSets,
                                        const WorkingCalendar &calendar)
{
    const QDateTime responded = firstResponseAt(c);
    if (!c.receivedAt.isValid() || !responded.isValid())
        return std::nullopt;
    const DeadlineRuleSet *set = ruleSetInForce(ruleSets, c.receivedAt.date());
    if (!set)
        return std::nullopt;
    const DeadlineRule *rule = set->rule(DeadlineKind::FirstContact, codeOf(c.channel));
    if (!rule)
        return std::nullopt;
    return met(c.receivedAt, responded, *rule, calendar);
}

} // namespace casedesk
