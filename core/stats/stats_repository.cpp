#include "stats/stats_repository.h"

#include "storage/sql_helpers.h"
#include "storage/stored_values.h"
#include "storage/taxonomy_repository.h"

#include <QHash>

namespace casedesk {
namespace {

// Every query joins the business, which carries district and street.
const QString kFrom = QStringLiteral(" FROM complaints c JOIN businesses b ON b.id = c.business_id ");

// The cases alone when the filter asks nothing of their business: a count over a status and
// a period then reads one covering index (complaints_status) instead of every case's row and
// its business (0.3 s for a year of a million cases; the dashboard asks a dozen times).
QString fromFor(const StatsFilter &filter)
{
    return filter.district.isEmpty() && filter.street.isEmpty() ? QStringLiteral(" FROM complaints c ") : kFrom;
}

struct Clause {
    QString sql;
    QVariantList values;
};

// `column` within [from, to] as text, plus the filter.
Clause where(const QString &column, QDate from, QDate to, const StatsFilter &filter)
{
    Clause clause{QStringLiteral(" WHERE %1 >= ? AND %1 < ?").arg(column),
                  {from.toString(Qt::ISODate), to.addDays(1).toString(Qt::ISODate)}};
    auto add = [&clause](const QString &condition, const QVariant &value) {
        clause.sql += QStringLiteral(" AND ") + condition;
        clause.values.append(value);
    };
    if (!filter.district.isEmpty())
        add(QStringLiteral("b.district = ?"), filter.district);
    if (!filter.street.isEmpty())
        add(QStringLiteral("b.street = ?"), filter.street);
    if (filter.categoryId)
        add(QStringLiteral("c.category_id = ?"), *filter.categoryId);
    if (filter.channel)
        add(QStringLiteral("c.channel = ?"), codeOf(*filter.channel));
    if (!filter.caseworker.isEmpty())
        add(QStringLiteral("c.assignee = ?"), filter.caseworker);
    if (filter.businessId)
        add(QStringLiteral("c.business_id = ?"), *filter.businessId);
    return clause;
}

// Closed cases: status closed now, closing time in the period (a reopened case counts
// again when it is closed again, in the period it is closed in).
Clause finishedWhere(QDate from, QDate to, const StatsFilter &filter)
{
    Clause clause = where(QStringLiteral("c.closed_at"), from, to, filter);
    clause.sql += QStringLiteral(" AND c.status = 'closed'");
    return clause;
}

// 1 when the case's last closing came after an agreement or an enterprise settlement.
const QString kResolved = QStringLiteral(
    "CASE WHEN (SELECT e.from_status FROM case_events e WHERE e.complaint_id = c.id AND e.to_status = 'closed'"
    " ORDER BY e.id DESC LIMIT 1) IN ('agreement_reached', 'forwarded') THEN 1 ELSE 0 END");

struct GroupColumns {
    QString key;
    QString label;
    QString join;    // extra join for the label
    QString labelEn; // categories: the English name, for the English UI
};

GroupColumns groupColumns(StatsDimension dimension)
{
    switch (dimension) {
    case StatsDimension::Category:
        return {QStringLiteral("c.category_id"), QStringLiteral("MIN(cat.name)"),
                QStringLiteral(" JOIN categories cat ON cat.id = c.category_id "), QStringLiteral("MIN(cat.name_en)")};
    case StatsDimension::Nature:
        return {QStringLiteral("c.nature"), QStringLiteral("c.nature"), {}, QStringLiteral("''")};
    case StatsDimension::Channel:
        return {QStringLiteral("c.channel"), QStringLiteral("c.channel"), {}, QStringLiteral("''")};
    case StatsDimension::District:
        return {QStringLiteral("b.district"), QStringLiteral("b.district"), {}, QStringLiteral("''")};
    case StatsDimension::Street:
        return {QStringLiteral("b.district || '/' || b.street"),
                QStringLiteral("MIN(b.district || b.street)"),
                {},
                QStringLiteral("''")};
    case StatsDimension::Business:
        return {QStringLiteral("c.business_id"), QStringLiteral("MIN(b.name)"), {}, QStringLiteral("''")};
    case StatsDimension::Caseworker:
        return {QStringLiteral("c.assignee"), QStringLiteral("c.assignee"), {}, QStringLiteral("''")};
    }
    return {};
}

} // namespace

// Codes become labels people read, categories in the UI's language.
QString statsGroupLabel(StatsDimension dimension, const QString &stored, const QString &storedEn)
{
    if (dimension == StatsDimension::Category)
        return categoryLabel(stored, storedEn);
    if (dimension == StatsDimension::Nature) {
        if (auto nature = natureFromCode(stored))
            return labelOf(*nature);
    }
    if (dimension == StatsDimension::Channel) {
        if (auto channel = channelFromCode(stored))
            return labelOf(*channel);
    }
    return stored;
}

Status StatsRepository::addReceived(QDate from, QDate to, const StatsFilter &filter, PeriodCounts &counts) const
{
    const Clause w = where(QStringLiteral("c.received_at"), from, to, filter);
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT COUNT(*), COALESCE(SUM(c.amount_fen), 0),"
                                     " COALESCE(SUM(CASE WHEN c.channel = '12345' THEN 1 ELSE 0 END), 0)") +
                          kFrom + w.sql,
                      w.values);
    if (!q)
        return q.error();
    if (q->next()) {
        counts.received += q->value(0).toLongLong();
        counts.amountFen += q->value(1).toLongLong();
        counts.hotline += q->value(2).toLongLong();
    }
    return {};
}

