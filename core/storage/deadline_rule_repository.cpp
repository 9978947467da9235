#include "storage/deadline_rule_repository.h"

#include "deadlines/stored_deadlines.h"
#include "storage/sql_helpers.h"
#include "storage/stored_values.h"

#include <QCoreApplication>

namespace casedesk {
namespace {

// The translation context of this file's messages.
struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Deadlines)
};

const QString kSelectSet = QStringLiteral("SELECT id, name, effective_from, note FROM deadline_rule_sets ");

DeadlineRuleSet setFromRow(const QSqlQuery &query)
{
    DeadlineRuleSet set;
    set.id = query.value(0).toLongLong();
    set.name = query.value(1).toString();
    set.effectiveFrom = dateFromStored(query.value(2));
    set.note = query.value(3).toString();
    return set;
}

} // namespace

Result<QList<DeadlineRule>> DeadlineRuleRepository::rulesOf(qint64 setId) const
{
    auto query = runQuery(m_db,
                          QStringLiteral("SELECT kind, channel, amount, unit FROM deadline_rules "
                                         "WHERE rule_set_id = ? ORDER BY id"),
                          {setId});
    if (!query)
        return query.error();
    QList<DeadlineRule> rules;
    while (query->next()) {
        const auto kind = deadlineKindFromCode(query->value(0).toString());
        const auto unit = deadlineUnitFromCode(query->value(3).toString());
        // A kind this version does not know (written by a newer CaseDesk) is skipped, not fatal.
        if (!kind || !unit)
            continue;
        rules.append({*kind, query->value(1).toString(), query->value(2).toInt(), *unit});
    }
    return rules;
}

Result<QList<DeadlineRuleSet>> DeadlineRuleRepository::ruleSets() const
{
    auto query = runQuery(m_db, kSelectSet + QStringLiteral("ORDER BY effective_from"));
    if (!query)
        return query.error();
    QList<DeadlineRuleSet> sets;
    while (query->next())
        sets.append(setFromRow(query.value()));
    for (DeadlineRuleSet &set : sets) {
        auto rules = rulesOf(set.id);
        if (!rules)
            return rules.error();
        set.rules = rules.value();
    }
    return sets;
}

Result<DeadlineRuleSet> DeadlineRuleRepository::add(const DeadlineRuleSet &set)
{
    if (auto valid = validateRuleSet(set); !valid)
        return valid.error();
    return inRetriedTransaction(m_db, [&]() -> Result<DeadlineRuleSet> {
        const QString from = set.effectiveFrom.toString(Qt::ISODate);
        auto clash =
            queryScalar(m_db, QStringLiteral("SELECT name FROM deadline_rule_sets WHERE effective_from = ?"), {from});
        if (!clash)
            return clash.error();
        if (!clash->isNull()) {
            const QString message = Msg::tr("The rule set \"%1\" already starts on %2; give the new set another date.")
                                        .arg(clash->toString(), from);
            return Error{ErrorCode::Conflict, message, {{QStringLiteral("effectiveFrom"), message}}};
        }
        auto inserted = queryScalar(m_db,
                                    QStringLiteral("INSERT INTO deadline_rule_sets(name, effective_from, note) "
                                                   "VALUES (?, ?, ?) RETURNING id"),
                                    {set.name.trimmed(), from, set.note.trimmed()});
        if (!inserted)
            return inserted.error();
        DeadlineRuleSet stored = set;
        stored.id = inserted->toLongLong();
        stored.name = set.name.trimmed();
        stored.note = set.note.trimmed();
        for (const DeadlineRule &rule : set.rules) {
            auto done = runQuery(m_db,
                                 QStringLiteral("INSERT INTO deadline_rules(rule_set_id, kind, channel, amount, unit) "
                                                "VALUES (?, ?, ?, ?, ?)"),
                                 {stored.id, codeOf(rule.kind), rule.channel, rule.amount, codeOf(rule.unit)});
            if (!done)
                return done.error();
        }
        // The cases received from its first day on now count by the new set.
        if (auto refreshed = refreshStoredDeadlines(m_db, {QStringLiteral("c.received_at >= ?"), {from}}); !refreshed)
            return refreshed.error();
        return stored;
    });
}

Result<DeadlineRuleSet> DeadlineRuleRepository::ruleSetFor(QDate date) const
{
    auto query =
        runQuery(m_db, kSelectSet + QStringLiteral("WHERE effective_from <= ? ORDER BY effective_from DESC LIMIT 1"),
                 {date.toString(Qt::ISODate)});
    if (!query)
        return query.error();
    if (!query->next())
        return Error{ErrorCode::NotFound,
                     Msg::tr("No deadline rule set is in force on %1; add one that starts on or before it.")
                         .arg(date.toString(Qt::ISODate)),
                     {}};
    DeadlineRuleSet set = setFromRow(query.value());
    auto rules = rulesOf(set.id);
    if (!rules)
        return rules.error();
    set.rules = rules.value();
    return set;
}

} // namespace casedesk
