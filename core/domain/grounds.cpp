#include "domain/grounds.h"

#include "domain/code_table.h"

namespace casedesk {
namespace {

using codetable::Entry;

const Entry<RefusalGround> kRefusalGrounds[] = {
    {RefusalGround::OutsideDuties, "outside_duties",
     QT_TRANSLATE_NOOP("Codes", "Outside our duties or jurisdiction")},
    {RefusalGround::HandledElsewhere, "handled_elsewhere",
     QT_TRANSLATE_NOOP("Codes", "Already handled by a court, arbitration body or another body")},
    {RefusalGround::NotConsumerDispute, "not_consumer_dispute",
     QT_TRANSLATE_NOOP("Codes", "Not personal consumption, or no provable dispute")},
    {RefusalGround::TimeBarred, "time_barred",
     QT_TRANSLATE_NOOP("Codes", "More than 3 years since the consumer knew of the harm")},
    {RefusalGround::ElementsMissing, "elements_missing", QT_TRANSLATE_NOOP("Codes", "Required elements missing")},
    {RefusalGround::IdentityRefused, "identity_refused",
     QT_TRANSLATE_NOOP("Codes", "Refuses identity verification (Order No. 121)")},
    {RefusalGround::Other, "other", QT_TRANSLATE_NOOP("Codes", "Other grounds in law")},
};

const Entry<ReturnReason> kReturnReasons[] = {
    {ReturnReason::MissingElements, "missing_elements", QT_TRANSLATE_NOOP("Codes", "Missing elements")},
    {ReturnReason::UnclearStatement, "unclear_statement", QT_TRANSLATE_NOOP("Codes", "Unclear statement")},
    {ReturnReason::WrongType, "wrong_type", QT_TRANSLATE_NOOP("Codes", "Wrong type")},
    {ReturnReason::UnknownAddress, "unknown_address", QT_TRANSLATE_NOOP("Codes", "Unknown address")},
    {ReturnReason::Duplicate, "duplicate", QT_TRANSLATE_NOOP("Codes", "Duplicate")},
    {ReturnReason::WithdrawnByCitizen, "withdrawn", QT_TRANSLATE_NOOP("Codes", "Withdrawn by the citizen")},
    {ReturnReason::NotOurDuty, "not_our_duty", QT_TRANSLATE_NOOP("Codes", "Not our duty")},
};

const Entry<TerminationGround> kTerminationGrounds[] = {
    {TerminationGround::ComplainantWithdrew, "complainant_withdrew",
     QT_TRANSLATE_NOOP("Codes", "The complainant withdrew")},
    {TerminationGround::RespondentRefused, "respondent_refused",
     QT_TRANSLATE_NOOP("Codes", "The business refused mediation or did not appear")},
    {TerminationGround::NoAgreement, "no_agreement", QT_TRANSLATE_NOOP("Codes", "The parties cannot agree")},
    {TerminationGround::TimeLimitPassed, "time_limit", QT_TRANSLATE_NOOP("Codes", "The time limit passed")},
    {TerminationGround::Other, "other", QT_TRANSLATE_NOOP("Codes", "Other")},
};

template <typename E, std::size_t N>
QStringList codesIn(const Entry<E> (&table)[N])
{
    QStringList codes;
    for (const auto &entry : table)
        codes.append(QLatin1String(entry.code));
    return codes;
}

template <typename E, std::size_t N>
QString labelOfCode(const Entry<E> (&table)[N], const QString &code)
{
    const auto value = codetable::fromCode(table, code);
    return value ? codetable::labelIn("Codes", table, *value) : code;
}

} // namespace

QString codeOf(RefusalGround value) { return codetable::codeIn(kRefusalGrounds, value); }
QString codeOf(ReturnReason value) { return codetable::codeIn(kReturnReasons, value); }
QString codeOf(TerminationGround value) { return codetable::codeIn(kTerminationGrounds, value); }
QString labelOf(RefusalGround value) { return codetable::labelIn("Codes", kRefusalGrounds, value); }
QString labelOf(ReturnReason value) { return codetable::labelIn("Codes", kReturnReasons, value); }
QString labelOf(TerminationGround value) { return codetable::labelIn("Codes", kTerminationGrounds, value); }

std::optional<RefusalGround> refusalGroundFromCode(const QString &code)
{
    return codetable::fromCode(kRefusalGrounds, code);
}
std::optional<ReturnReason> returnReasonFromCode(const QString &code)
{
    return codetable::fromCode(kReturnReasons, code);
}
std::optional<TerminationGround> terminationGroundFromCode(const QString &code)
{
    return codetable::fromCode(kTerminationGrounds, code);
}

QList<RefusalGround> allRefusalGrounds() { return codetable::valuesOf(kRefusalGrounds); }
QList<ReturnReason> allReturnReasons() { return codetable::valuesOf(kReturnReasons); }
QList<TerminationGround> allTerminationGrounds() { return codetable::valuesOf(kTerminationGrounds); }

QStringList groundCodes(GroundKind kind)
{
    switch (kind) {
    case GroundKind::Refusal: return codesIn(kRefusalGrounds);
    case GroundKind::Return: return codesIn(kReturnReasons);
    case GroundKind::Termination: return codesIn(kTerminationGrounds);
    case GroundKind::None: break;
    }
    return {};
}

bool isKnownGround(GroundKind kind, const QString &code) { return groundCodes(kind).contains(code); }

QString groundLabel(GroundKind kind, const QString &code)
{
    switch (kind) {
    case GroundKind::Refusal: return labelOfCode(kRefusalGrounds, code);
    case GroundKind::Return: return labelOfCode(kReturnReasons, code);
    case GroundKind::Termination: return labelOfCode(kTerminationGrounds, code);
    case GroundKind::None: break;
    }
    return code;
}

QString groundKindName(GroundKind kind)
{
    switch (kind) {
    case GroundKind::Refusal: return QCoreApplication::translate("Codes", "refusal ground");
    case GroundKind::Return: return QCoreApplication::translate("Codes", "return reason");
    case GroundKind::Termination: return QCoreApplication::translate("Codes", "termination ground");
    case GroundKind::None: break;
    }
    return QCoreApplication::translate("Codes", "ground");
}

bool groundNeedsNote(GroundKind kind, const QString &code)
{
    return (kind == GroundKind::Refusal && code == codeOf(RefusalGround::Other)) ||
           (kind == GroundKind::Termination && code == codeOf(TerminationGround::Other));
}

} // namespace casedesk
