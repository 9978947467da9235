#include "demo/demo_prepaid.h"

#include "demo/demo_vocabulary.h"
#include "demo/weighted_random.h"
#include "storage/prepaid_card_repository.h"
#include "storage/sql_helpers.h"

#include <QHash>
#include <QSet>

namespace casedesk {
namespace {
using namespace demo;

// The card a kind of business sells, from words in its name.
CardType cardTypeFor(const QString &businessName)
{
    struct Word {
        const char *word;
        CardType type;
    };
    static const Word words[] = {
        {"健身", CardType::Fitness}, {"游泳", CardType::Fitness},  {"瑜伽", CardType::Fitness},
        {"美容", CardType::Beauty},  {"美发", CardType::Beauty},   {"造型", CardType::Beauty},
        {"养生", CardType::Beauty},  {"足浴", CardType::Beauty},   {"培训", CardType::Education},
        {"教育", CardType::Education}, {"学校", CardType::Education}, {"驾校", CardType::Education},
        {"学堂", CardType::Education}, {"早教", CardType::Education}, {"洗衣", CardType::Laundry},
        {"干洗", CardType::Laundry}, {"餐", CardType::Catering},  {"茶", CardType::Catering},
        {"饭店", CardType::Catering}, {"面包", CardType::Catering}, {"蛋糕", CardType::Catering},
        {"烘焙", CardType::Catering}, {"西饼", CardType::Catering}, {"小吃", CardType::Catering},
    };
    for (const Word &w : words) {
        if (businessName.contains(QString::fromUtf8(w.word)))
            return w.type;
    }
    return CardType::Other;
}

// Name endings found only in kinds that sell prepaid cards (a generic ending such as
// 网络科技有限公司 that other kinds share says nothing).
QStringList prepaidSuffixes()
{
    QSet<QString> card;
    QSet<QString> other;
    for (const BusinessKind &kind : businessKinds()) {
        for (const QString &suffix : kind.suffixes)
            (kind.prepaid ? card : other).insert(suffix);
    }
    card.subtract(other);
    return QStringList(card.cbegin(), card.cend());
}

bool sellsCards(const QString &name, const QStringList &suffixes)
{
    for (const QString &suffix : suffixes) {
        if (name.contains(suffix))
            return true;
    }
    return false;
}

} // namespace

struct DemoPrepaidCards::Data {
    Data(const QStringList &burst, quint64 seed)
        : dice(seed ^ 0x5eedcafe1234ULL), suffixes(prepaidSuffixes()), closed(burst.cbegin(), burst.cend())
    {
    }
    Dice dice;
    const QStringList suffixes;
    const QSet<QString> closed;
    QHash<qint64, bool> sells; // per business id: whether its name says it sells cards
    QList<PrepaidCard> cards;
};

DemoPrepaidCards::DemoPrepaidCards(const QStringList &burstBusinesses, quint64 seed)
    : d(std::make_unique<Data>(burstBusinesses, seed))
{
}

DemoPrepaidCards::~DemoPrepaidCards() = default;

void DemoPrepaidCards::consider(qint64 complaintId, qint64 businessId, const QString &name, qint64 amountFen,
                                const QDate &incidentDate)
{
    auto known = d->sells.constFind(businessId);
    if (known == d->sells.cend())
        known = d->sells.insert(businessId, sellsCards(name, d->suffixes));
    const bool burst = d->closed.contains(name);
    if (!burst && !known.value())
        return;
    Dice &dice = d->dice;
    PrepaidCard card;
    card.complaintId = complaintId;
    card.type = cardTypeFor(name);
    card.cardNumber = QStringLiteral("VIP%1").arg(100000 + dice.below(900000));
    card.purchaseDate = incidentDate;
    card.termMonths = QList<int>{6, 12, 12, 24, 36}.at(dice.below(5));
    if (card.purchaseDate.isValid())
        card.expiryDate = card.purchaseDate.addMonths(card.termMonths);
    card.paidFen = amountFen;
    card.balanceFen = card.paidFen * (30 + dice.below(66)) / 100 / 100 * 100; // whole yuan
    if (card.type == CardType::Fitness || card.type == CardType::Education)
        card.sessionsLeft = 5 + dice.below(60);
    if (burst) {
        card.businessState = dice.chance(0.6) ? BusinessState::Absconded : BusinessState::Closed;
        card.noticeGiven = NoticeGiven::No;
    } else {
        const double roll = dice.unit();
        card.businessState = roll < 0.8    ? BusinessState::Operating
                             : roll < 0.9  ? BusinessState::Closed
                             : roll < 0.95 ? BusinessState::Relocated
                                           : BusinessState::Unknown;
        card.noticeGiven = card.businessState == BusinessState::Operating ? NoticeGiven::Unknown
                           : dice.chance(0.8)                            ? NoticeGiven::No
                                                                         : NoticeGiven::Yes;
    }
    d->cards.append(card);
}

Status DemoPrepaidCards::write(const QSqlDatabase &db, const QDateTime &now)
{
    auto written = PrepaidCardRepository(db).insertAll(d->cards, now);
    d->cards.clear();
    return written;
}

} // namespace casedesk
