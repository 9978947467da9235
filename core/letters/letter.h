#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// The letters and records a council writes about a case (issue 22): what each is, how it
// went out, and a letter as it was sent. Letters are always in Chinese, like every official
// paper; only the names in lists follow the window's language.

namespace casedesk {

enum class LetterKind {
    Acceptance,     // 受理通知书: the complaint is accepted (to the complainant)
    Refusal,        // 不予受理告知书: refused, with the ground (to the complainant)
    Return,         // 退回告知书: returned, with the reason (to the complainant)
    Termination,    // 终止调解告知书: mediation terminated (to the complainant; meets termination_notice)
    Forwarding,     // 转办函: forwarded to a networked enterprise (to the business)
    SessionRecord,  // 调解笔录: a mediation session's record, signed by those present
    FollowUpRecord, // 回访记录: the follow-up visit after closing
    PayoutReceipt,  // 先行赔付领款凭证: a first-compensation payout, signed by the complainant
    Agreement,      // 人民调解协议书: the mediation agreement, signed by the parties (drafted on the Mediation tab)
    Referral,       // 诉调对接移送函: the letter handing a failed mediation to a court (to the court)
};

// To whom a letter is addressed: personal data is printed in full only on a letter to that
// person (a forwarding letter shows the complainant's phone masked).
// A referral letter goes to the court, which needs the parties' details in full.
enum class Addressee { Complainant, Business, Court, Nobody };
Addressee addresseeOf(LetterKind kind);

// A record (the session's, the visit's) is printed and signed, not sent: only letters are
// recorded as sent.
bool isSentLetter(LetterKind kind);

// The agreement and the referral letter are laid out as papers of their own (the parties'
// table, the evidence list, signature blocks: ui/documents) around the council's wording of
// their fixed clauses; every other kind is a title, an addressee and paragraphs.
bool hasOwnLayout(LetterKind kind);

// How a letter reached its addressee.
enum class SendMethod { Post, Sms, InPerson, Email };

QList<LetterKind> allLetterKinds();
QList<SendMethod> allSendMethods();
QString codeOf(LetterKind kind);   // acceptance, refusal, ... (stored, typed on the CLI)
QString codeOf(SendMethod method); // post, sms, in_person, email
QString labelOf(LetterKind kind);  // translated, for lists and messages
QString labelOf(SendMethod method);
std::optional<LetterKind> letterKindFromCode(const QString &code);
std::optional<SendMethod> sendMethodFromCode(const QString &code);

// One letter, ready to lay out on A4 (ui/documents/letter_document.h).
struct Letter {
    LetterKind kind = LetterKind::Acceptance;
    qint64 caseId = 0;
    QString caseNumber;
    QString councilName;     // signs the letter
    QString title;           // 受理通知书
    QString addressee;       // the person or business it is addressed to; empty for a record
    QString body;            // paragraphs, one per line
    QDate date;              // the date the letter bears
    int templateVersion = 0; // the wording it was written from (0: the built-in one)
    // A letter with its own layout (hasOwnLayout) recorded as sent: the whole page as it went
    // out (HTML), so that a reprint shows the tables as they were that day. Empty otherwise.
    QString page;
};

// A letter recorded as sent: reprinted exactly as it went out.
struct SentLetter {
    qint64 id = 0;
    Letter letter;
    SendMethod method = SendMethod::Post;
    QDate sentOn;
    QString recordedBy;
    QDateTime recordedAt;
};

} // namespace casedesk
