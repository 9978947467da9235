#include "domain/money.h"

#include <QRegularExpression>

namespace casedesk {

QString formatYuan(qint64 fen)
{
    const bool negative = fen < 0;
    const qint64 absolute = negative ? -fen : fen;
    QString yuan = QString::number(absolute / 100);
    for (int pos = yuan.size() - 3; pos > 0; pos -= 3)
        yuan.insert(pos, QLatin1Char(','));
    const QString cents = QStringLiteral("%1").arg(absolute % 100, 2, 10, QLatin1Char('0'));
    return (negative ? QStringLiteral("-") : QString()) + yuan + QLatin1Char('.') + cents;
}

namespace {

const QString kCapitalDigits = QStringLiteral("零壹贰叁肆伍陆柒捌玖");

// 0 < group < 10000: its digits with 仟, 佰, 拾; a zero between digits is read once.
QString capitalGroup(qint64 group)
{
    static const QString units[] = {QStringLiteral("仟"), QStringLiteral("佰"), QStringLiteral("拾"), QString()};
    QString text;
    bool zero = false;
    for (int position = 0, divisor = 1000; position < 4; ++position, divisor /= 10) {
        const int digit = int(group / divisor % 10);
        if (digit == 0) {
            zero = !text.isEmpty();
            continue;
        }
        if (zero)
            text += kCapitalDigits.at(0);
        zero = false;
        text += kCapitalDigits.at(digit) + units[position];
    }
    return text;
}

} // namespace

QString yuanInCapitals(qint64 fen)
{
    if (fen < 0)
        fen = -fen;
    const qint64 yuan = fen / 100;
    const int jiao = int(fen / 10 % 10);
    const int cents = int(fen % 10);
    QString text;
    if (yuan > 0) {
        const QString groupUnits[] = {QStringLiteral("亿"), QStringLiteral("万"), QString()};
        const qint64 groups[] = {yuan / 100000000, yuan / 10000 % 10000, yuan % 10000};
        bool gap = false; // a whole group of zeros, or a group under 1000, after written digits
        for (int g = 0; g < 3; ++g) {
            if (groups[g] == 0) {
                gap = !text.isEmpty();
                continue;
            }
            if (!text.isEmpty() && (gap || groups[g] < 1000))
                text += kCapitalDigits.at(0);
            gap = false;
            text += capitalGroup(groups[g]) + groupUnits[g];
        }
        text += QStringLiteral("元");
    }
    if (jiao == 0 && cents == 0)
        return (text.isEmpty() ? QStringLiteral("零元") : text) + QStringLiteral("整");
    if (jiao > 0)
        text += kCapitalDigits.at(jiao) + QStringLiteral("角");
    else if (!text.isEmpty())
        text += kCapitalDigits.at(0);
    if (cents > 0)
        return text + kCapitalDigits.at(cents) + QStringLiteral("分");
    return text + QStringLiteral("整");
}

std::optional<qint64> parseYuan(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[¥￥]?\\s*(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d{1,2}))?$"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    QString digits = match.captured(1);
    digits.remove(QLatin1Char(','));
    if (digits.size() > 12) // more than a hundred billion yuan: not an amount, and would overflow
        return std::nullopt;
    const QString cents = match.captured(2).leftJustified(2, QLatin1Char('0'));
    return digits.toLongLong() * 100 + cents.toLongLong();
}

} // namespace casedesk
