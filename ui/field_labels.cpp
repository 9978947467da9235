#include "field_labels.h"

#include "domain/codes.h"
#include "followup/follow_up.h"
#include "letters/letter.h"
#include "domain/money.h"
#include "prepaid/prepaid_card.h"
#include "workflow/first_contact_service.h"

#include <QCoreApplication>
#include <QHash>

namespace casedesk {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Fields)
};

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
    if (key == QLatin1String("letter")) {
        // "acceptance sms 2026-03-04" (LetterService): 受理通知书（短信，2026-03-04）
        const QStringList parts = value.split(QLatin1Char(' '));
        const auto kind = letterKindFromCode(parts.value(0));
        const auto method = sendMethodFromCode(parts.value(1));
        if (parts.size() == 3 && kind && method)
            return QCoreApplication::translate("Fields", "%1 (%2, %3)").arg(labelOf(*kind), labelOf(*method), parts.at(2));
    }
    if (key == QLatin1String("first_contact")) {
        // "phone 2026-03-04T09:30:00+08:00 note" (FirstContactService): By phone, 2026-03-04 09:30 (note)
        const QString code = value.section(QLatin1Char(' '), 0, 0);
        const QDateTime at = QDateTime::fromString(value.section(QLatin1Char(' '), 1, 1), Qt::ISODate);
        const QString note = value.section(QLatin1Char(' '), 2);
        if (const auto method = contactMethodFromCode(code); method && at.isValid()) {
            const QString when = labelOf(*method) + QStringLiteral(", ") + at.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
            return note.isEmpty() ? when : QCoreApplication::translate("Fields", "%1 (%2)").arg(when, note);
        }
    }
    if (key == QLatin1String("follow_up.result") && !value.isEmpty()) {
        if (const auto result = followUpResultFromCode(value))
            return labelOf(*result);
        return labelOf(FollowUpResult::None); // "not_reached"
    }
    return value;
}

} // namespace casedesk
