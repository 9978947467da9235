#pragma once

#include "deadlines/deadline_rules.h"
#include "result.h"

#include <QSqlDatabase>

namespace casedesk {

// Effective-dated deadline rule sets (tables deadline_rule_sets, deadline_rules). Sets are
// only added: changing the rules means a new set from a new date, so cases received under
// the old rules keep their deadlines.
class DeadlineRuleRepository {
public:
    explicit DeadlineRuleRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // Every set with its rules, oldest first.
    Result<QList<DeadlineRuleSet>> ruleSets() const;

    // Validates and stores a set with its rules in one transaction (the caller's, or one of its
    // own tried again when a server broke it off); returns it with its id.
    // A second set from the same date is refused (Conflict).
    Result<DeadlineRuleSet> add(const DeadlineRuleSet &set);

    // The set in force on `date`, the day the case was received: the latest set starting on
    // or before it. NotFound if the date is before every set.
    Result<DeadlineRuleSet> ruleSetFor(QDate date) const;

private:
    Result<QList<DeadlineRule>> rulesOf(qint64 setId) const;

    QSqlDatabase m_db;
};

} // namespace casedesk
