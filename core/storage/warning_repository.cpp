#include "storage/warning_repository.h"

#include "storage/engine.h"
#include "storage/prepared_insert.h"
#include "storage/sql_helpers.h"
#include "storage/stored_values.h"

#include <QCoreApplication>

namespace casedesk {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Warning)
};

// Ids as comma-separated lists of at most 500, to be written into statements (they are
// numbers), so that a statement stays small whatever the number of ids.
QStringList idSlices(const QList<qint64> &ids)
{
    QStringList slices;
    for (int from = 0; from < ids.size(); from += 500) {
        QStringList slice;
        for (qint64 id : ids.mid(from, 500))
            slice << QString::number(id);
        slices << slice.join(QLatin1Char(','));
    }
    return slices;
}

// Adds the rows of a statement giving business id, day, complaints, prepaid to `counts`; days
// that are not dates (a damaged received_at) and empty days are left out.
Status readDayCounts(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
                     QHash<qint64, QList<DayCount>> &counts)
{
    auto q = runQuery(db, sql, values);
    if (!q)
        return q.error();
    while (q->next()) {
        const QDate day = QDate::fromString(q->value(1).toString(), Qt::ISODate);
        if (day.isValid() && q->value(2).toInt() > 0)
            counts[q->value(0).toLongLong()].append({day, q->value(2).toInt(), q->value(3).toInt()});
    }
    return {};
}

} // namespace

Result<QList<WarningRule>> WarningRepository::rules() const
{
    auto q = runQuery(m_db, QStringLiteral("SELECT id, name, window_days, min_count, baseline_days, ratio_percent, "
                                           "prepaid_weight_percent, active FROM warning_rules ORDER BY id"));
    if (!q)
        return q.error();
    QList<WarningRule> rules;
    while (q->next()) {
        rules.append({q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toInt(), q->value(3).toInt(),
                      q->value(4).toInt(), q->value(5).toInt(), q->value(6).toInt(), q->value(7).toBool()});
    }
    return rules;
}

Result<qint64> WarningRepository::insertRule(const WarningRule &r)
{
    auto q = insertReturningId(m_db,
                      QStringLiteral("INSERT INTO warning_rules(name, window_days, min_count, baseline_days, ratio_percent, "
                                     "prepaid_weight_percent, active) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                      {r.name.trimmed(), r.windowDays, r.minCount, r.baselineDays, r.ratioPercent, r.prepaidWeightPercent,
                       r.active ? 1 : 0});
    if (!q)
        return q.error();
    return q.value();
}

Status WarningRepository::updateRule(const WarningRule &r)
{
    auto q = runQuery(m_db,
                      QStringLiteral("UPDATE warning_rules SET name = ?, window_days = ?, min_count = ?, baseline_days = ?, "
                                     "ratio_percent = ?, prepaid_weight_percent = ?, active = ? WHERE id = ?"),
                      {r.name.trimmed(), r.windowDays, r.minCount, r.baselineDays, r.ratioPercent, r.prepaidWeightPercent,
                       r.active ? 1 : 0, r.id});
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return Error{ErrorCode::NotFound, Msg::tr("No warning rule %1 was found.").arg(r.id), {}};
    return {};
}

Status WarningRepository::removeRule(qint64 ruleId)
{
    if (auto acks = runQuery(m_db, QStringLiteral("DELETE FROM warning_alerts WHERE rule_id = ?"), {ruleId}); !acks)
        return acks.error();
    auto q = runQuery(m_db, QStringLiteral("DELETE FROM warning_rules WHERE id = ?"), {ruleId});
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return Error{ErrorCode::NotFound, Msg::tr("No warning rule %1 was found.").arg(ruleId), {}};
    return {};
}

Result<QHash<qint64, QList<DayCount>>> WarningRepository::dailyCounts() const
{
    // received_at is local time with offset, so its first ten characters are the local day.
    QHash<qint64, QList<DayCount>> counts;
    if (auto read = readDayCounts(m_db,
                                  QStringLiteral("SELECT c.business_id, substr(c.received_at, 1, 10) AS day, count(*), "
                                                 "count(p.complaint_id) FROM complaints c "
                                                 "LEFT JOIN prepaid_cards p ON p.complaint_id = c.id "
                                                 "GROUP BY c.business_id, day ORDER BY c.business_id, day"),
                                  {}, counts);
        !read)
        return read.error();
    return counts;
}

