#include "stats/stats_period.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace casedesk {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(StatsPeriod)
};

QString quarterName(int quarter)
{
    switch (quarter) {
    case 1: return Msg::tr("first quarter");
    case 2: return Msg::tr("second quarter");
    case 3: return Msg::tr("third quarter");
    default: return Msg::tr("fourth quarter");
    }
}

} // namespace

StatsPeriod StatsPeriod::month(int year, int month)
{
    const QDate first(year, month, 1);
    return {PeriodKind::Month, first, first.isValid() ? first.addMonths(1).addDays(-1) : QDate()};
}

StatsPeriod StatsPeriod::quarter(int year, int quarter)
{
    if (quarter < 1 || quarter > 4)
        return {PeriodKind::Quarter, {}, {}};
    const QDate first(year, (quarter - 1) * 3 + 1, 1);
    return {PeriodKind::Quarter, first, first.addMonths(3).addDays(-1)};
}

StatsPeriod StatsPeriod::year(int year)
{
    return {PeriodKind::Year, QDate(year, 1, 1), QDate(year, 12, 31)};
}

StatsPeriod StatsPeriod::range(QDate from, QDate to)
{
    return {PeriodKind::Range, from, to};
}

std::optional<StatsPeriod> StatsPeriod::parse(const QString &text)
{
    static const QRegularExpression monthPattern(QStringLiteral("^(\\d{4})-(\\d{1,2})$"));
    static const QRegularExpression quarterPattern(QStringLiteral("^(\\d{4})-[Qq]([1-4])$"));
    static const QRegularExpression yearPattern(QStringLiteral("^(\\d{4})$"));
    const QString trimmed = text.trimmed();
    StatsPeriod period;
    if (auto m = monthPattern.match(trimmed); m.hasMatch())
        period = month(m.captured(1).toInt(), m.captured(2).toInt());
    else if (auto q = quarterPattern.match(trimmed); q.hasMatch())
        period = quarter(q.captured(1).toInt(), q.captured(2).toInt());
    else if (auto y = yearPattern.match(trimmed); y.hasMatch())
        period = year(y.captured(1).toInt());
    else
        return std::nullopt;
    if (!period.isValid() || period.from.year() < 1900)
        return std::nullopt;
    return period;
}

QString StatsPeriod::code() const
{
    switch (kind) {
    case PeriodKind::Month: return from.toString(QStringLiteral("yyyy-MM"));
    case PeriodKind::Quarter: return QStringLiteral("%1-Q%2").arg(from.year()).arg((from.month() - 1) / 3 + 1);
    case PeriodKind::Year: return QString::number(from.year());
    case PeriodKind::Range: break;
    }
    return from.toString(Qt::ISODate) + QStringLiteral("..") + to.toString(Qt::ISODate);
}

QString StatsPeriod::label() const
{
    switch (kind) {
    case PeriodKind::Month:
        // "2026-01" in English, "2026年1月" in Chinese (no leading zero there).
        return Msg::tr("%1-%2", "year and month, e.g. 2026年10月")
            .arg(from.year())
            .arg(from.month(), QLocale().language() == QLocale::Chinese ? 1 : 2, 10, QLatin1Char('0'));
    case PeriodKind::Quarter:
        return Msg::tr("%1, %2", "year and quarter, e.g. 2026年第三季度")
            .arg(from.year())
            .arg(quarterName((from.month() - 1) / 3 + 1));
    case PeriodKind::Year: return Msg::tr("%1", "a whole year, e.g. 2026年").arg(from.year());
    case PeriodKind::Range: break;
    }
    return Msg::tr("%1 to %2").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
}

StatsPeriod StatsPeriod::previous() const
{
    switch (kind) {
    case PeriodKind::Month: return month(from.addMonths(-1).year(), from.addMonths(-1).month());
    case PeriodKind::Quarter: {
        const QDate start = from.addMonths(-3);
        return quarter(start.year(), (start.month() - 1) / 3 + 1);
    }
    case PeriodKind::Year: return year(from.year() - 1);
    case PeriodKind::Range: break;
    }
    return range(from.addDays(-days()), from.addDays(-1));
}

StatsPeriod StatsPeriod::sameLastYear() const
{
    switch (kind) {
    case PeriodKind::Month: return month(from.year() - 1, from.month());
    case PeriodKind::Quarter: return quarter(from.year() - 1, (from.month() - 1) / 3 + 1);
    case PeriodKind::Year: return year(from.year() - 1);
    case PeriodKind::Range: break;
    }
    return range(from.addYears(-1), to.addYears(-1));
}

} // namespace casedesk
