#pragma once

#include "domain/complaint.h"
#include "mediation/mediation.h"
#include "recovered/recovered_entry.h"
#include "result.h"

#include <QSqlDatabase>

#include <optional>

namespace casedesk {

// Court referral (诉调对接), Permission::Mediate. A dispute is referred after mediation was
// terminated, with the consumer's consent; the referral is kept up to date (court case
// number, hearings, outcome, money) until the case is closed from it.
class CourtReferralService {
public:
    explicit CourtReferralService(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<std::optional<CourtReferral>> referralOf(qint64 caseId) const;

    // Creates or updates the case's referral. Checks: the case's mediation was terminated and
    // it is not closed; consent on or before the referral, neither in the future nor before
    // the case was received; an active court (or the one already chosen); claims given; the
    // helping lawyer a volunteer lawyer of the directory; a decided outcome has its date
    // (not before the referral) while "pending" has neither date nor money; no award for an
    // outcome against the consumer. The change of the money recovered reaches the case.
    // The money recovered is the referral's entry on the case's recovered-money ledger
    // (recovered_ledger.h, which says what `decision` answers).
    Result<CourtReferral> save(const CourtReferral &referral, const QString &actor,
                               const QDateTime &now = QDateTime::currentDateTime(),
                               const RecoveryDecision &decision = {});

    // A hearing date (past or planned) of a referred case.
    Result<CourtReferral> addHearing(qint64 caseId, const QDateTime &at, const QString &note, const QString &actor,
                                     const QDateTime &now = QDateTime::currentDateTime());

    // Closes the case once the court's outcome is known.
    Result<Complaint> closeCase(qint64 caseId, const QString &actor,
                                const QDateTime &now = QDateTime::currentDateTime());

private:
    QSqlDatabase m_db;
};

} // namespace casedesk
