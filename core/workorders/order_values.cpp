#include "workorders/order_values.h"

#include "domain/money.h"

#include <QRegularExpression>
#include <QTimeZone>

#include <cmath>

namespace casedesk {

QDateTime parseOrderTime(QString text)
{
    text = text.trimmed();
    const QTimeZone china(8 * 3600);
    bool number = false;
    const double serial = text.toDouble(&number);
    if (number && serial > 20000 && serial < 80000) {
        const qint64 seconds = qint64(std::llround(serial * 86400.0));
        return QDateTime(QDate(1899, 12, 30).addDays(seconds / 86400), QTime(0, 0).addSecs(int(seconds % 86400)), china);
    }
    static const QRegularExpression shape(QStringLiteral(
        "^(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?(?:[ T]+(\\d{1,2})[:时](\\d{1,2})(?:[:分](\\d{1,2})秒?)?分?)?$"));
    const auto m = shape.match(text);
    if (!m.hasMatch())
        return {};
    const QDate day(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const QTime time = m.captured(4).isEmpty() ? QTime(9, 0)
                                               : QTime(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
    if (!day.isValid() || !time.isValid())
        return {};
    return QDateTime(day, time, china);
}

std::optional<qint64> parseOrderAmount(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("[\\s元¥￥]")));
    if (text.isEmpty())
        return qint64(0);
    return parseYuan(text);
}

QString parseOrderPhone(const QString &text)
{
    QString phone = text;
    phone.remove(QRegularExpression(QStringLiteral("\\s")));
    static const QRegularExpression groupedMobile(QStringLiteral("^1\\d{2}-?\\d{4}-?\\d{4}$"));
    if (groupedMobile.match(phone).hasMatch())
        phone.remove(QLatin1Char('-'));
    return phone;
}

std::optional<Channel> parseOrderChannel(const QString &text)
{
    const QString wanted = text.trimmed();
    for (Channel channel : allChannels()) {
        if (wanted == codeOf(channel) || wanted.compare(labelOf(channel), Qt::CaseInsensitive) == 0)
            return channel;
    }
    return std::nullopt;
}

std::optional<Nature> parseOrderNature(const QString &text)
{
    const QString wanted = text.trimmed();
    for (Nature nature : allNatures()) {
        if (wanted == codeOf(nature) || wanted.compare(labelOf(nature), Qt::CaseInsensitive) == 0)
            return nature;
    }
    return std::nullopt;
}

} // namespace casedesk
