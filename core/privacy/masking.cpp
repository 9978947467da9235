#include "privacy/masking.h"

#include <QList>

namespace casedesk {
namespace {

QString keepEnds(const QString &value, int head, int tail)
{
    const QString trimmed = value.trimmed();
    if (trimmed.size() <= head + tail)
        return QString(trimmed.size(), QLatin1Char('*'));
    return trimmed.left(head) + QString(trimmed.size() - head - tail, QLatin1Char('*')) + trimmed.right(tail);
}

} // namespace

QString maskPhone(const QString &phone) { return keepEnds(phone, 3, 4); }

QString maskIdNumber(const QString &idNumber) { return keepEnds(idNumber, 6, 4); }

QString maskName(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return {};
    // Keep the whole first code point, which may be a surrogate pair.
    const int first = trimmed.at(0).isHighSurrogate() && trimmed.size() > 1 ? 2 : 1;
    const int rest = int(trimmed.toUcs4().size()) - 1;
    return trimmed.left(first) + QString(qMax(rest, 1), QLatin1Char('*'));
}

} // namespace casedesk
