#pragma once

#include "enterprises/enterprise_agreement.h"
#include "result.h"

#include <QSqlDatabase>

#include <optional>

namespace casedesk {

// Complaint-network agreements (table enterprise_agreements, schema step 21).
class EnterpriseAgreementRepository {
public:
    explicit EnterpriseAgreementRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<std::optional<EnterpriseAgreement>> of(qint64 businessId) const;
    // Inside the caller's transaction: the agreement saved over any earlier one, and the
    // business marked networked while it runs.
    Status save(const EnterpriseAgreement &agreement);
    // Every agreement, running ones first, with the cases now with each enterprise.
    Result<QList<EnterpriseRow>> list() const;

private:
    QSqlDatabase m_db;
};

} // namespace casedesk
