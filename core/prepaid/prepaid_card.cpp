#include "prepaid/prepaid_card.h"

#include "domain/code_table.h"
#include "domain/money.h"
#include "text/text_checks.h"

namespace casedesk {
namespace {
using namespace codetable;

// The translation context of this file's messages and labels.
struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Prepaid)
};
const char *const kContext = "Prepaid";

const Entry<CardType> kCardTypes[] = {
    {CardType::Fitness, "fitness", QT_TRANSLATE_NOOP("Prepaid", "Fitness")},
    {CardType::Beauty, "beauty", QT_TRANSLATE_NOOP("Prepaid", "Beauty and hairdressing")},
    {CardType::Education, "education", QT_TRANSLATE_NOOP("Prepaid", "Education and training")},
    {CardType::Laundry, "laundry", QT_TRANSLATE_NOOP("Prepaid", "Laundry")},
    {CardType::Catering, "catering", QT_TRANSLATE_NOOP("Prepaid", "Catering")},
    {CardType::Other, "other", QT_TRANSLATE_NOOP("Prepaid", "Other card")},
};
const Entry<BusinessState> kStates[] = {
    {BusinessState::Operating, "operating", QT_TRANSLATE_NOOP("Prepaid", "Operating")},
    {BusinessState::Closed, "closed", QT_TRANSLATE_NOOP("Prepaid", "Closed")},
    {BusinessState::Absconded, "absconded", QT_TRANSLATE_NOOP("Prepaid", "Absconded")},
    {BusinessState::Relocated, "relocated", QT_TRANSLATE_NOOP("Prepaid", "Relocated")},
    {BusinessState::Unknown, "unknown", QT_TRANSLATE_NOOP("Prepaid", "Unknown")},
};
const Entry<NoticeGiven> kNotice[] = {
    {NoticeGiven::Yes, "yes", QT_TRANSLATE_NOOP("Prepaid", "Notice given")},
    {NoticeGiven::No, "no", QT_TRANSLATE_NOOP("Prepaid", "No notice")},
    {NoticeGiven::Unknown, "unknown", QT_TRANSLATE_NOOP("Prepaid", "Not known")},
};

} // namespace

QString codeOf(CardType value) { return codeIn(kCardTypes, value); }
QString codeOf(BusinessState value) { return codeIn(kStates, value); }
QString codeOf(NoticeGiven value) { return codeIn(kNotice, value); }
QString labelOf(CardType value) { return labelIn(kContext, kCardTypes, value); }
QString labelOf(BusinessState value) { return labelIn(kContext, kStates, value); }
QString labelOf(NoticeGiven value) { return labelIn(kContext, kNotice, value); }
std::optional<CardType> cardTypeFromCode(const QString &code) { return fromCode(kCardTypes, code); }
std::optional<BusinessState> businessStateFromCode(const QString &code) { return fromCode(kStates, code); }
std::optional<NoticeGiven> noticeGivenFromCode(const QString &code) { return fromCode(kNotice, code); }
QList<CardType> allCardTypes() { return valuesOf(kCardTypes); }
QList<BusinessState> allBusinessStates() { return valuesOf(kStates); }
QList<NoticeGiven> allNoticeGiven() { return valuesOf(kNotice); }

Status validatePrepaidCard(const PrepaidCard &card, const QDate &today)
{
    QList<FieldError> problems;
    auto add = [&problems](const char *field, const QString &message) {
        problems.append({QStringLiteral("prepaidCard.") + QLatin1String(field), message});
    };
    const QString number = card.cardNumber.trimmed();
    if (number.size() > kMaxCardNumberLength)
        add("cardNumber", Msg::tr("The card number is longer than %1 characters.").arg(kMaxCardNumberLength));
    else if (const QString problem = textProblem(number); !problem.isEmpty())
        add("cardNumber", problem);
    if (card.purchaseDate.isValid() && card.purchaseDate > today)
        add("purchaseDate", Msg::tr("The card's purchase date lies in the future."));
    if (card.purchaseDate.isValid() && card.expiryDate.isValid() && card.expiryDate < card.purchaseDate)
        add("expiryDate", Msg::tr("The card expires before it was bought."));
    if (card.termMonths < 0 || card.termMonths > 1200)
        add("termMonths", Msg::tr("The card's term must be between 0 and 1200 months."));
    if (card.paidFen < 0 || card.paidFen > kMaxAmountFen)
        add("paidFen", Msg::tr("The amount paid must be between ¥0 and ¥100,000,000."));
    if (card.balanceFen < 0 || card.balanceFen > kMaxAmountFen)
        add("balanceFen", Msg::tr("The balance must be between ¥0 and ¥100,000,000."));
    else if (card.paidFen > 0 && card.balanceFen > card.paidFen)
        add("balanceFen", Msg::tr("The balance (¥%1) is more than was paid for the card (¥%2).")
                              .arg(formatYuan(card.balanceFen), formatYuan(card.paidFen)));
    if (card.sessionsLeft && (*card.sessionsLeft < 0 || *card.sessionsLeft > 100000))
        add("sessionsLeft", Msg::tr("The sessions left must be between 0 and 100,000."));
    if (problems.isEmpty())
        return {};
    return Error{ErrorCode::InvalidInput, problems.first().message, problems};
}

} // namespace casedesk
