#pragma once

#include "enterprises/enterprise_agreement.h"
#include "result.h"

#include <QSqlDatabase>

#include <optional>

namespace casedesk {

// Complaint-network agreements with businesses (投诉联网企业). Saving needs
// Permission::ManageDirectories and is noted in the desk log; the business counts as networked
// while its agreement runs. Reading needs Permission::ViewCases.
class EnterpriseAgreementService {
public:
    explicit EnterpriseAgreementService(QSqlDatabase db) : m_db(std::move(db)) {}

    static constexpr int kMaxLine = 200;

    // Checks (a business, signed on a day not in the future, readable texts, an end not before
    // the signing and not in the future) and saves it over any earlier one.
    Result<EnterpriseAgreement> save(EnterpriseAgreement agreement, const QString &actor,
                                     const QDateTime &now = QDateTime::currentDateTime());
    Result<std::optional<EnterpriseAgreement>> agreementOf(qint64 businessId, const QString &actor) const;
    Result<QList<EnterpriseRow>> enterprises(const QString &actor) const;

private:
    QSqlDatabase m_db;
};

} // namespace casedesk
