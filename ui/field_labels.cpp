#include "field_labels.h"

#include "domain/codes.h"
#include "followup/follow_up.h"
#include "domain/money.h"
#include "prepaid/prepaid_card.h"

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
        {QStringLiteral("prepaid_card"), Msg::tr("Prepaid card")},
        {QStringLiteral("group"), Msg::tr("Group case")},
        {QStringLiteral("representative"), Msg::tr("Representative case")},
        {QStringLiteral("outcome_fen"), Msg::tr("Amount under the group's outcome")},
        {QStringLiteral("recovered_fen"), Msg::tr("Money recovered")},
        {QStringLiteral("business"), Msg::tr("Business")},
    };
    return labels.value(key, key);
}

namespace {

// "fitness|VIP1|2025-04-05|2026-04-05|12|4,800.00|2,400.00|36|absconded|no" (auditText) for people.
QString cardLabel(const QString &value)
{
    const QStringList p = value.split(QLatin1Char('|'));
    if (p.size() != 10)
        return value;
    QStringList parts;
    if (const auto type = cardTypeFromCode(p.at(0)))
        parts << labelOf(*type);
    if (!p.at(1).isEmpty())
        parts << p.at(1);
    parts << Msg::tr("paid ¥%1").arg(p.at(5)) << Msg::tr("balance ¥%1").arg(p.at(6));
    if (!p.at(7).isEmpty())
        parts << Msg::tr("%1 sessions left").arg(p.at(7));
    if (const auto state = businessStateFromCode(p.at(8)))
        parts << labelOf(*state);
    if (const auto notice = noticeGivenFromCode(p.at(9)))
        parts << labelOf(*notice);
    return parts.join(QStringLiteral(", "));
}

// Fen as yuan; anything after the number (the outcome's share) is kept.
QString fenLabel(const QString &value)
{
    const QString number = value.section(QLatin1Char(' '), 0, 0);
    bool ok = false;
    const qint64 fen = number.toLongLong(&ok);
    return ok ? QStringLiteral("¥") + formatYuan(fen) + value.mid(number.size()) : value;
}

} // namespace

QString fieldValueLabel(const QString &key, const QString &value)
{
    if (key == QLatin1String("prepaid_card") && !value.isEmpty())
        return cardLabel(value);
    if ((key == QLatin1String("outcome_fen") || key == QLatin1String("recovered_fen")) && !value.isEmpty())
        return fenLabel(value);
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
        {QStringLiteral("removed"), Msg::tr("Removed")},
        {QStringLiteral("grouped"), Msg::tr("Added to a group case")},
        {QStringLiteral("ungrouped"), Msg::tr("Taken out of a group case")},
        {QStringLiteral("group_outcome"), Msg::tr("Group outcome recorded")},
        {QStringLiteral("fund_payout"), Msg::tr("Paid from a first-compensation fund")},
        {QStringLiteral("business_merged"), Msg::tr("Business records merged")},
    };
    return labels.value(action, action);
}

} // namespace casedesk
