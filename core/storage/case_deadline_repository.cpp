#include "storage/case_deadline_repository.h"

#include "storage/prepared_insert.h"
#include "storage/sql_helpers.h"
#include "storage/stored_values.h"

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

std::pair<QString, QVariantList> CaseDeadlineRepository::dueBeforeStatement(QDate dueBefore, const QString &assignee)
{
    // Two branches so that each uses its own index (due_date, and the partial index of the
    // deadlines an open pause holds); a deadline is in one branch only.
    const QString columns = QStringLiteral(
        "SELECT d.case_id, c.case_number, p.name, b.name, c.assignee, c.status, d.kind, d.rule_channel, d.amount, "
        "d.unit, d.started_at, d.due_date, d.due_at, d.paused_days, d.pause_from FROM case_deadlines d "
        "JOIN complaints c ON c.id = d.case_id JOIN consumers p ON p.id = c.consumer_id "
        "JOIN businesses b ON b.id = c.business_id WHERE ");
    QString mine;
    QVariantList values{dueBefore.toString(Qt::ISODate)};
    if (!assignee.isEmpty()) {
        mine = QStringLiteral(" AND c.assignee = ?");
        values << assignee;
    }
    const QString sql = columns + QStringLiteral("d.due_date < ? AND d.pause_from IS NULL") + mine +
                        QStringLiteral(" UNION ALL ") + columns + QStringLiteral("d.pause_from IS NOT NULL") + mine;
    if (!assignee.isEmpty())
        values << assignee;
    return {sql, values};
}

Result<QList<StoredDueRow>> CaseDeadlineRepository::dueBefore(QDate dueBefore, const QString &assignee) const
{
    const auto [sql, values] = dueBeforeStatement(dueBefore, assignee);
    auto q = runQuery(m_db, sql, values);
    if (!q)
        return q.error();
    QList<StoredDueRow> rows;
    while (q->next()) {
        StoredDueRow row;
        row.caseId = q->value(0).toLongLong();
        row.caseNumber = q->value(1).toString();
        row.consumerName = q->value(2).toString();
        row.businessName = q->value(3).toString();
        row.assignee = q->value(4).toString();
        row.status = q->value(5).toString();
        PendingDeadline &d = row.deadline;
        d.kind = deadlineKindFromCode(q->value(6).toString()).value_or(DeadlineKind::Accept);
        d.rule.kind = d.kind;
        d.rule.channel = q->value(7).toString();
        d.rule.amount = q->value(8).toInt();
        d.rule.unit = deadlineUnitFromCode(q->value(9).toString()).value_or(DeadlineUnit::WorkingDays);
        d.startedAt = dateTimeFromStored(q->value(10));
        d.dueDate = dateFromStored(q->value(11));
        if (d.rule.unit == DeadlineUnit::Hours)
            d.dueAt = dateTimeFromStored(q->value(12));
        d.pausedDays = q->value(13).toInt();
        d.openPauseFrom = dateFromStored(q->value(14));
        rows.append(std::move(row));
    }
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