Status StatsRepository::addNotAccepted(QDate from, QDate to, const StatsFilter &filter, PeriodCounts &counts) const
{
    Clause w = where(QStringLiteral("c.received_at"), from, to, filter);
    w.sql += QStringLiteral(" AND c.status IN ('registered', 'refused', 'returned')");
    auto q = runQuery(m_db, QStringLiteral("SELECT COUNT(*)") + fromFor(filter) + w.sql, w.values);
    if (!q)
        return q.error();
    if (q->next())
        counts.notAccepted += q->value(0).toLongLong();
    return {};
}

Status StatsRepository::addFinished(QDate from, QDate to, const StatsFilter &filter, PeriodCounts &counts) const
{
    const Clause w = finishedWhere(from, to, filter);
    auto q = runQuery(
        m_db,
        QStringLiteral("SELECT COUNT(*), COALESCE(SUM(%1), 0), COALESCE(SUM(c.recovered_fen), 0)").arg(kResolved) +
            kFrom + w.sql,
        w.values);
    if (!q)
        return q.error();
    if (q->next()) {
        counts.finished += q->value(0).toLongLong();
        counts.resolved += q->value(1).toLongLong();
        counts.recoveredFen += q->value(2).toLongLong();
    }
    return {};
}

Status StatsRepository::addMediations(QDate from, QDate to, const StatsFilter &filter, PeriodCounts &counts) const
{
    const Clause w = where(QStringLiteral("e.at"), from, to, filter);
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT e.to_status, COUNT(*) FROM case_events e"
                                     " JOIN complaints c ON c.id = e.complaint_id"
                                     " JOIN businesses b ON b.id = c.business_id") +
                          w.sql +
                          QStringLiteral(" AND e.to_status IN ('agreement_reached', 'mediation_terminated')"
                                         " GROUP BY e.to_status"),
                      w.values);
    if (!q)
        return q.error();
    while (q->next()) {
        if (q->value(0).toString() == QLatin1String("agreement_reached"))
            counts.agreements += q->value(1).toLongLong();
        else
            counts.terminations += q->value(1).toLongLong();
    }
    return {};
}

Status StatsRepository::addFollowUps(QDate from, QDate to, const StatsFilter &filter, PeriodCounts &counts) const
{
    const Clause w = where(QStringLiteral("f.at"), from, to, filter);
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT f.result, COUNT(*) FROM follow_ups f"
                                     " JOIN complaints c ON c.id = f.complaint_id"
                                     " JOIN businesses b ON b.id = c.business_id") +
                          w.sql + QStringLiteral(" AND f.result <> '' GROUP BY f.result"),
                      w.values);
    if (!q)
        return q.error();
    while (q->next()) {
        const QString result = q->value(0).toString();
        const qint64 n = q->value(1).toLongLong();
        if (result == QLatin1String("satisfied"))
            counts.satisfied += n;
        else if (result == QLatin1String("basically_satisfied"))
            counts.basicallySatisfied += n;
        else
            counts.dissatisfied += n;
    }
    return {};
}

Result<QList<FinishedCase>> StatsRepository::finishedCases(QDate from, QDate to, const StatsFilter &filter) const
{
    const Clause w = finishedWhere(from, to, filter);
    auto q = runQuery(
        m_db, QStringLiteral("SELECT c.received_at, c.accepted_at, c.closed_at, c.channel") + kFrom + w.sql, w.values);
    if (!q)
        return q.error();
    QList<FinishedCase> cases;
    while (q->next()) {
        FinishedCase c;
        c.receivedAt = dateTimeFromStored(q->value(0));
        c.acceptedAt = dateTimeFromStored(q->value(1));
        c.closedAt = dateTimeFromStored(q->value(2));
        c.channel = channelFromCode(q->value(3).toString()).value_or(Channel::Phone);
        cases.append(c);
    }
    return cases;
}

