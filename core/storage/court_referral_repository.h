#pragma once

#include "mediation/mediation.h"
#include "result.h"

#include <QSqlDatabase>

#include <optional>

namespace casedesk {

// A case's court referral and its hearings (tables court_referrals, court_hearings).
// SQL only: see mediation/referral_service.h.
class CourtReferralRepository {
public:
    explicit CourtReferralRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // With court and lawyer names and the hearings in date order; none if not referred.
    Result<std::optional<CourtReferral>> referralOf(qint64 caseId) const;
    // Inserts or replaces the referral row (not its hearings).
    Status save(const CourtReferral &referral);
    Result<qint64> addHearing(qint64 caseId, const CourtHearing &hearing);

private:
    QSqlDatabase m_db;
};

} // namespace casedesk
