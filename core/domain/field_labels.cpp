#include "domain/field_labels.h"

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
        {QStringLiteral("liaisonPointId"), Msg::tr("Liaison point")},
        {QStringLiteral("orderDispatchedAt"), Msg::tr("Dispatched by the hotline")},
        {QStringLiteral("orderDueAt"), Msg::tr("Reply due (hotline)")},
        {QStringLiteral("evidence"), Msg::tr("Evidence")},
        {QStringLiteral("clock"), Msg::tr("Deadline clock")},
        {QStringLiteral("phone"), Msg::tr("Complainant's phone")},
        {QStringLiteral("id_number"), Msg::tr("Complainant's ID number")},
        {QStringLiteral("consumer"), Msg::tr("Complainant's personal data")},
        {QStringLiteral("follow_up.result"), Msg::tr("Result")},
        {QStringLiteral("typical_case.title"), Msg::tr("Title")},
        {QStringLiteral("prepaid_card"), Msg::tr("Prepaid card")},
        {QStringLiteral("group"), Msg::tr("Group case")},
        {QStringLiteral("representative"), Msg::tr("Representative case")},
        {QStringLiteral("outcome_fen"), Msg::tr("Amount under the group's outcome")},
        {QStringLiteral("recovered_fen"), Msg::tr("Money recovered")},
        {QStringLiteral("business"), Msg::tr("Business")},
        {QStringLiteral("letter"), Msg::tr("Letter")},
        {QStringLiteral("first_contact"), Msg::tr("First contact")},
        {QStringLiteral("import"), Msg::tr("Work-order file and line")},
        {QStringLiteral("notifiedOn"), Msg::tr("Day the parties were told")},
    };
    return labels.value(key, key);
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
        {QStringLiteral("removed"), Msg::tr("Removed")},
        {QStringLiteral("grouped"), Msg::tr("Added to a group case")},
        {QStringLiteral("ungrouped"), Msg::tr("Taken out of a group case")},
        {QStringLiteral("group_outcome"), Msg::tr("Group outcome recorded")},
        {QStringLiteral("fund_payout"), Msg::tr("Paid from a first-compensation fund")},
        {QStringLiteral("business_merged"), Msg::tr("Business records merged")},
        {QStringLiteral("letter_sent"), Msg::tr("Letter sent")},
        {QStringLiteral("first_contact"), Msg::tr("Complainant contacted")},
        {QStringLiteral("imported"), Msg::tr("Imported from a work-order file")},
        {QStringLiteral("termination_notice"), Msg::tr("Parties told of the termination")},
    };
    return labels.value(action, action);
}

} // namespace casedesk
