#include "liaison/liaison_sheet.h"

#include <QRegularExpression>

#include <cmath>

namespace casedesk::liaisonsheet {
namespace {

QString squeezed(QString text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.remove(space);
}

std::optional<QDate> excelDay(const QString &text)
{
    bool number = false;
    const double serial = text.toDouble(&number);
    if (!number || serial < 20000 || serial > 80000)
        return std::nullopt;
    return QDate(1899, 12, 30).addDays(qint64(std::floor(serial)));
}

} // namespace

Header findHeader(const QList<QStringList> &rows, const QList<KnownColumn> &known, const QStringList &required)
{
    for (int r = 0; r < std::min<qsizetype>(rows.size(), 10); ++r) {
        Header header;
        header.row = r;
        const QStringList &row = rows.at(r);
        for (int c = 0; c < row.size(); ++c) {
            const QString name = squeezed(row.at(c));
            for (const KnownColumn &column : known) {
                if (!header.columns.contains(column.key) && column.names.contains(name))
                    header.columns.insert(column.key, c);
            }
        }
        bool complete = true;
        for (const QString &key : required)
            complete = complete && header.columns.contains(key);
        if (complete)
            return header;
    }
    return {};
}

QString cell(const QStringList &row, const Header &header, const QString &key)
{
    const int column = header.columns.value(key, -1);
    return column < 0 ? QString() : row.value(column).trimmed();
}

std::optional<QDate> dayFrom(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?$"));
    if (const auto match = shape.match(text.trimmed()); match.hasMatch()) {
        const QDate day(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
        return day.isValid() ? std::optional<QDate>(day) : std::nullopt;
    }
    return excelDay(text.trimmed());
}

std::optional<QDate> monthFrom(const QString &text)
{
    // 2026-03, 2026/3, 2026年3月, 202603; a bare five-digit number is Excel's day (46082), not 4608-2.
    static const QRegularExpression shape(
        QStringLiteral("^(\\d{4})\\s*(?:[-/.年]\\s*(\\d{1,2})|(\\d{2}))\\s*月?$"));
    const QString t = text.trimmed();
    if (const auto match = shape.match(t); match.hasMatch()) {
        const QString month = match.captured(2).isEmpty() ? match.captured(3) : match.captured(2);
        const QDate first(match.captured(1).toInt(), month.toInt(), 1);
        return first.isValid() ? std::optional<QDate>(first) : std::nullopt;
    }
    if (const auto day = dayFrom(t))
        return QDate(day->year(), day->month(), 1);
    return std::nullopt;
}

} // namespace casedesk::liaisonsheet
