#include "stats/stats_summary_counter.h"

#include "stats/on_time.h"
#include "stats/stats_figures.h"
#include "storage/calendar_repository.h"
#include "storage/deadline_rule_repository.h"
#include "storage/sql_helpers.h"
#include "storage/stored_values.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace casedesk {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Statistics)
};

const QString kAll = QStringLiteral("*");

// The group columns every scan selects, in the order of StatsDimension, with the same
// expressions as the live breakdowns of StatsRepository.
const QString kGroupColumns =
    QStringLiteral("c.category_id, c.nature, c.channel, b.district, b.district || '/' || b.street, c.business_id,"
                   " c.assignee");
const StatsDimension kDimensions[] = {StatsDimension::Category,  StatsDimension::Nature, StatsDimension::Channel,
                                      StatsDimension::District,  StatsDimension::Street, StatsDimension::Business,
                                      StatsDimension::Caseworker};

// Same definition as StatsRepository's "resolved".
const QString kResolved = QStringLiteral(
    "CASE WHEN (SELECT e.from_status FROM case_events e WHERE e.complaint_id = c.id AND e.to_status = 'closed'"
    " ORDER BY e.id DESC LIMIT 1) IN ('agreement_reached', 'forwarded') THEN 1 ELSE 0 END");

struct RowKey {
    QString district;
    QString dimension; // '' for the totals
    QString key;
    bool operator==(const RowKey &o) const
    {
        return district == o.district && dimension == o.dimension && key == o.key;
    }
};
size_t qHash(const RowKey &k, size_t seed = 0)
{
    return qHashMulti(seed, k.district, k.dimension, k.key);
}

struct Measures {
    qint64 received = 0, amountFen = 0, hotline = 0, finished = 0, resolved = 0, recoveredFen = 0, onTimeChecked = 0,
           onTime = 0, agreements = 0, terminations = 0, satisfied = 0, basicallySatisfied = 0, dissatisfied = 0;
};

// The rows of one month, added up from its cases.
class MonthTally {
public:
    MonthTally(QString month, const QList<DeadlineRuleSet> &ruleSets, const WorkingCalendar &calendar)
        : m_month(std::move(month)), m_ruleSets(ruleSets), m_calendar(calendar)
    {
        const QDate first = QDate::fromString(m_month + QStringLiteral("-01"), Qt::ISODate);
        m_values = {first.toString(Qt::ISODate), first.addMonths(1).toString(Qt::ISODate)};
    }

    Status count(const QSqlDatabase &db)
    {
        for (auto step : {&MonthTally::countReceived, &MonthTally::countFinished, &MonthTally::countMediations,
                          &MonthTally::countFollowUps}) {
            if (auto done = (this->*step)(db); !done)
                return done;
        }
        return {};
    }

    Status write(QSqlQuery &insert) const
    {
        for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
            const Measures &m = it.value();
            const QVariantList values = {
                m_month,      it.key().district, it.key().dimension, it.key().key,         m.received,      m.amountFen,
                m.hotline,    m.finished,        m.resolved,         m.recoveredFen,       m.onTimeChecked, m.onTime,
                m.agreements, m.terminations,    m.satisfied,        m.basicallySatisfied, m.dissatisfied};
            for (int i = 0; i < values.size(); ++i)
                insert.bindValue(i, bindable(values.at(i)));
            if (!insert.exec())
                return storageError(insert.lastError());
        }
        return {};
    }