std::pair<QString, QVariantList> WarningRepository::storedDailyCountsStatement(const QList<WarningRule> &rules)
{
    QStringList floors;
    QVariantList values;
    for (const WarningRule &rule : rules) {
        if (!rule.active)
            continue;
        floors << QStringLiteral("sum(complaints) * 100 + sum(prepaid) * ? >= ?");
        values << rule.prepaidWeightPercent - 100 << qint64(rule.minCount) * 100;
    }
    if (floors.isEmpty())
        return {};
    return {QStringLiteral("SELECT d.business_id, d.day, d.complaints, d.prepaid FROM business_day_counts d "
                           "WHERE d.business_id IN (SELECT business_id FROM business_day_counts "
                           "GROUP BY business_id HAVING %1) ORDER BY d.business_id, d.day")
                .arg(floors.join(QStringLiteral(" OR "))),
            values};
}

Result<QHash<qint64, QList<DayCount>>> WarningRepository::storedDailyCounts(const QList<WarningRule> &rules) const
{
    QHash<qint64, QList<DayCount>> counts;
    const auto [sql, values] = storedDailyCountsStatement(rules);
    if (sql.isEmpty())
        return counts;
    if (auto read = readDayCounts(m_db, sql, values, counts); !read)
        return read.error();
    return counts;
}

Result<QHash<qint64, QList<DayCount>>>
WarningRepository::storedDailyCountsOf(const QList<qint64> &businessIds) const
{
    QHash<qint64, QList<DayCount>> counts;
    for (const QString &ids : idSlices(businessIds)) {
        if (auto read = readDayCounts(m_db,
                                      QStringLiteral("SELECT business_id, day, complaints, prepaid FROM "
                                                     "business_day_counts WHERE business_id IN (%1) "
                                                     "ORDER BY business_id, day")
                                          .arg(ids),
                                      {}, counts);
            !read)
            return read.error();
    }
    return counts;
}

QString WarningRepository::storedRunsStatement()
{
    return QStringLiteral("SELECT rule_id, business_id, first_day, last_day, complaints, prepaid, score_percent, "
                          "baseline_percent FROM warning_runs");
}

Result<QList<StoredWarningRun>> WarningRepository::storedRuns() const
{
    auto q = runQuery(m_db, storedRunsStatement());
    if (!q)
        return q.error();
    QList<StoredWarningRun> runs;
    while (q->next()) {
        StoredWarningRun stored{q->value(0).toLongLong(), q->value(1).toLongLong(), {}};
        stored.run = {dateFromStored(q->value(2)), dateFromStored(q->value(3)), q->value(4).toInt(),
                      q->value(5).toInt(),         q->value(6).toInt(),         q->value(7).toInt()};
        runs.append(stored);
    }
    return runs;
}

Result<QList<qint64>> WarningRepository::businessesToLookAtAgain() const
{
    auto q = runQuery(m_db, QStringLiteral("SELECT business_id FROM warning_dirty ORDER BY business_id"));
    if (!q)
        return q.error();
    QList<qint64> ids;
    while (q->next())
        ids << q->value(0).toLongLong();
    return ids;
}

Result<QDate> WarningRepository::runsObservedFrom() const
{
    auto q = runQuery(m_db, QStringLiteral("SELECT observed_from FROM warning_runs_basis"));
    if (!q)
        return q.error();
    return q->next() ? dateFromStored(q->value(0)) : QDate();
}

Status WarningRepository::holdDailyCounts()
{
    // Writers note their businesses in warning_dirty inside their own transactions: this
    // waits for those under way and holds new ones until the runs are found again.
    if (engineOf(m_db) != Engine::Postgres)
        return {};
    if (auto locked = runQuery(m_db, QStringLiteral("LOCK TABLE warning_dirty IN EXCLUSIVE MODE")); !locked)
        return locked.error();
    return {};
}

