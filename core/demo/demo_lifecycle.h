#pragma once

#include "demo/weighted_random.h"
#include "domain/case_event.h"

#include <QDateTime>
#include <QList>

namespace casedesk::demo {

// The lifecycle of one demo case, as the workflow rules would have recorded it.
struct Lifecycle {
    QList<CaseEvent> events; // in order; empty for a case still registered
    QDateTime acceptedAt;    // first acceptance, or invalid
    QDateTime closedAt;      // entered its final status, or invalid
};

struct LifecycleCast {
    QString caseworker; // takes the case's decisions
    QString supervisor; // reopens the odd closed case
};

// Steps that take a case received at `received` to `status` no later than `end`: accepted
// within 7 days of receipt mostly, mediation over weeks, decisions in office hours where
// there is room. Every path follows the transition table (workflow/case_workflow.cpp).
Lifecycle planLifecycle(Dice &dice, const QDateTime &received, CaseStatus status, const QDateTime &end,
                        const LifecycleCast &cast);

} // namespace casedesk::demo
