#include "storage/case_deadline_repository.h"

#include "storage/prepared_insert.h"
#include "storage/sql_helpers.h"
#include "storage/stored_values.h"

#include <algorithm>

namespace casedesk {
namespace {

QString where(const CaseSelection &cases)
{
    return cases.condition.isEmpty() ? QStringLiteral("1 = 1") : cases.condition;
}

} // namespace

Status CaseDeadlineRepository::removeFor(const CaseSelection &cases)
{
    const QString sql = cases.condition.isEmpty() ? QStringLiteral("DELETE FROM case_deadlines")
                                                  : QStringLiteral("DELETE FROM case_deadlines WHERE case_id IN "
                                                                   "(SELECT c.id FROM complaints c WHERE %1)")
                                                        .arg(where(cases));
    if (auto done = runQuery(m_db, sql, cases.values); !done)
        return done.error();
    return {};
}

Status CaseDeadlineRepository::insert(const QList<std::pair<qint64, PendingDeadline>> &pending)
{
    if (pending.isEmpty())
        return {};
    PreparedInsert statement(m_db);
    if (auto prepared = statement.prepare(QStringLiteral(
            "INSERT INTO case_deadlines(case_id, kind, rule_channel, amount, unit, started_at, due_date, "
            "due_at, paused_days, pause_from) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        !prepared)
        return prepared;
    for (const auto &[caseId, d] : pending) {
        auto done = statement.run({caseId, codeOf(d.kind), d.rule.channel, d.rule.amount, codeOf(d.rule.unit),
                                   storedDateTime(d.startedAt), d.dueDate.toString(Qt::ISODate),
                                   d.rule.unit == DeadlineUnit::Hours ? QVariant(storedDateTime(d.dueAt)) : QVariant(),
                                   d.pausedDays, storedDate(d.openPauseFrom)});
        if (!done)
            return done.error();
    }
    return {};
}

namespace {

// What the due list shows of a deadline, joined to its case and parties.
const char *const kDueColumns =
    "SELECT d.case_id, c.case_number, p.name, b.name, c.assignee, c.status, d.kind, d.rule_channel, d.amount, "
    "d.unit, d.started_at, d.due_date, d.due_at, d.paused_days, d.pause_from FROM case_deadlines d "
    "JOIN complaints c ON c.id = d.case_id JOIN consumers p ON p.id = c.consumer_id "
    "JOIN businesses b ON b.id = c.business_id WHERE ";

// The deadlines no pause holds due before `before` (from `from` on if valid), of one caseworker
// if given, as a condition on case_deadlines d (and complaints c) with its values.
std::pair<QString, QVariantList> unpausedCondition(QDate from, QDate before, const QString &assignee)
{
    QString where = QStringLiteral("d.pause_from IS NULL AND d.due_date < ?");
    QVariantList values{before.toString(Qt::ISODate)};
    if (from.isValid()) {
        where += QStringLiteral(" AND d.due_date >= ?");
        values << from.toString(Qt::ISODate);
    }
    if (!assignee.isEmpty()) {
        where += QStringLiteral(" AND c.assignee = ?");
        values << assignee;
    }
    return {where, values};
}

// The join a count needs: the case only when one caseworker's deadlines are asked.
QString countFrom(const QString &assignee)
{
    return assignee.isEmpty() ? QStringLiteral("FROM case_deadlines d ")
                              : QStringLiteral("FROM case_deadlines d JOIN complaints c ON c.id = d.case_id ");
}

// Reads the pending deadline of a row from its column `first` on: kind, rule channel,
// amount, unit, started at, due date, due at, paused days, pause from.
PendingDeadline pendingFrom(const QSqlQuery &q, int first)
{
    PendingDeadline d;
    d.kind = deadlineKindFromCode(q.value(first).toString()).value_or(DeadlineKind::Accept);
    d.rule.kind = d.kind;
    d.rule.channel = q.value(first + 1).toString();
    d.rule.amount = q.value(first + 2).toInt();
    d.rule.unit = deadlineUnitFromCode(q.value(first + 3).toString()).value_or(DeadlineUnit::WorkingDays);
    d.startedAt = dateTimeFromStored(q.value(first + 4));
    d.dueDate = dateFromStored(q.value(first + 5));
    if (d.rule.unit == DeadlineUnit::Hours)
        d.dueAt = dateTimeFromStored(q.value(first + 6));
    d.pausedDays = q.value(first + 7).toInt();
    d.openPauseFrom = dateFromStored(q.value(first + 8));
    return d;
}

Status readDueRows(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
                   const std::function<bool(StoredDueRow &&)> &take)
{
    auto q = runQuery(db, sql, values);
    if (!q)
        return q.error();
    while (q->next()) {
        StoredDueRow row;
        row.caseId = q->value(0).toLongLong();
        row.caseNumber = q->value(1).toString();
        row.consumerName = q->value(2).toString();
        row.businessName = q->value(3).toString();
        row.assignee = q->value(4).toString();
        row.status = q->value(5).toString();
        row.deadline = pendingFrom(q.value(), 6);
        if (!take(std::move(row)))
            break;
    }
    return {};
}

Result<QList<StoredDueRow>> allDueRows(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QList<StoredDueRow> rows;
    if (auto read = readDueRows(db, sql, values, [&rows](StoredDueRow &&row) {
            rows.append(std::move(row));
            return true;
        });
        !read)
        return read.error();
    return rows;
}

} // namespace

std::pair<QString, QVariantList> CaseDeadlineRepository::unpausedDueStatement(QDate from, QDate before,
                                                                              const QString &assignee)
{
    const auto [where, values] = unpausedCondition(from, before, assignee);
    // A complete order (the day from the index, the rest sorted within a day) so that pages
    // read one after another neither repeat nor skip a deadline.
    return {QLatin1String(kDueColumns) + where + QStringLiteral(" ORDER BY d.due_date, d.case_id, d.kind"), values};
}

Status CaseDeadlineRepository::unpausedDue(QDate from, QDate before, const QString &assignee,
                                          const std::function<bool(StoredDueRow &&)> &take) const
{
    // Read a page at a time: a server sends a result whole (runQuery), and a page of the due
    // list needs only the first deadlines of thousands overdue. Pages grow, for whoever reads
    // them all.
    const auto [sql, values] = unpausedDueStatement(from, before, assignee);
    const QString paged = sql + QStringLiteral(" LIMIT ? OFFSET ?");
    qint64 offset = 0;
    int pageRows = 128;
    for (;;) {
        int rows = 0;
        bool stopped = false;
        const Status read = readDueRows(m_db, paged, values + QVariantList{pageRows, offset},
                                        [&](StoredDueRow &&row) {
                                            ++rows;
                                            stopped = !take(std::move(row));
                                            return !stopped;
                                        });
        if (!read || stopped || rows < pageRows)
            return read;
        offset += rows;
        pageRows = std::min(pageRows * 4, 8192);
    }
}

Result<QList<StoredDueGroup>> CaseDeadlineRepository::unpausedDueGroups(QDate from, QDate before,
                                                                       const QString &assignee) const
{
    const auto [where, values] = unpausedCondition(from, before, assignee);
    // The offset is what follows the seconds of the ISO text ("+08:00", "Z").
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT min(d.kind), '', 0, d.unit, min(d.started_at), d.due_date, d.due_at, 0, NULL, "
                                     "count(*) ") +
                          countFrom(assignee) + QStringLiteral("WHERE ") + where +
                          QStringLiteral(" GROUP BY d.due_date, d.unit, d.due_at, substr(d.started_at, 20)"),
                      values);
    if (!q)
        return q.error();
    QList<StoredDueGroup> groups;
    while (q->next())
        groups.append({pendingFrom(q.value(), 0), q->value(9).toLongLong()});
    return groups;
}

Result<qint64> CaseDeadlineRepository::countUnpausedDue(QDate before, const QString &assignee) const
{
    const auto [where, values] = unpausedCondition({}, before, assignee);
    auto counted = queryScalar(m_db, QStringLiteral("SELECT count(*) ") + countFrom(assignee) + QStringLiteral("WHERE ") +
                                         where,
                               values);
    if (!counted)
        return counted.error();
    return counted->toLongLong();
}

Result<QList<StoredDueRow>> CaseDeadlineRepository::heldByPause(const QString &assignee) const
{
    QString sql = QLatin1String(kDueColumns) + QStringLiteral("d.pause_from IS NOT NULL");
    QVariantList values;
    if (!assignee.isEmpty()) {
        sql += QStringLiteral(" AND c.assignee = ?");
        values << assignee;
    }
    return allDueRows(m_db, sql, values);
}

Result<QList<StoredDueRow>> CaseDeadlineRepository::dueBefore(QDate dueBefore, const QString &assignee) const
{
    const auto [sql, values] = unpausedDueStatement({}, dueBefore, assignee);
    auto rows = allDueRows(m_db, sql, values);
    if (!rows)
        return rows;
    auto held = heldByPause(assignee);
    if (!held)
        return held;
    rows->append(held.value());
    return rows;
}

CaseSelection CaseDeadlineRepository::casesMovedByCalendar(QDate first, QDate last) const
{
    // started_at is local time text: any start on a day before `last` sorts below it.
    return {QStringLiteral("c.id IN (SELECT d.case_id FROM case_deadlines d WHERE d.unit <> 'hours' "
                           "AND d.started_at < ? AND (d.due_date >= ? OR d.pause_from IS NOT NULL))"),
            {last.toString(Qt::ISODate), first.toString(Qt::ISODate)}};
}

} // namespace casedesk
