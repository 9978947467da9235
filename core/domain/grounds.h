#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The grounds a caseworker must give for the decisions that end or cut short a case.
// Closed vocabularies like those of codes.h: stable codes (stored in case_events.ground,
// typed on the CLI) and translated labels.

namespace casedesk {

// 不予受理: why a complaint is refused (SAMR rules; Order No. 121 adds identity checks).
enum class RefusalGround {
    OutsideDuties,     // outside the regulator's duties or jurisdiction
    HandledElsewhere,  // already handled by a court, arbitration, another regulator or mediator
    NotConsumerDispute, // not for personal consumption, or no provable dispute
    TimeBarred,        // more than 3 years since the consumer knew of the harm
    ElementsMissing,   // required elements missing
    IdentityRefused,   // refuses identity verification / impersonation (Order No. 121)
    Other,             // other grounds in law: a note must say which
};

// 退回: why a 12315 / 12345 desk sends a complaint back.
enum class ReturnReason {
    MissingElements,
    UnclearStatement,
    WrongType,
    UnknownAddress,
    Duplicate,
    WithdrawnByCitizen,
    NotOurDuty,
};

// 终止调解: why mediation ends without an agreement.
enum class TerminationGround {
    ComplainantWithdrew,
    RespondentRefused, // refuses mediation or does not appear
    NoAgreement,       // the parties cannot agree
    TimeLimitPassed,
    Other,             // a note must say which
};

QString codeOf(RefusalGround value);
QString codeOf(ReturnReason value);
QString codeOf(TerminationGround value);
QString labelOf(RefusalGround value);
QString labelOf(ReturnReason value);
QString labelOf(TerminationGround value);
std::optional<RefusalGround> refusalGroundFromCode(const QString &code);
std::optional<ReturnReason> returnReasonFromCode(const QString &code);
std::optional<TerminationGround> terminationGroundFromCode(const QString &code);
QList<RefusalGround> allRefusalGrounds();
QList<ReturnReason> allReturnReasons();
QList<TerminationGround> allTerminationGrounds();

// Which vocabulary a status change takes its ground from (see workflow/case_workflow.h).
enum class GroundKind {
    None,
    Refusal,
    Return,
    Termination,
};

// The codes of one vocabulary, in order (empty for None).
QStringList groundCodes(GroundKind kind);
bool isKnownGround(GroundKind kind, const QString &code);
// The label of a stored code; the code itself if it is not (or no longer) known.
QString groundLabel(GroundKind kind, const QString &code);
// What the vocabulary is called, for messages: "refusal ground", "return reason", ...
QString groundKindName(GroundKind kind);
// "Other" grounds say nothing by themselves: the decision must be explained in a note.
bool groundNeedsNote(GroundKind kind, const QString &code);

} // namespace casedesk
