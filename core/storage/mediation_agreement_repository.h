#pragma once

#include "mediation/mediation.h"
#include "result.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace casedesk {

// The mediation agreement of a case (table mediation_agreements). SQL only: the rules are
// in mediation/agreement_service.h.
class MediationAgreementRepository {
public:
    explicit MediationAgreementRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // None while the case has no agreement, not even a draft.
    Result<std::optional<MediationAgreement>> agreementOf(qint64 caseId) const;
    // The agreements of these cases, by case (cases without one are absent): one query for a
    // page of cases.
    Result<QHash<qint64, MediationAgreement>> agreementsOf(const QList<qint64> &caseIds) const;
    // Inserts or replaces the case's agreement.
    Status save(const MediationAgreement &agreement);

private:
    QSqlDatabase m_db;
};

} // namespace casedesk
