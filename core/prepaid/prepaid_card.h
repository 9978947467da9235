#pragma once

#include "result.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

// Prepaid-card details of a complaint (单用途预付消费卡): what the consumer bought, what is left,
// and what happened to the business. Kept apart from the complaint's registration elements.

namespace casedesk {

enum class CardType { Fitness, Beauty, Education, Laundry, Catering, Other };
// What the consumer reports about the business that sold the card.
enum class BusinessState { Operating, Closed, Absconded, Relocated, Unknown };
// Whether the business gave the 30 days' notice Shanghai's 2018 rules require before closing or moving.
enum class NoticeGiven { Yes, No, Unknown };

QString codeOf(CardType value);
QString codeOf(BusinessState value);
QString codeOf(NoticeGiven value);
QString labelOf(CardType value);
QString labelOf(BusinessState value);
QString labelOf(NoticeGiven value);
std::optional<CardType> cardTypeFromCode(const QString &code);
std::optional<BusinessState> businessStateFromCode(const QString &code);
std::optional<NoticeGiven> noticeGivenFromCode(const QString &code);
QList<CardType> allCardTypes();
QList<BusinessState> allBusinessStates();
QList<NoticeGiven> allNoticeGiven();

struct PrepaidCard {
    qint64 complaintId = 0;
    CardType type = CardType::Fitness;
    QString cardNumber;       // card or member number
    QDate purchaseDate;       // may be unknown
    QDate expiryDate;         // end of the term, may be unknown
    int termMonths = 0;       // 0: not stated
    qint64 paidFen = 0;       // amount paid for the card
    qint64 balanceFen = 0;    // stored value left
    std::optional<int> sessionsLeft; // for session cards
    BusinessState businessState = BusinessState::Unknown;
    NoticeGiven noticeGiven = NoticeGiven::Unknown;
};

// Longest card number accepted.
constexpr int kMaxCardNumberLength = 40;

// Translated problems with field keys "prepaidCard.<field>"; `today` bounds the purchase date.
Status validatePrepaidCard(const PrepaidCard &card, const QDate &today);

} // namespace casedesk
