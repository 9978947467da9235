#include "field_labels.h"

#include "domain/codes.h"
#include "followup/follow_up.h"

#include <QCoreApplication>
#include <QHash>

namespace casedesk {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Fields)
};

} // namespace

QString fieldLabel(const QString &key)
{
    // Built on each call so the labels follow a language change.
    const QHash<QString, QString> labels = {
        {QStringLiteral("consumer.name"), Msg::tr("Complainant's name")},
        {QStringLiteral("consumer.phone"), Msg::tr("Complainant's phone")},
        {QStringLiteral("consumer.idNumber"), Msg::tr("Complainant's ID number")},
        {QStringLiteral("consumer.address"), Msg::tr("Complainant's address")},
        {QStringLiteral("business.name"), Msg::tr("Business name")},
        {QStringLiteral("business.creditCode"), Msg::tr("Credit code")},
        {QStringLiteral("business.address"), Msg::tr("Business address")},
        {QStringLiteral("business.district"), Msg::tr("District")},
        {QStringLiteral("business.street"), Msg::tr("Street")},
        {QStringLiteral("channel"), Msg::tr("Channel")},
        {QStringLiteral("platformRef"), Msg::tr("Platform ticket")},
        {QStringLiteral("category"), Msg::tr("Category")},
        {QStringLiteral("nature"), Msg::tr("Nature")},
        {QStringLiteral("amount"), Msg::tr("Amount involved")},
        {QStringLiteral("demand"), Msg::tr("Demand")},
        {QStringLiteral("facts"), Msg::tr("Facts and reasons")},
        {QStringLiteral("incidentDate"), Msg::tr("Purchase / incident date")},
        {QStringLiteral("receivedAt"), Msg::tr("Received")},
        {QStringLiteral("status"), Msg::tr("Status")},
        {QStringLiteral("assignee"), Msg::tr("Caseworker")},
        {QStringLiteral("evidence"), Msg::tr("Evidence")},
        {QStringLiteral("clock"), Msg::tr("Deadline clock")},
        {QStringLiteral("phone"), Msg::tr("Complainant's phone")},
        {QStringLiteral("id_number"), Msg::tr("Complainant's ID number")},
        {QStringLiteral("consumer"), Msg::tr("Complainant's personal data")},
        {QStringLiteral("follow_up.result"), Msg::tr("Result")},
        {QStringLiteral("typical_case.title"), Msg::tr("Title")},
    };
    return labels.value(key, key);
}

QString fieldValueLabel(const QString &key, const QString &value)
{
    if (key == QLatin1String("status"))
        if (const auto status = statusFromCode(value))
            return labelOf(*status);
    if (key == QLatin1String("channel"))
        if (const auto channel = channelFromCode(value))
            return labelOf(*channel);
    if (key == QLatin1String("nature"))
        if (const auto nature = natureFromCode(value))
            return labelOf(*nature);
    if (key == QLatin1String("follow_up.result") && !value.isEmpty()) {
        if (const auto result = followUpResultFromCode(value))
            return labelOf(*result);
        return labelOf(FollowUpResult::None); // "not_reached"
    }
    return value;
}

QString auditActionLabel(const QString &action)
{
    const QHash<QString, QString> labels = {
        {QStringLiteral("created"), Msg::tr("Registered")},
        {QStringLiteral("updated"), Msg::tr("Changed")},
        {QStringLiteral("transition"), Msg::tr("Status changed")},
        {QStringLiteral("assigned"), Msg::tr("Assigned")},
        {QStringLiteral("evidence_added"), Msg::tr("Evidence attached")},
        {QStringLiteral("clock_paused"), Msg::tr("Clock stopped")},
        {QStringLiteral("clock_resumed"), Msg::tr("Clock restarted")},
        {QStringLiteral("revealed"), Msg::tr("Shown in full")},
        {QStringLiteral("anonymised"), Msg::tr("Anonymised (retention period over)")},
        {QStringLiteral("follow_up"), Msg::tr("Follow-up visit")},
        {QStringLiteral("typical_case"), Msg::tr("Typical case")},
    };
    return labels.value(action, action);
}

} // namespace casedesk