Result<QList<ReceivedCase>> StatsRepository::receivedCases(QDate from, QDate to, const StatsFilter &filter) const
{
    const Clause w = where(QStringLiteral("c.received_at"), from, to, filter);
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT c.received_at, c.channel, c.first_contact_at, c.accepted_at, c.closed_at, "
                                     "c.status") +
                          kFrom + w.sql,
                      w.values);
    if (!q)
        return q.error();
    QList<ReceivedCase> cases;
    while (q->next()) {
        ReceivedCase c;
        c.receivedAt = dateTimeFromStored(q->value(0));
        c.channel = channelFromCode(q->value(1).toString()).value_or(Channel::Phone);
        c.firstContactAt = dateTimeFromStored(q->value(2));
        c.acceptedAt = dateTimeFromStored(q->value(3));
        c.closedAt = dateTimeFromStored(q->value(4));
        c.status = statusFromCode(q->value(5).toString()).value_or(CaseStatus::Registered);
        cases.append(c);
    }
    return cases;
}

Result<QList<BreakdownRow>> StatsRepository::breakdown(StatsDimension dimension, QDate from, QDate to,
                                                       const StatsFilter &filter) const
{
    const GroupColumns g = groupColumns(dimension);
    QList<BreakdownRow> rows;
    QHash<QString, int> indexOf;

    const Clause received = where(QStringLiteral("c.received_at"), from, to, filter);
    auto q = runQuery(
        m_db,
        QStringLiteral("SELECT %1, %2, COUNT(*), COALESCE(SUM(c.amount_fen), 0), %3").arg(g.key, g.label, g.labelEn) +
            kFrom + g.join + received.sql + QStringLiteral(" GROUP BY %1").arg(g.key),
        received.values);
    if (!q)
        return q.error();
    while (q->next()) {
        BreakdownRow row;
        row.key = q->value(0).toString();
        row.label = statsGroupLabel(dimension, q->value(1).toString(), q->value(4).toString());
        row.received = q->value(2).toLongLong();
        row.amountFen = q->value(3).toLongLong();
        indexOf.insert(row.key, int(rows.size()));
        rows.append(row);
    }

    const Clause finished = finishedWhere(from, to, filter);
    auto f = runQuery(
        m_db,
        QStringLiteral("SELECT %1, %2, COUNT(*), COALESCE(SUM(%3), 0), %4").arg(g.key, g.label, kResolved, g.labelEn) +
            kFrom + g.join + finished.sql + QStringLiteral(" GROUP BY %1").arg(g.key),
        finished.values);
    if (!f)
        return f.error();
    while (f->next()) {
        const QString key = f->value(0).toString();
        if (!indexOf.contains(key)) {
            BreakdownRow row;
            row.key = key;
            row.label = statsGroupLabel(dimension, f->value(1).toString(), f->value(4).toString());
            indexOf.insert(key, int(rows.size()));
            rows.append(row);
        }
        BreakdownRow &row = rows[indexOf.value(key)];
        row.finished = f->value(2).toLongLong();
        row.resolved = f->value(3).toLongLong();
    }
    return rows;
}

Result<QMap<QString, qint64>> StatsRepository::receivedByMonth(QDate from, QDate to, const StatsFilter &filter) const
{
    const Clause w = where(QStringLiteral("c.received_at"), from, to, filter);
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT substr(c.received_at, 1, 7), COUNT(*)") + kFrom + w.sql +
                          QStringLiteral(" GROUP BY substr(c.received_at, 1, 7)"),
                      w.values);
    if (!q)
        return q.error();
    QMap<QString, qint64> months;
    while (q->next())
        months.insert(q->value(0).toString(), q->value(1).toLongLong());
    return months;
}

Result<QStringList> StatsRepository::districts() const
{
    auto q = runQuery(
        m_db, QStringLiteral("SELECT DISTINCT district FROM businesses WHERE district <> '' ORDER BY district"));
    if (!q)
        return q.error();
    QStringList names;
    while (q->next())
        names.append(q->value(0).toString());
    return names;
}

Result<QString> StatsRepository::businessName(qint64 id) const
{
    auto name = queryScalar(m_db, QStringLiteral("SELECT name FROM businesses WHERE id = ?"), {id});
    if (!name)
        return name.error();
    return name->toString();
}

Result<QList<qint64>> StatsRepository::finishedCaseIds(QDate from, QDate to, const StatsFilter &filter) const
{
    const Clause w = finishedWhere(from, to, filter);
    auto q = runQuery(m_db, QStringLiteral("SELECT c.id") + kFrom + w.sql, w.values);
    if (!q)
        return q.error();
    QList<qint64> ids;
    while (q->next())
        ids.append(q->value(0).toLongLong());
    return ids;
}

Result<QList<qint64>> StatsRepository::typicalCaseIds(QDate from, QDate to, const StatsFilter &filter) const
{
    const Clause w = where(QStringLiteral("t.marked_at"), from, to, filter);
    auto q =
        runQuery(m_db,
                 QStringLiteral("SELECT t.complaint_id FROM typical_cases t JOIN complaints c ON c.id = t.complaint_id"
                                " JOIN businesses b ON b.id = c.business_id") +
                     w.sql,
                 w.values);
    if (!q)
        return q.error();
    QList<qint64> ids;
    while (q->next())
        ids.append(q->value(0).toLongLong());
    return ids;
}

} // namespace casedesk
