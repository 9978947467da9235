#pragma once

#include "domain/codes.h"
#include "domain/grounds.h"
#include "domain/roles.h"
#include "result.h"

#include <QList>
#include <QString>

#include <optional>

// The case lifecycle as data: which status may follow which, who may move it, and what
// must be said when it moves. Pure rules, no storage: CaseTransitionService applies them.

namespace casedesk {

// One allowed move. `roles` is a set of Role bits (roleBit()).
struct TransitionRule {
    CaseStatus from;
    CaseStatus to;
    unsigned roles;
    GroundKind ground; // the vocabulary a ground must come from; None: no ground is taken
    bool noteRequired; // reopening must say why
};

constexpr unsigned roleBit(Role role) { return 1u << unsigned(role); }

// Every rule, in the order of the README's table.
const QList<TransitionRule> &transitionRules();
std::optional<TransitionRule> transitionRule(CaseStatus from, CaseStatus to);

// Where a case in `from` may go next when moved by someone in `role`, in table order.
QList<CaseStatus> allowedTransitions(CaseStatus from, Role role);

// Whether the move is allowed with this ground and note; else a translated message and a
// field error on "to", "role", "ground" or "note". `ground` is a code of groundCodes().
Status checkTransition(CaseStatus from, CaseStatus to, Role role, const QString &ground, const QString &note);

// The vocabulary of the ground given on entering `to` (None if no rule into it takes one).
GroundKind groundKindFor(CaseStatus to);

// Refused, returned and closed: the case has left the council's hands (closed_at is set).
bool isFinalStatus(CaseStatus status);

// Longest note accepted on a status change.
constexpr int kMaxTransitionNoteLength = 2000;

} // namespace casedesk
