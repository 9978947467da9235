#include "mediation/mediation_codes.h"

#include "domain/code_table.h"

namespace casedesk {
namespace {

template <typename E> using CodeEntry = codetable::Entry<E>; // labels are translated in context "Mediation"

const CodeEntry<MediatorKind> kMediatorKinds[] = {
    {MediatorKind::Staff, "staff", QT_TRANSLATE_NOOP("Mediation", "Council staff")},
    {MediatorKind::PeoplesMediator, "peoples_mediator", QT_TRANSLATE_NOOP("Mediation", "People's mediator")},
    {MediatorKind::VolunteerLawyer, "volunteer_lawyer", QT_TRANSLATE_NOOP("Mediation", "Volunteer lawyer")},
    {MediatorKind::Expert, "expert", QT_TRANSLATE_NOOP("Mediation", "Expert advisor")},
};

const CodeEntry<SessionMode> kModes[] = {
    {SessionMode::OnSite, "on_site", QT_TRANSLATE_NOOP("Mediation", "On site")},
    {SessionMode::Phone, "phone", QT_TRANSLATE_NOOP("Mediation", "By phone")},
    {SessionMode::Video, "video", QT_TRANSLATE_NOOP("Mediation", "Video (online mediation)")},
    {SessionMode::Remote, "remote", QT_TRANSLATE_NOOP("Mediation", "Remote (consumer in another city)")},
};

const CodeEntry<SessionOutcome> kOutcomes[] = {
    {SessionOutcome::Planned, "planned", QT_TRANSLATE_NOOP("Mediation", "Planned")},
    {SessionOutcome::Continued, "continued", QT_TRANSLATE_NOOP("Mediation", "Held, to be continued")},
    {SessionOutcome::Agreement, "agreement", QT_TRANSLATE_NOOP("Mediation", "Agreement reached")},
    {SessionOutcome::NoAgreement, "no_agreement", QT_TRANSLATE_NOOP("Mediation", "No agreement")},
    {SessionOutcome::NoShow, "no_show", QT_TRANSLATE_NOOP("Mediation", "A party did not appear")},
    {SessionOutcome::Cancelled, "cancelled", QT_TRANSLATE_NOOP("Mediation", "Cancelled")},
};

const CodeEntry<Performance> kPerformances[] = {
    {Performance::Pending, "pending", QT_TRANSLATE_NOOP("Mediation", "Not yet due or not checked")},
    {Performance::Performed, "performed", QT_TRANSLATE_NOOP("Mediation", "Performed")},
    {Performance::Partly, "partly", QT_TRANSLATE_NOOP("Mediation", "Partly performed")},
    {Performance::NotPerformed, "not_performed", QT_TRANSLATE_NOOP("Mediation", "Not performed")},
};

const CodeEntry<CourtKind> kCourtKinds[] = {
    {CourtKind::Court, "court", QT_TRANSLATE_NOOP("Mediation", "Court")},
    {CourtKind::Circuit, "circuit", QT_TRANSLATE_NOOP("Mediation", "Circuit hearing point")},
};

const CodeEntry<ReferralOutcome> kReferralOutcomes[] = {
    {ReferralOutcome::Pending, "pending", QT_TRANSLATE_NOOP("Mediation", "Pending")},
    {ReferralOutcome::ForConsumer, "for_consumer", QT_TRANSLATE_NOOP("Mediation", "Decided for the consumer")},
    {ReferralOutcome::Partly, "partly", QT_TRANSLATE_NOOP("Mediation", "Partly for the consumer")},
    {ReferralOutcome::Against, "against", QT_TRANSLATE_NOOP("Mediation", "Decided against the consumer")},
    {ReferralOutcome::Settled, "settled", QT_TRANSLATE_NOOP("Mediation", "Settled out of court")},
    {ReferralOutcome::Withdrawn, "withdrawn", QT_TRANSLATE_NOOP("Mediation", "Withdrawn")},
    {ReferralOutcome::Dismissed, "dismissed", QT_TRANSLATE_NOOP("Mediation", "Dismissed")},
};

template <typename E, std::size_t N> QString label(const CodeEntry<E> (&table)[N], E value)
{
    return codetable::labelIn("Mediation", table, value);
}

} // namespace

QString codeOf(MediatorKind value)
{
    return codetable::codeIn(kMediatorKinds, value);
}
QString codeOf(SessionMode value)
{
    return codetable::codeIn(kModes, value);
}
QString codeOf(SessionOutcome value)
{
    return codetable::codeIn(kOutcomes, value);
}
QString codeOf(Performance value)
{
    return codetable::codeIn(kPerformances, value);
}
QString codeOf(CourtKind value)
{
    return codetable::codeIn(kCourtKinds, value);
}
QString codeOf(ReferralOutcome value)
{
    return codetable::codeIn(kReferralOutcomes, value);
}
QString labelOf(MediatorKind value)
{
    return label(kMediatorKinds, value);
}
QString labelOf(SessionMode value)
{
    return label(kModes, value);
}
QString labelOf(SessionOutcome value)
{
    return label(kOutcomes, value);
}
QString labelOf(Performance value)
{
    return label(kPerformances, value);
}
QString labelOf(CourtKind value)
{
    return label(kCourtKinds, value);
}
QString labelOf(ReferralOutcome value)
{
    return label(kReferralOutcomes, value);
}
std::optional<MediatorKind> mediatorKindFromCode(const QString &code)
{
    return codetable::fromCode(kMediatorKinds, code);
}
std::optional<SessionMode> sessionModeFromCode(const QString &code)
{
    return codetable::fromCode(kModes, code);
}
std::optional<SessionOutcome> sessionOutcomeFromCode(const QString &code)
{
    return codetable::fromCode(kOutcomes, code);
}
std::optional<Performance> performanceFromCode(const QString &code)
{
    return codetable::fromCode(kPerformances, code);
}
std::optional<CourtKind> courtKindFromCode(const QString &code)
{
    return codetable::fromCode(kCourtKinds, code);
}
std::optional<ReferralOutcome> referralOutcomeFromCode(const QString &code)
{
    return codetable::fromCode(kReferralOutcomes, code);
}
QList<MediatorKind> allMediatorKinds()
{
    return codetable::valuesOf(kMediatorKinds);
}
QList<SessionMode> allSessionModes()
{
    return codetable::valuesOf(kModes);
}
QList<SessionOutcome> allSessionOutcomes()
{
    return codetable::valuesOf(kOutcomes);
}
QList<Performance> allPerformances()
{
    return codetable::valuesOf(kPerformances);
}
QList<CourtKind> allCourtKinds()
{
    return codetable::valuesOf(kCourtKinds);
}
QList<ReferralOutcome> allReferralOutcomes()
{
    return codetable::valuesOf(kReferralOutcomes);
}

} // namespace casedesk
