#include "letters/letter.h"

#include <QCoreApplication>

namespace casedesk {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Letters)
};

} // namespace

QList<LetterKind> allLetterKinds()
{
    return {LetterKind::Acceptance,    LetterKind::Refusal,       LetterKind::Return,
            LetterKind::Termination,   LetterKind::Forwarding,    LetterKind::SessionRecord,
            LetterKind::FollowUpRecord, LetterKind::PayoutReceipt, LetterKind::Agreement,
            LetterKind::Referral};
}

Addressee addresseeOf(LetterKind kind)
{
    switch (kind) {
    case LetterKind::Forwarding: return Addressee::Business;
    case LetterKind::Referral: return Addressee::Court;
    case LetterKind::SessionRecord:
    case LetterKind::FollowUpRecord:
    case LetterKind::Agreement: return Addressee::Nobody;
    default: return Addressee::Complainant;
    }
}

bool isSentLetter(LetterKind kind) { return addresseeOf(kind) != Addressee::Nobody; }

bool hasOwnLayout(LetterKind kind) { return kind == LetterKind::Agreement || kind == LetterKind::Referral; }

QList<SendMethod> allSendMethods() { return {SendMethod::Post, SendMethod::Sms, SendMethod::InPerson, SendMethod::Email}; }

QString codeOf(LetterKind kind)
{
    switch (kind) {
    case LetterKind::Acceptance: return QStringLiteral("acceptance");
    case LetterKind::Refusal: return QStringLiteral("refusal");
    case LetterKind::Return: return QStringLiteral("return");
    case LetterKind::Termination: return QStringLiteral("termination");
    case LetterKind::Forwarding: return QStringLiteral("forwarding");
    case LetterKind::SessionRecord: return QStringLiteral("session_record");
    case LetterKind::FollowUpRecord: return QStringLiteral("follow_up_record");
    case LetterKind::PayoutReceipt: return QStringLiteral("payout_receipt");
    case LetterKind::Agreement: return QStringLiteral("agreement");
    case LetterKind::Referral: return QStringLiteral("referral");
    }
    return {};
}

QString codeOf(SendMethod method)
{
    switch (method) {
    case SendMethod::Post: return QStringLiteral("post");
    case SendMethod::Sms: return QStringLiteral("sms");
    case SendMethod::InPerson: return QStringLiteral("in_person");
    case SendMethod::Email: return QStringLiteral("email");
    }
    return {};
}

QString labelOf(LetterKind kind)
{
    switch (kind) {
    case LetterKind::Acceptance: return Msg::tr("Notice of acceptance");
    case LetterKind::Refusal: return Msg::tr("Notice of refusal");
    case LetterKind::Return: return Msg::tr("Notice of return");
    case LetterKind::Termination: return Msg::tr("Notice of terminated mediation");
    case LetterKind::Forwarding: return Msg::tr("Forwarding letter to the enterprise");
    case LetterKind::SessionRecord: return Msg::tr("Record of a mediation session");
    case LetterKind::FollowUpRecord: return Msg::tr("Record of the follow-up visit");
    case LetterKind::PayoutReceipt: return Msg::tr("Receipt for a first-compensation payout");
    case LetterKind::Agreement: return Msg::tr("Mediation agreement");
    case LetterKind::Referral: return Msg::tr("Referral letter to the court");
    }
    return {};
}

QString labelOf(SendMethod method)
{
    switch (method) {
    case SendMethod::Post: return Msg::tr("By post");
    case SendMethod::Sms: return Msg::tr("By SMS");
    case SendMethod::InPerson: return Msg::tr("In person");
    case SendMethod::Email: return Msg::tr("By e-mail");
    }
    return {};
}

std::optional<LetterKind> letterKindFromCode(const QString &code)
{
    for (LetterKind kind : allLetterKinds()) {
        if (codeOf(kind) == code)
            return kind;
    }
    return std::nullopt;
}

std::optional<SendMethod> sendMethodFromCode(const QString &code)
{
    for (SendMethod method : allSendMethods()) {
        if (codeOf(method) == code)
            return method;
    }
    return std::nullopt;
}

} // namespace casedesk