private:
    Measures &totals(const QString &district) { return m_rows[RowKey{district, QString(), QString()}]; }

    // Adds `add` to the totals and to the case's group in every dimension; the group columns
    // start at `first`.
    template <typename Add> void addToGroups(const QSqlQuery &q, int first, const QString &district, Add add)
    {
        add(totals(district), true);
        for (int i = 0; i < int(std::size(kDimensions)); ++i)
            add(m_rows[RowKey{district, codeOf(kDimensions[i]), q.value(first + i).toString()}], false);
    }

    Status countReceived(const QSqlDatabase &db)
    {
        auto q = runQuery(db,
                          QStringLiteral("SELECT c.amount_fen, c.channel, ") + kGroupColumns +
                              QStringLiteral(" FROM complaints c JOIN businesses b ON b.id = c.business_id"
                                             " WHERE c.received_at >= ? AND c.received_at < ?"),
                          m_values);
        if (!q)
            return q.error();
        while (q->next()) {
            const qint64 amount = q->value(0).toLongLong();
            const bool hotline = q->value(1).toString() == QLatin1String("12345");
            addToGroups(q.value(), 2, q->value(5).toString(), [&](Measures &m, bool isTotal) {
                ++m.received;
                m.amountFen += amount;
                if (isTotal && hotline)
                    ++m.hotline;
            });
        }
        return {};
    }

    Status countFinished(const QSqlDatabase &db)
    {
        auto q = runQuery(
            db,
            QStringLiteral("SELECT c.recovered_fen, %1, c.received_at, c.accepted_at, c.closed_at, ").arg(kResolved) +
                kGroupColumns +
                QStringLiteral(" FROM complaints c JOIN businesses b ON b.id = c.business_id"
                               " WHERE c.closed_at >= ? AND c.closed_at < ? AND c.status = 'closed'"),
            m_values);
        if (!q)
            return q.error();
        while (q->next()) {
            const qint64 recovered = q->value(0).toLongLong();
            const bool resolved = q->value(1).toInt() == 1;
            FinishedCase f;
            f.receivedAt = dateTimeFromStored(q->value(2));
            f.acceptedAt = dateTimeFromStored(q->value(3));
            f.closedAt = dateTimeFromStored(q->value(4));
            f.channel = channelFromCode(q->value(7).toString()).value_or(Channel::Phone);
            const std::optional<bool> onTime = finishedOnTime(f, m_ruleSets, m_calendar);
            addToGroups(q.value(), 5, q->value(8).toString(), [&](Measures &m, bool isTotal) {
                ++m.finished;
                m.resolved += resolved ? 1 : 0;
                if (!isTotal)
                    return;
                m.recoveredFen += recovered;
                if (onTime) {
                    ++m.onTimeChecked;
                    m.onTime += *onTime ? 1 : 0;
                }
            });
        }
        return {};
    }

    Status countMediations(const QSqlDatabase &db)
    {
        auto q = runQuery(db,
                          QStringLiteral("SELECT b.district, e.to_status, COUNT(*) FROM case_events e"
                                         " JOIN complaints c ON c.id = e.complaint_id"
                                         " JOIN businesses b ON b.id = c.business_id"
                                         " WHERE e.at >= ? AND e.at < ?"
                                         " AND e.to_status IN ('agreement_reached', 'mediation_terminated')"
                                         " GROUP BY b.district, e.to_status"),
                          m_values);
        if (!q)
            return q.error();
        while (q->next()) {
            Measures &m = totals(q->value(0).toString());
            (q->value(1).toString() == QLatin1String("agreement_reached") ? m.agreements : m.terminations) +=
                q->value(2).toLongLong();
        }
        return {};
    }

    Status countFollowUps(const QSqlDatabase &db)
    {
        auto q = runQuery(db,
                          QStringLiteral("SELECT b.district, f.result, COUNT(*) FROM follow_ups f"
                                         " JOIN complaints c ON c.id = f.complaint_id"
                                         " JOIN businesses b ON b.id = c.business_id"
                                         " WHERE f.at >= ? AND f.at < ? AND f.result <> ''"
                                         " GROUP BY b.district, f.result"),
                          m_values);
        if (!q)
            return q.error();
        while (q->next()) {
            Measures &m = totals(q->value(0).toString());
            const QString result = q->value(1).toString();
            (result == QLatin1String("satisfied")             ? m.satisfied
             : result == QLatin1String("basically_satisfied") ? m.basicallySatisfied
                                                              : m.dissatisfied) += q->value(2).toLongLong();
        }
        return {};
    }

    QString m_month;
    QVariantList m_values; // the month's first day and the next month's
    const QList<DeadlineRuleSet> &m_ruleSets;
    const WorkingCalendar &m_calendar;
    QHash<RowKey, Measures> m_rows;
};

bool isMonth(const QString &text)
{
    return text.size() == 7 && QDate::fromString(text + QStringLiteral("-01"), Qt::ISODate).isValid();
}

// Every month that anything is counted in.
Result<QStringList> allMonths(const QSqlDatabase &db)
{
    auto q =
        runQuery(db, QStringLiteral("SELECT substr(received_at, 1, 7) FROM complaints"
                                    " UNION SELECT substr(closed_at, 1, 7) FROM complaints WHERE closed_at IS NOT NULL"
                                    " UNION SELECT substr(at, 1, 7) FROM case_events"
                                    " WHERE to_status IN ('agreement_reached', 'mediation_terminated')"
                                    " UNION SELECT substr(at, 1, 7) FROM follow_ups"));
    if (!q)
        return q.error();
    QStringList months;
    while (q->next())
        months.append(q->value(0).toString());
    return months;
}

