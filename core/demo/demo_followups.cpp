#include "demo/demo_followups.h"

#include "storage/sql_helpers.h"
#include "storage/stored_values.h"

namespace casedesk::demo {

DemoFollowUps::DemoFollowUps(const QSqlDatabase &db, quint64 seed, const QDateTime &end)
    : m_end(end), m_dice(seed ^ 0x5bd1e995ULL),
      // Resolved cases mostly leave the consumer satisfied; the others much less often.
      m_resolvedResults({72, 22, 6}), m_unresolvedResults({25, 35, 40}), m_typical(db), m_visit(db)
{
    // Prepared once and run for every closed case: parsing the SQL each time cost a minute
    // on a million cases.
    m_prepared = m_typical.prepare(QStringLiteral("INSERT INTO typical_cases(complaint_id, title, summary, marked_by,"
                                                  " marked_at) VALUES (?, ?, ?, ?, ?)"));
    if (m_prepared)
        m_prepared = m_visit.prepare(QStringLiteral("INSERT INTO follow_ups(complaint_id, at, recorded_at, actor, "
                                                    "reached, result, attitude) VALUES (?, ?, ?, ?, ?, ?, ?)"));
}

Status DemoFollowUps::run(PreparedInsert &insert, std::initializer_list<BoundValue> values)
{
    if (!m_prepared)
        return m_prepared;
    if (auto inserted = insert.run(values); !inserted)
        return inserted.error();
    return {};
}

qint64 DemoFollowUps::recovered(bool resolved, qint64 amountFen)
{
    // Most agreements return most of the money at stake.
    return resolved ? amountFen * (50 + m_dice.below(51)) / 100 / 100 * 100 : 0;
}

Status DemoFollowUps::add(const ClosedCase &c, qint64 recoveredFen, const Answered &answered)
{
    if (c.resolved && ++m_resolvedSeen % 31 == 0) {
        auto marked = run(m_typical, {c.id, QStringLiteral("%1纠纷调解成功案例").arg(c.category),
                                      QStringLiteral("消费者投诉%1，经承办人组织调解，双方达成一致，经营者退赔%2元。")
                                          .arg(c.business)
                                          .arg(recoveredFen / 100),
                                      c.assignee, storedDateTime(c.closedAt)});
        if (!marked)
            return marked;
    }
    if (c.assignee.isEmpty() || !m_dice.chance(0.85))
        return {};
    const auto visit = [this, &c](const QDateTime &at, bool reached, const QString &result, int attitude) {
        return run(m_visit, {c.id, storedDateTime(at), storedDateTime(at), c.assignee, reached ? 1 : 0, result, attitude});
    };
    QDateTime at = c.closedAt.addDays(1 + m_dice.below(6));
    at.setTime(QTime(9 + m_dice.below(8), m_dice.below(60)));
    if (at > m_end)
        return {};
    if (m_dice.chance(0.12)) { // no answer first; called again the next day
        if (auto added = visit(at, false, {}, 0); !added)
            return added;
        at = at.addDays(1);
        if (at > m_end)
            return {};
    }
    static const QStringList results = {QStringLiteral("satisfied"), QStringLiteral("basically_satisfied"),
                                        QStringLiteral("dissatisfied")};
    const int pick = (c.resolved ? m_resolvedResults : m_unresolvedResults).pick(m_dice);
    const int attitude = pick == 2 ? 2 + m_dice.below(3) : 4 + m_dice.below(2);
    if (auto added = visit(at, true, results.at(pick), attitude); !added)
        return added;
    if (answered)
        answered(storedDateTime(at), results.at(pick));
    return {};
}

} // namespace casedesk::demo
