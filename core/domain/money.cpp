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
