#include "demo/demo_followups.h"

#include "demo/weighted_random.h"
#include "storage/sql_helpers.h"
#include "storage/stored_values.h"

namespace casedesk::demo {
namespace {

struct ClosedCase {
    qint64 id = 0;
    QDateTime closedAt;
    QString assignee;
    qint64 amountFen = 0;
    bool resolved = false;
    QString category;
    QString business;
};

Result<QList<ClosedCase>> closedCases(const QSqlDatabase &db, qint64 afterId)
{
    auto q =
        runQuery(db,
                 QStringLiteral("SELECT c.id, c.closed_at, c.assignee, c.amount_fen,"
                                " (SELECT e.from_status FROM case_events e WHERE e.complaint_id = c.id AND"
                                "  e.to_status = 'closed' ORDER BY e.id DESC LIMIT 1), cat.name, b.name"
                                " FROM complaints c JOIN categories cat ON cat.id = c.category_id"
                                " JOIN businesses b ON b.id = c.business_id"
                                " WHERE c.id > ? AND c.status = 'closed' AND c.closed_at IS NOT NULL ORDER BY c.id"),
                 {afterId});
    if (!q)
        return q.error();
    QList<ClosedCase> cases;
    while (q->next()) {
        const QString via = q->value(4).toString();
        cases.append({q->value(0).toLongLong(), dateTimeFromStored(q->value(1)), q->value(2).toString(),
                      q->value(3).toLongLong(),
                      via == QLatin1String("agreement_reached") || via == QLatin1String("forwarded"),
                      q->value(5).toString(), q->value(6).toString()});
    }
    return cases;
}

// A statement prepared once and run for every closed case: with a million cases, parsing
// the SQL again each time took about a minute.
class Prepared {
public:
    Prepared(const QSqlDatabase &db, const QString &sql) : m_query(db) { m_ok = m_query.prepare(sql); }
    Status run(const QVariantList &values)
    {
        if (!m_ok)
            return storageError(m_query.lastError());
        for (int i = 0; i < values.size(); ++i)
            m_query.bindValue(i, bindable(values.at(i)));
        if (!m_query.exec())
            return storageError(m_query.lastError());
        return {};
    }

private:
    QSqlQuery m_query;
    bool m_ok = false;
};

Status addVisit(Prepared &insert, const ClosedCase &c, const QDateTime &at, bool reached, const QString &result,
                int attitude)
{
    return insert.run({c.id, storedDateTime(at), storedDateTime(at), c.assignee, reached ? 1 : 0, result, attitude});
}

} // namespace

Status addDemoFollowUps(const QSqlDatabase &db, quint64 seed, const QDateTime &end, qint64 afterId)
{
    auto cases = closedCases(db, afterId);
    if (!cases)
        return cases.error();
    Dice dice(seed ^ 0x5bd1e995ULL);
    // Resolved cases mostly leave the consumer satisfied; the others much less often.
    const WeightedTable resolvedResults({72, 22, 6});
    const WeightedTable unresolvedResults({25, 35, 40});
    const QStringList results = {QStringLiteral("satisfied"), QStringLiteral("basically_satisfied"),
                                 QStringLiteral("dissatisfied")};
    int resolvedSeen = 0;
    Prepared recover(db, QStringLiteral("UPDATE complaints SET recovered_fen = ? WHERE id = ?"));
    Prepared visit(db, QStringLiteral("INSERT INTO follow_ups(complaint_id, at, recorded_at, actor, reached, result,"
                                      " attitude) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (const ClosedCase &c : cases.value()) {
        if (c.resolved) {
            // Most agreements return most of the money at stake.
            const qint64 recovered = c.amountFen * (50 + dice.below(51)) / 100 / 100 * 100;
            if (auto q = recover.run({recovered, c.id}); !q)
                return q;
            if (++resolvedSeen % 31 == 0) {
                auto q = runQuery(db,
                                  QStringLiteral("INSERT INTO typical_cases(complaint_id, title, summary, marked_by,"
                                                 " marked_at) VALUES (?, ?, ?, ?, ?)"),
                                  {c.id, QStringLiteral("%1纠纷调解成功案例").arg(c.category),
                                   QStringLiteral("消费者投诉%1，经承办人组织调解，双方达成一致，经营者退赔%2元。")
                                       .arg(c.business)
                                       .arg(recovered / 100),
                                   c.assignee, storedDateTime(c.closedAt)});
                if (!q)
                    return q.error();
            }
        }
        if (c.assignee.isEmpty() || !dice.chance(0.85))
            continue;
        QDateTime at = c.closedAt.addDays(1 + dice.below(6));
        at.setTime(QTime(9 + dice.below(8), dice.below(60)));
        if (at > end)
            continue;
        if (dice.chance(0.12)) { // no answer first; called again the next day
            if (auto added = addVisit(visit, c, at, false, {}, 0); !added)
                return added;
            at = at.addDays(1);
            if (at > end)
                continue;
        }
        const int pick = (c.resolved ? resolvedResults : unresolvedResults).pick(dice);
        const int attitude = pick == 2 ? 2 + dice.below(3) : 4 + dice.below(2);
        if (auto added = addVisit(visit, c, at, true, results.at(pick), attitude); !added)
            return added;
    }
    return {};
}

} // namespace casedesk::demo
