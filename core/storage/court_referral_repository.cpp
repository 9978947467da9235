#include "storage/court_referral_repository.h"

#include "storage/sql_helpers.h"
#include "storage/stored_values.h"

namespace casedesk {

Result<std::optional<CourtReferral>> CourtReferralRepository::referralOf(qint64 caseId) const
{
    auto query =
        runQuery(m_db,
                 QStringLiteral("SELECT r.consent_on, r.court_id, c.name, r.referred_on, r.claims, r.lawyer_id, "
                                "m.name, r.court_case_number, r.outcome, r.decided_on, r.awarded_fen, "
                                "r.recovered_fen, r.updated_at, r.updated_by FROM court_referrals r "
                                "JOIN courts c ON c.id = r.court_id LEFT JOIN mediators m ON m.id = r.lawyer_id "
                                "WHERE r.complaint_id = ?"),
                 {caseId});
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<CourtReferral>();
    CourtReferral r;
    r.complaintId = caseId;
    r.consentOn = dateFromStored(query->value(0));
    r.courtId = query->value(1).toLongLong();
    r.courtName = query->value(2).toString();
    r.referredOn = dateFromStored(query->value(3));
    r.claims = query->value(4).toString();
    if (!query->value(5).isNull())
        r.lawyerId = query->value(5).toLongLong();
    r.lawyerName = query->value(6).toString();
    r.courtCaseNumber = query->value(7).toString();
    r.outcome = referralOutcomeFromCode(query->value(8).toString()).value_or(ReferralOutcome::Pending);
    r.decidedOn = dateFromStored(query->value(9));
    r.awardedFen = query->value(10).toLongLong();
    r.recoveredFen = query->value(11).toLongLong();
    r.updatedAt = dateTimeFromStored(query->value(12));
    r.updatedBy = query->value(13).toString();
    auto hearings = runQuery(m_db,
                             QStringLiteral("SELECT id, hearing_at, note FROM court_hearings WHERE complaint_id = ? "
                                            "ORDER BY hearing_at, id"),
                             {caseId});
    if (!hearings)
        return hearings.error();
    while (hearings->next())
        r.hearings.append(
            {hearings->value(0).toLongLong(), dateTimeFromStored(hearings->value(1)), hearings->value(2).toString()});
    return std::optional<CourtReferral>(r);
}

Status CourtReferralRepository::save(const CourtReferral &r)
{
    auto query =
        runQuery(m_db,
                 QStringLiteral(
                     "INSERT INTO court_referrals(complaint_id, consent_on, court_id, referred_on, claims, lawyer_id, "
                     "court_case_number, outcome, decided_on, awarded_fen, recovered_fen, updated_at, updated_by) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(complaint_id) DO UPDATE SET "
                     "consent_on = excluded.consent_on, court_id = excluded.court_id, "
                     "referred_on = excluded.referred_on, claims = excluded.claims, lawyer_id = excluded.lawyer_id, "
                     "court_case_number = excluded.court_case_number, outcome = excluded.outcome, "
                     "decided_on = excluded.decided_on, awarded_fen = excluded.awarded_fen, "
                     "recovered_fen = excluded.recovered_fen, updated_at = excluded.updated_at, "
                     "updated_by = excluded.updated_by"),
                 {r.complaintId, storedDate(r.consentOn), r.courtId, storedDate(r.referredOn), bindable(r.claims),
                  r.lawyerId ? QVariant(*r.lawyerId) : QVariant(), bindable(r.courtCaseNumber), codeOf(r.outcome),
                  storedDate(r.decidedOn), r.awardedFen, r.recoveredFen, storedDateTime(r.updatedAt), r.updatedBy});
    if (!query)
        return query.error();
    return {};
}

Result<qint64> CourtReferralRepository::addHearing(qint64 caseId, const CourtHearing &hearing)
{
    auto query =
        insertReturningId(m_db, QStringLiteral("INSERT INTO court_hearings(complaint_id, hearing_at, note) VALUES (?, ?, ?)"),
                 {caseId, storedDateTime(hearing.at), bindable(hearing.note)});
    if (!query)
        return query.error();
    return query.value();
}

} // namespace casedesk
