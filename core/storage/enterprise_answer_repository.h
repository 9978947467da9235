#pragma once

#include "enterprises/enterprise_answer.h"
#include "result.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>

namespace casedesk {

// Enterprises' answers to forwarded cases (table enterprise_answers, schema step 21).
class EnterpriseAnswerRepository {
public:
    explicit EnterpriseAnswerRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // Inside the caller's transaction.
    Status add(const EnterpriseAnswer &answer);
    // A case's answers, oldest first.
    Result<QList<EnterpriseAnswer>> ofCase(qint64 caseId) const;
    // The answers of these cases, by case, each case's oldest first (cases without answers are
    // absent): one query for a page of cases.
    Result<QHash<qint64, QList<EnterpriseAnswer>>> ofCases(const QList<qint64> &caseIds) const;

private:
    QSqlDatabase m_db;
};

} // namespace casedesk
