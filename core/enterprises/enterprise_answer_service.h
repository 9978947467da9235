#pragma once

#include "enterprises/enterprise_answer.h"
#include "recovered/recovered_entry.h"
#include "result.h"

#include <QSqlDatabase>

namespace casedesk {

// The answer of the enterprise a case was forwarded to, recorded in one transaction with what
// follows from it: settled, the money paid goes on the case's recovered ledger (source
// "enterprise") and the case is closed; failed, the case comes back to the council, into
// mediation. Needs Permission::WorkCase; the case must stand forwarded.
class EnterpriseAnswerService {
public:
    explicit EnterpriseAnswerService(QSqlDatabase db) : m_db(std::move(db)) {}

    static constexpr int kMaxText = 20000;

    // `answer`'s settled, text, amount and answeredOn are used (the answer day between the
    // forwarding and today; a failure says why). `decision` answers the recovered ledger's
    // questions (recovered_ledger.h) when the settlement's money meets other money of the case.
    Result<EnterpriseAnswer> record(qint64 caseId, const EnterpriseAnswer &answer, const QString &actor,
                                    const QDateTime &now = QDateTime::currentDateTime(),
                                    const RecoveryDecision &decision = {});
    Result<QList<EnterpriseAnswer>> answers(qint64 caseId, const QString &actor) const;

private:
    QSqlDatabase m_db;
};

} // namespace casedesk
