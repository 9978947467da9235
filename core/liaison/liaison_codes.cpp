#include "liaison/liaison_lead.h"
#include "liaison/liaison_point.h"

#include "domain/code_table.h"

namespace casedesk {
namespace {

template <typename E>
using CodeEntry = codetable::Entry<E>; // labels are translated in context "Liaison"

const CodeEntry<LiaisonPointType> kTypes[] = {
    {LiaisonPointType::Community, "community", QT_TRANSLATE_NOOP("Liaison", "Community / residents' committee")},
    {LiaisonPointType::Village, "village", QT_TRANSLATE_NOOP("Liaison", "Village committee")},
    {LiaisonPointType::Market, "market", QT_TRANSLATE_NOOP("Liaison", "Market")},
    {LiaisonPointType::Supermarket, "supermarket", QT_TRANSLATE_NOOP("Liaison", "Supermarket")},
    {LiaisonPointType::Mall, "mall", QT_TRANSLATE_NOOP("Liaison", "Shopping mall")},
    {LiaisonPointType::Enterprise, "enterprise", QT_TRANSLATE_NOOP("Liaison", "Enterprise")},
    {LiaisonPointType::ScenicSpot, "scenic_spot", QT_TRANSLATE_NOOP("Liaison", "Scenic spot")},
    {LiaisonPointType::ECommerce, "ecommerce", QT_TRANSLATE_NOOP("Liaison", "E-commerce platform")},
    {LiaisonPointType::School, "school", QT_TRANSLATE_NOOP("Liaison", "School")},
    {LiaisonPointType::OfficeBuilding, "office_building", QT_TRANSLATE_NOOP("Liaison", "Office building")},
    {LiaisonPointType::IndustrialPark, "industrial_park", QT_TRANSLATE_NOOP("Liaison", "Industrial park")},
    {LiaisonPointType::Other, "other", QT_TRANSLATE_NOOP("Liaison", "Other")},
};

// The Chinese names a council's own list uses, whatever the desk's language: an import reads them.
const std::pair<LiaisonPointType, const char *> kChineseTypeNames[] = {
    {LiaisonPointType::Community, "社区"},       {LiaisonPointType::Community, "居委"},
    {LiaisonPointType::Community, "社区/居委"},  {LiaisonPointType::Community, "居委会"},
    {LiaisonPointType::Village, "村委"},         {LiaisonPointType::Village, "村委会"},
    {LiaisonPointType::Market, "市场"},          {LiaisonPointType::Supermarket, "超市"},
    {LiaisonPointType::Mall, "商场"},            {LiaisonPointType::Enterprise, "企业"},
    {LiaisonPointType::ScenicSpot, "景区"},      {LiaisonPointType::ECommerce, "电商平台"},
    {LiaisonPointType::School, "学校"},          {LiaisonPointType::OfficeBuilding, "商务楼宇"},
    {LiaisonPointType::IndustrialPark, "产业园区"}, {LiaisonPointType::Other, "其他"},
};

const CodeEntry<LiaisonPointStatus> kStatuses[] = {
    {LiaisonPointStatus::Active, "active", QT_TRANSLATE_NOOP("Liaison", "Active")},
    {LiaisonPointStatus::Suspended, "suspended", QT_TRANSLATE_NOOP("Liaison", "Suspended")},
    {LiaisonPointStatus::Closed, "closed", QT_TRANSLATE_NOOP("Liaison", "Closed")},
};

const std::pair<LiaisonPointStatus, const char *> kChineseStatusNames[] = {
    {LiaisonPointStatus::Active, "正常"},  {LiaisonPointStatus::Active, "运行"},
    {LiaisonPointStatus::Suspended, "暂停"}, {LiaisonPointStatus::Closed, "撤销"},
    {LiaisonPointStatus::Closed, "关闭"},
};

const CodeEntry<LeadOutcome> kOutcomes[] = {
    {LeadOutcome::Pending, "pending", QT_TRANSLATE_NOOP("Liaison", "Pending")},
    {LeadOutcome::Forwarded, "forwarded", QT_TRANSLATE_NOOP("Liaison", "Forwarded to the regulator")},
    {LeadOutcome::Penalised, "penalised", QT_TRANSLATE_NOOP("Liaison", "Confirmed and penalised")},
    {LeadOutcome::NotConfirmed, "not_confirmed", QT_TRANSLATE_NOOP("Liaison", "Not confirmed")},
    {LeadOutcome::Other, "other", QT_TRANSLATE_NOOP("Liaison", "Other outcome")},
};

// By code, by translated label, or by one of the Chinese names.
template <typename E, std::size_t N, std::size_t M>
std::optional<E> fromText(const CodeEntry<E> (&table)[N], const std::pair<E, const char *> (&chinese)[M],
                          const QString &text)
{
    const QString t = text.trimmed();
    if (const auto byCode = codetable::fromCode(table, t.toLower()))
        return byCode;
    for (const auto &entry : table) {
        if (t.compare(QCoreApplication::translate("Liaison", entry.label), Qt::CaseInsensitive) == 0 ||
            t.compare(QLatin1String(entry.label), Qt::CaseInsensitive) == 0)
            return entry.value;
    }
    for (const auto &[value, name] : chinese) {
        if (t == QString::fromUtf8(name))
            return value;
    }
    return std::nullopt;
}

} // namespace

QString codeOf(LiaisonPointType type) { return codetable::codeIn(kTypes, type); }
QString labelOf(LiaisonPointType type) { return codetable::labelIn("Liaison", kTypes, type); }
std::optional<LiaisonPointType> liaisonPointTypeFromCode(const QString &code) { return codetable::fromCode(kTypes, code); }
std::optional<LiaisonPointType> liaisonPointTypeFromText(const QString &text)
{
    return fromText(kTypes, kChineseTypeNames, text);
}
QList<LiaisonPointType> allLiaisonPointTypes() { return codetable::valuesOf(kTypes); }

QString codeOf(LiaisonPointStatus status) { return codetable::codeIn(kStatuses, status); }
QString labelOf(LiaisonPointStatus status) { return codetable::labelIn("Liaison", kStatuses, status); }
std::optional<LiaisonPointStatus> liaisonPointStatusFromCode(const QString &code)
{
    return codetable::fromCode(kStatuses, code);
}
std::optional<LiaisonPointStatus> liaisonPointStatusFromText(const QString &text)
{
    return fromText(kStatuses, kChineseStatusNames, text);
}
QList<LiaisonPointStatus> allLiaisonPointStatuses() { return codetable::valuesOf(kStatuses); }

QString codeOf(LeadOutcome outcome) { return codetable::codeIn(kOutcomes, outcome); }
QString labelOf(LeadOutcome outcome) { return codetable::labelIn("Liaison", kOutcomes, outcome); }
std::optional<LeadOutcome> leadOutcomeFromCode(const QString &code) { return codetable::fromCode(kOutcomes, code); }
QList<LeadOutcome> allLeadOutcomes() { return codetable::valuesOf(kOutcomes); }

} // namespace casedesk