// Recounts `months` (and the years they are in) inside the caller's transaction.
Status recountMonths(const QSqlDatabase &db, const QStringList &months, const StatsProgress &progress)
{
    auto ruleSets = DeadlineRuleRepository(db).ruleSets();
    if (!ruleSets)
        return ruleSets.error();
    auto calendar = CalendarRepository(db).load();
    if (!calendar)
        return calendar.error();

    QSqlQuery insert(db);
    if (!insert.prepare(QStringLiteral("INSERT INTO stats_summary(period, district, dimension, key, received,"
                                       " amount_fen, hotline, finished, resolved, recovered_fen, on_time_checked,"
                                       " on_time, agreements, terminations, satisfied, basically_satisfied,"
                                       " dissatisfied) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
        return storageError(insert.lastError());
    QSet<QString> years;
    int done = 0;
    for (const QString &month : months) {
        if (progress && !progress(done, int(months.size())))
            return Error{ErrorCode::Cancelled, Msg::tr("The statistics were not recounted: stopped."), {}};
        ++done;
        if (!isMonth(month))
            continue; // a stored date that is not one: nothing can be counted in it
        if (auto cleared = runQuery(db, QStringLiteral("DELETE FROM stats_summary WHERE period = ?"), {month});
            !cleared)
            return cleared.error();
        MonthTally tally(month, ruleSets.value(), calendar.value());
        if (auto counted = tally.count(db); !counted)
            return counted;
        if (auto written = tally.write(insert); !written)
            return written;
        years.insert(month.left(4));
    }
    // A year is the sum of its months.
    for (const QString &year : std::as_const(years)) {
        if (auto cleared = runQuery(db, QStringLiteral("DELETE FROM stats_summary WHERE period = ?"), {year}); !cleared)
            return cleared.error();
        auto summed = runQuery(
            db,
            QStringLiteral(
                "INSERT INTO stats_summary SELECT ?, district, dimension, key, SUM(received), SUM(amount_fen),"
                " SUM(hotline), SUM(finished), SUM(resolved), SUM(recovered_fen), SUM(on_time_checked), SUM(on_time),"
                " SUM(agreements), SUM(terminations), SUM(satisfied), SUM(basically_satisfied), SUM(dissatisfied)"
                " FROM stats_summary WHERE period >= ? AND period <= ? GROUP BY district, dimension, key"),
            {year, year + QStringLiteral("-01"), year + QStringLiteral("-12")});
        if (!summed)
            return summed.error();
    }
    if (progress)
        progress(done, int(months.size()));
    return {};
}

} // namespace

Result<bool> StatsSummaryCounter::isStale() const
{
    auto stale = queryScalar(m_db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM stats_dirty)"));
    if (!stale)
        return stale.error();
    return stale->toBool();
}

Result<bool> StatsSummaryCounter::needsFullRecount() const
{
    auto all = queryScalar(m_db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM stats_dirty WHERE month = ?)"), {kAll});
    if (!all)
        return all.error();
    return all->toBool();
}

Status StatsSummaryCounter::refresh(const StatsProgress &progress)
{
    return recount(false, progress);
}

Status StatsSummaryCounter::recountAll(const StatsProgress &progress)
{
    return recount(true, progress);
}

Status StatsSummaryCounter::recount(bool everything, const StatsProgress &progress)
{
    Transaction transaction(m_db);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    auto dirty = runQuery(m_db, QStringLiteral("SELECT month FROM stats_dirty ORDER BY month"));
    if (!dirty)
        return dirty.error();
    QStringList months;
    while (dirty->next())
        months.append(dirty->value(0).toString());
    dirty->finish();
    if (months.isEmpty() && !everything)
        return {};
    if (everything || months.contains(kAll)) {
        if (auto cleared = runQuery(m_db, QStringLiteral("DELETE FROM stats_summary")); !cleared)
            return cleared.error();
        auto every = allMonths(m_db);
        if (!every)
            return every.error();
        months = every.value();
    }
    if (auto counted = recountMonths(m_db, months, progress); !counted)
        return counted;
    if (auto cleared = runQuery(m_db, QStringLiteral("DELETE FROM stats_dirty")); !cleared)
        return cleared.error();
    return transaction.commit();
}

} // namespace casedesk
