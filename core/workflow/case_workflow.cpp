#include "workflow/case_workflow.h"

#include "text/text_checks.h"

#include <QCoreApplication>

namespace casedesk {
namespace {

// The translation context of this file's messages.
struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Workflow)
};

using S = CaseStatus;
constexpr unsigned kCaseWork = roleBit(Role::Caseworker) | roleBit(Role::Supervisor);
constexpr unsigned kSupervisor = roleBit(Role::Supervisor);

// The lifecycle (DOMAIN.md, "Lifecycle and deadlines"); the README shows the same table.
// - Administrators do no case work: they appear in no rule.
// - A networked enterprise either settles (closed) or fails, and the complaint comes back
//   to the council for its own mediation (in_mediation), not to "accepted": acceptance was
//   already decided and its date must not move.
// - Refused and returned are final: the notice to the complainant ends the matter, so a
//   caseworker expects no separate "close" step. closed_at is set on entering any final status.
// - Only a supervisor reopens, always with a note. A closed case goes back to "accepted" so
//   the caseworker chooses again between mediation and an enterprise (a broken agreement,
//   a follow-up visit that finds the problem unsolved). A refused or returned case goes back
//   to "registered": the decision to accept is taken again.
// - The follow-up visit (回访) after closing is its own record, not a status.
const QList<TransitionRule> kRules = {
    {S::Registered, S::Accepted, kCaseWork, GroundKind::None, false},
    {S::Registered, S::Refused, kCaseWork, GroundKind::Refusal, false},
    {S::Registered, S::Returned, kCaseWork, GroundKind::Return, false},
    {S::Accepted, S::ForwardedToEnterprise, kCaseWork, GroundKind::None, false},
    {S::Accepted, S::InMediation, kCaseWork, GroundKind::None, false},
    {S::ForwardedToEnterprise, S::Closed, kCaseWork, GroundKind::None, false},
    {S::ForwardedToEnterprise, S::InMediation, kCaseWork, GroundKind::None, false},
    {S::InMediation, S::AgreementReached, kCaseWork, GroundKind::None, false},
    {S::InMediation, S::MediationTerminated, kCaseWork, GroundKind::Termination, false},
    {S::AgreementReached, S::Closed, kCaseWork, GroundKind::None, false},
    {S::MediationTerminated, S::Closed, kCaseWork, GroundKind::None, false},
    {S::Closed, S::Accepted, kSupervisor, GroundKind::None, true},
    {S::Refused, S::Registered, kSupervisor, GroundKind::None, true},
    {S::Returned, S::Registered, kSupervisor, GroundKind::None, true},
};

QString quoted(CaseStatus status) { return QLatin1Char('"') + labelOf(status) + QLatin1Char('"'); }

QString statusList(const QList<CaseStatus> &statuses)
{
    QStringList parts;
    for (CaseStatus status : statuses)
        parts << QStringLiteral("%1 (%2)").arg(labelOf(status), codeOf(status));
    return parts.join(QStringLiteral(", "));
}

Error refused(ErrorCode code, const QString &field, const QString &message)
{
    return Error{code, message, {{field, message}}};
}

Status checkGround(const TransitionRule &rule, const QString &ground)
{
    const QString field = QStringLiteral("ground");
    if (rule.ground == GroundKind::None) {
        if (ground.isEmpty())
            return {};
        return refused(ErrorCode::InvalidInput, field,
                       Msg::tr("A move to %1 takes no ground; leave it out.").arg(quoted(rule.to)));
    }
    const QString codes = groundCodes(rule.ground).join(QStringLiteral(", "));
    if (ground.isEmpty()) {
        return refused(ErrorCode::InvalidInput, field,
                       Msg::tr("A move to %1 needs a %2: one of %3.").arg(quoted(rule.to), groundKindName(rule.ground), codes));
    }
    if (!isKnownGround(rule.ground, ground)) {
        return refused(ErrorCode::InvalidInput, field,
                       Msg::tr("\"%1\" is not a %2; use one of: %3.").arg(ground, groundKindName(rule.ground), codes));
    }
    return {};
}

Status checkNote(const TransitionRule &rule, const QString &ground, const QString &note)
{
    const QString field = QStringLiteral("note");
    if (note.trimmed().isEmpty()) {
        if (rule.noteRequired)
            return refused(ErrorCode::InvalidInput, field,
                           Msg::tr("Say in a note why the case is reopened."));
        if (groundNeedsNote(rule.ground, ground))
            return refused(ErrorCode::InvalidInput, field,
                           Msg::tr("The ground \"%1\" must be explained in a note.").arg(groundLabel(rule.ground, ground)));
        return {};
    }
    if (note.size() > kMaxTransitionNoteLength)
        return refused(ErrorCode::InvalidInput, field,
                       Msg::tr("The note is too long (%1 characters); at most %2 are allowed.")
                           .arg(note.size())
                           .arg(kMaxTransitionNoteLength));
    if (const QString problem = textProblem(note); !problem.isEmpty())
        return refused(ErrorCode::InvalidInput, field, problem);
    return {};
}

} // namespace

const QList<TransitionRule> &transitionRules() { return kRules; }

std::optional<TransitionRule> transitionRule(CaseStatus from, CaseStatus to)
{
    for (const TransitionRule &rule : kRules) {
        if (rule.from == from && rule.to == to)
            return rule;
    }
    return std::nullopt;
}

QList<CaseStatus> allowedTransitions(CaseStatus from, Role role)
{
    QList<CaseStatus> next;
    for (const TransitionRule &rule : kRules) {
        if (rule.from == from && (rule.roles & roleBit(role)) != 0)
            next.append(rule.to);
    }
    return next;
}

Status checkTransition(CaseStatus from, CaseStatus to, Role role, const QString &ground, const QString &note)
{
    const QString toField = QStringLiteral("to");
    if (from == to)
        return refused(ErrorCode::InvalidInput, toField, Msg::tr("The case is already %1.").arg(quoted(to)));
    const auto rule = transitionRule(from, to);
    if (!rule) {
        const QList<CaseStatus> next = allowedTransitions(from, role);
        QString message = Msg::tr("A case that is %1 cannot become %2.").arg(quoted(from), quoted(to));
        if (next.isEmpty())
            message += QLatin1Char(' ') + Msg::tr("As %1 you cannot move it any further.").arg(labelOf(role));
        else
            message += QLatin1Char(' ') + Msg::tr("It can become: %1.").arg(statusList(next));
        return refused(ErrorCode::InvalidInput, toField, message);
    }
    if ((rule->roles & roleBit(role)) == 0) {
        const QString message =
            rule->roles == kSupervisor
                ? Msg::tr("Only a supervisor can move a case from %1 to %2.").arg(quoted(from), quoted(to))
                : Msg::tr("As %1 you cannot move a case from %2 to %3.").arg(labelOf(role), quoted(from), quoted(to));
        return refused(ErrorCode::Forbidden, QStringLiteral("role"), message);
    }
    if (auto grounded = checkGround(*rule, ground); !grounded)
        return grounded;
    return checkNote(*rule, ground, note);
}

GroundKind groundKindFor(CaseStatus to)
{
    for (const TransitionRule &rule : kRules) {
        if (rule.to == to && rule.ground != GroundKind::None)
            return rule.ground;
    }
    return GroundKind::None;
}

bool isFinalStatus(CaseStatus status)
{
    return status == S::Closed || status == S::Refused || status == S::Returned;
}

} // namespace casedesk
