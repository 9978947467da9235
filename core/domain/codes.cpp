#include "domain/codes.h"

#include "domain/code_table.h"

namespace casedesk {
namespace {

using codetable::codeIn;
using codetable::fromCode;
using codetable::valuesOf;
template <typename E>
using CodeEntry = codetable::Entry<E>; // labels are translated in context "Codes"

const CodeEntry<Channel> kChannels[] = {
    {Channel::Platform12315, "12315", QT_TRANSLATE_NOOP("Codes", "12315 platform")},
    {Channel::Hotline12345, "12345", QT_TRANSLATE_NOOP("Codes", "12345 hotline transfer")},
    {Channel::Phone, "phone", QT_TRANSLATE_NOOP("Codes", "Phone")},
    {Channel::WalkIn, "walk_in", QT_TRANSLATE_NOOP("Codes", "Walk-in")},
    {Channel::Letter, "letter", QT_TRANSLATE_NOOP("Codes", "Letter")},
    {Channel::Online, "online", QT_TRANSLATE_NOOP("Codes", "WeChat / online")},
    {Channel::LiaisonPoint, "liaison_point", QT_TRANSLATE_NOOP("Codes", "Liaison point transfer")},
    {Channel::NetworkedEnterprise, "networked_enterprise",
     QT_TRANSLATE_NOOP("Codes", "Networked enterprise report")},
    {Channel::Media, "media", QT_TRANSLATE_NOOP("Codes", "Media")},
};

const CodeEntry<Nature> kNatures[] = {
    {Nature::AfterSales, "after_sales", QT_TRANSLATE_NOOP("Codes", "After-sales service")},
    {Nature::Contract, "contract", QT_TRANSLATE_NOOP("Codes", "Contract")},
    {Nature::Quality, "quality", QT_TRANSLATE_NOOP("Codes", "Quality")},
    {Nature::FalseAdvertising, "false_advertising", QT_TRANSLATE_NOOP("Codes", "False advertising")},
    {Nature::Safety, "safety", QT_TRANSLATE_NOOP("Codes", "Safety")},
    {Nature::Price, "price", QT_TRANSLATE_NOOP("Codes", "Price")},
    {Nature::Counterfeit, "counterfeit", QT_TRANSLATE_NOOP("Codes", "Counterfeit")},
    {Nature::PersonalRights, "personal_rights", QT_TRANSLATE_NOOP("Codes", "Personal rights")},
    {Nature::Measurement, "measurement", QT_TRANSLATE_NOOP("Codes", "Measurement")},
    {Nature::Other, "other", QT_TRANSLATE_NOOP("Codes", "Other")},
};

const CodeEntry<CaseStatus> kStatuses[] = {
    {CaseStatus::Registered, "registered", QT_TRANSLATE_NOOP("Codes", "Registered")},
    {CaseStatus::Accepted, "accepted", QT_TRANSLATE_NOOP("Codes", "Accepted")},
    {CaseStatus::Refused, "refused", QT_TRANSLATE_NOOP("Codes", "Refused")},
    {CaseStatus::Returned, "returned", QT_TRANSLATE_NOOP("Codes", "Returned")},
    {CaseStatus::ForwardedToEnterprise, "forwarded",
     QT_TRANSLATE_NOOP("Codes", "Forwarded to enterprise")},
    {CaseStatus::InMediation, "in_mediation", QT_TRANSLATE_NOOP("Codes", "In mediation")},
    {CaseStatus::AgreementReached, "agreement_reached", QT_TRANSLATE_NOOP("Codes", "Agreement reached")},
    {CaseStatus::MediationTerminated, "mediation_terminated",
     QT_TRANSLATE_NOOP("Codes", "Mediation terminated")},
    {CaseStatus::Closed, "closed", QT_TRANSLATE_NOOP("Codes", "Closed")},
};

template <typename E, std::size_t N>
QString labelIn(const CodeEntry<E> (&table)[N], E value)
{
    return codetable::labelIn("Codes", table, value);
}

} // namespace

QString codeOf(Channel value) { return codeIn(kChannels, value); }
QString codeOf(Nature value) { return codeIn(kNatures, value); }
QString codeOf(CaseStatus value) { return codeIn(kStatuses, value); }

QString labelOf(Channel value) { return labelIn(kChannels, value); }
QString labelOf(Nature value) { return labelIn(kNatures, value); }
QString labelOf(CaseStatus value) { return labelIn(kStatuses, value); }

std::optional<Channel> channelFromCode(const QString &code) { return fromCode(kChannels, code); }
std::optional<Nature> natureFromCode(const QString &code) { return fromCode(kNatures, code); }
std::optional<CaseStatus> statusFromCode(const QString &code) { return fromCode(kStatuses, code); }

QList<Channel> allChannels() { return valuesOf(kChannels); }
QList<Nature> allNatures() { return valuesOf(kNatures); }
QList<CaseStatus> allStatuses() { return valuesOf(kStatuses); }

} // namespace casedesk