Status WarningRepository::replaceRuns(const QList<qint64> &businessIds, const QList<StoredWarningRun> &runs,
                                      const QDate &observedFrom)
{
    QStringList statements;
    if (businessIds.contains(0)) {
        statements << QStringLiteral("DELETE FROM warning_runs") << QStringLiteral("DELETE FROM warning_dirty");
    } else {
        for (const QString &ids : idSlices(businessIds)) {
            statements << QStringLiteral("DELETE FROM warning_runs WHERE business_id IN (%1)").arg(ids)
                       << QStringLiteral("DELETE FROM warning_dirty WHERE business_id IN (%1)").arg(ids);
        }
    }
    statements << QStringLiteral("DELETE FROM warning_runs_basis");
    for (const QString &sql : std::as_const(statements)) {
        if (auto done = runQuery(m_db, sql); !done)
            return done.error();
    }
    if (observedFrom.isValid()) {
        if (auto kept = runQuery(m_db, QStringLiteral("INSERT INTO warning_runs_basis(observed_from) VALUES (?)"),
                                 {observedFrom.toString(Qt::ISODate)});
            !kept)
            return kept.error();
    }
    PreparedInsert insert(m_db);
    if (auto prepared = insert.prepare(QStringLiteral(
            "INSERT INTO warning_runs(rule_id, business_id, first_day, last_day, complaints, prepaid, score_percent, "
            "baseline_percent) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        !prepared)
        return prepared;
    for (const StoredWarningRun &r : runs) {
        if (auto done = insert.run({r.ruleId, r.businessId, r.run.firstDay.toString(Qt::ISODate),
                                    r.run.lastDay.toString(Qt::ISODate), r.run.complaints, r.run.prepaid,
                                    r.run.scorePercent, r.run.baselinePercent});
            !done)
            return done.error();
    }
    return {};
}

Result<QDate> WarningRepository::firstStoredDay() const
{
    // Days that are not dates (a damaged received_at) are skipped, as dailyCounts() skips them.
    // A few rows at a time: a server sends a result whole (runQuery), and there is a row per
    // business and day (1.3 s for a million cases when all of them came).
    constexpr int kRows = 64;
    for (qint64 offset = 0;; offset += kRows) {
        auto q = runQuery(m_db,
                          QStringLiteral("SELECT day FROM business_day_counts WHERE complaints > 0 ORDER BY day "
                                         "LIMIT %1 OFFSET %2")
                              .arg(kRows)
                              .arg(offset));
        if (!q)
            return q.error();
        int rows = 0;
        while (q->next()) {
            ++rows;
            const QDate day = QDate::fromString(q->value(0).toString(), Qt::ISODate);
            if (day.isValid())
                return day;
        }
        if (rows < kRows)
            return QDate();
    }
}

Result<QHash<qint64, std::pair<QString, QString>>> WarningRepository::businessNames(const QList<qint64> &ids) const
{
    QHash<qint64, std::pair<QString, QString>> names;
    for (const QString &slice : idSlices(ids)) {
        auto q = runQuery(m_db, QStringLiteral("SELECT id, name, credit_code FROM businesses WHERE id IN (%1)").arg(slice));
        if (!q)
            return q.error();
        while (q->next())
            names.insert(q->value(0).toLongLong(), {q->value(1).toString(), q->value(2).toString()});
    }
    return names;
}

Result<QList<AlertAcknowledgement>> WarningRepository::acknowledgements() const
{
    auto q =
        runQuery(m_db, QStringLiteral("SELECT business_id, rule_id, first_day, acknowledged_at, acknowledged_by, note "
                                      "FROM warning_alerts WHERE acknowledged_at IS NOT NULL"));
    if (!q)
        return q.error();
    QList<AlertAcknowledgement> acks;
    while (q->next()) {
        acks.append({q->value(0).toLongLong(), q->value(1).toLongLong(), dateFromStored(q->value(2)),
                     dateTimeFromStored(q->value(3)), q->value(4).toString(), q->value(5).toString()});
    }
    return acks;
}

Status WarningRepository::acknowledge(const AlertAcknowledgement &ack, const WarningRun &run)
{
    // Acknowledging twice (another desk was quicker) keeps the first acknowledgement.
    auto already =
        queryScalar(m_db,
                    QStringLiteral("SELECT count(*) FROM warning_alerts WHERE business_id = ? AND rule_id = ? "
                                   "AND first_day = ?"),
                    {ack.businessId, ack.ruleId, storedDate(ack.firstDay)});
    if (!already)
        return already.error();
    if (already->toInt() > 0)
        return {};
    auto q = runQuery(
        m_db,
        QStringLiteral("INSERT INTO warning_alerts(business_id, rule_id, first_day, last_day, complaints, "
                       "prepaid, score_percent, baseline_percent, created_at, acknowledged_at, "
                       "acknowledged_by, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {ack.businessId, ack.ruleId, storedDate(ack.firstDay), storedDate(run.lastDay), run.complaints, run.prepaid,
         run.scorePercent, run.baselinePercent, storedDateTime(ack.at), storedDateTime(ack.at), ack.by, ack.note});
    if (!q)
        return q.error();
    return {};
}

} // namespace casedesk
