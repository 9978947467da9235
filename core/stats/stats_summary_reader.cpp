#include "stats/stats_summary_reader.h"

#include "stats/stats_repository.h"
#include "storage/sql_helpers.h"

#include <algorithm>

namespace casedesk {
namespace {

struct Clause {
    QString sql;
    QVariantList values;
};

// " WHERE period IN (...) AND dimension = ? [AND district = ?]"
Clause where(const QStringList &periods, const QString &dimension, const QString &district)
{
    Clause c{QStringLiteral(" WHERE period IN (%1) AND dimension = ?")
                 .arg(QStringList(periods.size(), QStringLiteral("?")).join(QLatin1Char(','))),
             {}};
    for (const QString &period : periods)
        c.values.append(period);
    c.values.append(dimension);
    if (!district.isEmpty()) {
        c.sql += QStringLiteral(" AND district = ?");
        c.values.append(district);
    }
    return c;
}

} // namespace

QStringList StatsSummaryReader::periodsFor(QDate from, QDate to)
{
    if (!from.isValid() || !to.isValid() || from > to || from.day() != 1 || to.day() != to.daysInMonth())
        return {};
    QStringList periods;
    for (QDate month = from; month <= to; month = month.addMonths(1)) {
        if (month.month() == 1 && QDate(month.year(), 12, 31) <= to) {
            periods.append(QString::number(month.year()));
            month = QDate(month.year(), 12, 1);
        } else {
            periods.append(month.toString(QStringLiteral("yyyy-MM")));
        }
    }
    return periods;
}

bool StatsSummaryReader::covers(const StatsFilter &filter)
{
    StatsFilter withoutDistrict = filter;
    withoutDistrict.district.clear();
    return withoutDistrict.isEmpty();
}

bool StatsSummaryReader::holdsGroups(StatsDimension dimension, const QStringList &periods)
{
    return dimension != StatsDimension::Business ||
           std::all_of(periods.cbegin(), periods.cend(), [](const QString &period) { return period.size() == 4; });
}

Status StatsSummaryReader::addCounts(const QStringList &periods, const QString &district, PeriodCounts &counts) const
{
    const Clause w = where(periods, QString(), district);
    auto q =
        runQuery(m_db,
                 QStringLiteral("SELECT SUM(received), SUM(amount_fen), SUM(hotline), SUM(finished), SUM(resolved),"
                                " SUM(recovered_fen), SUM(on_time_checked), SUM(on_time), SUM(agreements),"
                                " SUM(terminations), SUM(satisfied), SUM(basically_satisfied), SUM(dissatisfied),"
                                " SUM(not_accepted), SUM(contact_checked), SUM(contact_in_time) FROM stats_summary") +
                     w.sql,
                 w.values);
    if (!q)
        return q.error();
    if (!q->next())
        return {};
    qint64 *fields[] = {&counts.received,    &counts.amountFen,    &counts.hotline,       &counts.finished,
                        &counts.resolved,    &counts.recoveredFen, &counts.onTimeChecked, &counts.onTime,
                        &counts.agreements,  &counts.terminations, &counts.satisfied,     &counts.basicallySatisfied,
                        &counts.dissatisfied, &counts.notAccepted, &counts.contactChecked, &counts.contactInTime};
    for (int i = 0; i < int(std::size(fields)); ++i)
        *fields[i] += q->value(i).toLongLong();
    return {};
}

Result<QList<BreakdownRow>> StatsSummaryReader::breakdown(StatsDimension dimension, const QStringList &periods,
                                                          const QString &district, int limit) const
{
    const Clause w = where(periods, codeOf(dimension), district);
    QString sql = QStringLiteral("SELECT key, SUM(received), SUM(amount_fen), SUM(finished), SUM(resolved)"
                                 " FROM stats_summary") +
                  w.sql + QStringLiteral(" GROUP BY key");
    QVariantList values = w.values;
    // A business is in one district, so one period has one row per business: the largest
    // are read from the index instead of adding up every business of the year.
    if (limit > 0 && dimension == StatsDimension::Business && periods.size() == 1) {
        sql = QStringLiteral("SELECT key, received, amount_fen, finished, resolved FROM stats_summary") + w.sql +
              QStringLiteral(" AND received >= COALESCE((SELECT received FROM stats_summary") + w.sql +
              QStringLiteral(" ORDER BY received DESC LIMIT 1 OFFSET ?), 0)");
        values += w.values;
        values.append(limit - 1);
    }
    auto q = runQuery(m_db, sql, values);
    if (!q)
        return q.error();
    QList<BreakdownRow> rows;
    while (q->next()) {
        BreakdownRow row;
        row.key = q->value(0).toString();
        row.received = q->value(1).toLongLong();
        row.amountFen = q->value(2).toLongLong();
        row.finished = q->value(3).toLongLong();
        row.resolved = q->value(4).toLongLong();
        rows.append(row);
    }
    if (limit > 0 && rows.size() > limit) {
        std::sort(rows.begin(), rows.end(),
                  [](const BreakdownRow &a, const BreakdownRow &b) { return a.received > b.received; });
        const qint64 smallest = rows.at(limit - 1).received; // ties with the last one stay
        rows.erase(
            std::find_if(rows.begin(), rows.end(), [smallest](const BreakdownRow &r) { return r.received < smallest; }),
            rows.end());
    }
    if (auto labelled = labelRows(dimension, rows); !labelled)
        return labelled.error();
    return rows;
}

Status StatsSummaryReader::labelRows(StatsDimension dimension, QList<BreakdownRow> &rows) const
{
    for (BreakdownRow &row : rows) {
        QString stored = row.key;
        QString storedEn;
        if (dimension == StatsDimension::Category || dimension == StatsDimension::Business) {
            const QString sql = dimension == StatsDimension::Category
                                    ? QStringLiteral("SELECT name, name_en FROM categories WHERE id = ?")
                                    : QStringLiteral("SELECT name, '' FROM businesses WHERE id = ?");
            auto q = runQuery(m_db, sql, {row.key.toLongLong()});
            if (!q)
                return q.error();
            if (q->next()) {
                stored = q->value(0).toString();
                storedEn = q->value(1).toString();
            }
        } else if (dimension == StatsDimension::Street) {
            stored =
                row.key.section(QLatin1Char('/'), 0, 0) + row.key.section(QLatin1Char('/'), 1); // district + street
        }
        row.label = statsGroupLabel(dimension, stored, storedEn);
    }
    return {};
}

Result<QMap<QString, qint64>> StatsSummaryReader::receivedByMonth(int year, const QString &district) const
{
    QStringList months;
    for (int m = 1; m <= 12; ++m)
        months.append(QStringLiteral("%1-%2").arg(year).arg(m, 2, 10, QLatin1Char('0')));
    const Clause w = where(months, QString(), district);
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT period, SUM(received) FROM stats_summary") + w.sql +
                          QStringLiteral(" GROUP BY period"),
                      w.values);
    if (!q)
        return q.error();
    QMap<QString, qint64> counts;
    while (q->next())
        counts.insert(q->value(0).toString(), q->value(1).toLongLong());
    return counts;
}

} // namespace casedesk
