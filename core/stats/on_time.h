#pragma once

#include "calendar/working_calendar.h"
#include "deadlines/deadline_rules.h"
#include "domain/codes.h"

#include <QDateTime>
#include <QList>

#include <optional>

// The on-time check of the statistics (docs/statistics.md, "On-time rate"). It reads only
// the accepted_at / closed_at copies on the case and the working calendar, not the full
// timeline with clock pauses, so a year of closed cases is checked without a join per case.

namespace casedesk {

struct FinishedCase {
    QDateTime receivedAt;
    QDateTime acceptedAt;
    QDateTime closedAt;
    Channel channel = Channel::Phone;
};

// Whether the case was accepted within the Accept limit counted from receipt and closed
// within the Mediation limit counted from acceptance, under the rule set in force on its
// receipt date. nullopt when it cannot be judged: no acceptance time, no rule set in force,
// or a set with neither rule.
std::optional<bool> finishedOnTime(const FinishedCase &c, const QList<DeadlineRuleSet> &ruleSets,
                                   const WorkingCalendar &calendar);

// A received case as the first-response check reads it (docs/statistics.md, "First-response rate").
struct ReceivedCase {
    QDateTime receivedAt;
    Channel channel = Channel::Phone;
    QDateTime firstContactAt; // recorded, or null
    QDateTime acceptedAt;
    QDateTime closedAt;
    CaseStatus status = CaseStatus::Registered;
};

// The complainant's first response: the first contact recorded or the first decision (acceptance,
// or the refusal or return that ended the case), whichever came first; null while neither came.
QDateTime firstResponseAt(const ReceivedCase &c);

// Whether the first response came within the first_contact limit counted from receipt, under the
// rule set in force on the receipt date. nullopt when it cannot be judged: no response yet, no
// rule set in force, or a set without the rule.
std::optional<bool> firstResponseInTime(const ReceivedCase &c, const QList<DeadlineRuleSet> &ruleSets,
                                        const WorkingCalendar &calendar);

} // namespace casedesk
