#pragma once

#include <QDate>
#include <QString>

#include <optional>

// The period a statistic covers: a calendar month, quarter or year, or any range of days.
// A value: both ends are inclusive dates in local (China) time.

namespace casedesk {

enum class PeriodKind { Month, Quarter, Year, Range };

struct StatsPeriod {
    PeriodKind kind = PeriodKind::Range;
    QDate from; // first day
    QDate to;   // last day

    static StatsPeriod month(int year, int month);
    static StatsPeriod quarter(int year, int quarter);
    static StatsPeriod year(int year);
    static StatsPeriod range(QDate from, QDate to);

    // "2026-10", "2026-Q3" (q in either case), "2026"; nullopt for anything else.
    static std::optional<StatsPeriod> parse(const QString &text);

    bool isValid() const { return from.isValid() && to.isValid() && from <= to; }
    int days() const { return int(from.daysTo(to)) + 1; }
    // The stable code parse() accepts ("2026-10", "2026-Q3", "2026"), or "FROM..TO" for a range.
    QString code() const;
    // For people: "2026年10月", "2026年第三季度", "2026年", "2026-03-01 至 2026-03-15".
    QString label() const;

    // 环比: the period just before: the previous month, quarter or year; for a range, the
    // equally long range that ends the day before it starts.
    StatsPeriod previous() const;
    // 同比: the same period one year earlier (29 February becomes 28 February).
    StatsPeriod sameLastYear() const;

    bool operator==(const StatsPeriod &other) const
    {
        return kind == other.kind && from == other.from && to == other.to;
    }
};

} // namespace casedesk
