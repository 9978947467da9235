#pragma once

#include "domain/complaint.h"
#include "mediation/mediation.h"
#include "recovered/recovered_entry.h"
#include "result.h"

#include <QSqlDatabase>

#include <optional>

namespace casedesk {

// A new agreement filled from the case with the usual Chinese wording, for the caseworker
// to complete: facts from the case, the consumer's demand as the disputed matter, and a
// refund of the amount involved as the first term.
MediationAgreement agreementTemplate(const Complaint &complaint);

// The last day to apply for judicial confirmation (司法确认): 30 days after the agreement
// takes effect (人民调解法 Art. 33). Invalid for a draft.
QDate judicialConfirmationDeadline(const MediationAgreement &agreement);

// Signed, not yet performed, and the agreed deadline has passed.
bool performanceOverdue(const MediationAgreement &agreement, const QDate &today);

// What a mediation agreement may be signed without: empty when complete, else the problem.
Status checkAgreementComplete(const MediationAgreement &agreement);

// Mediation agreements (Permission::Mediate).
//  - A draft is edited while the case is in mediation.
//  - Signing needs every required part (checkAgreementComplete) and moves the case to
//    "agreement reached"; afterwards the contents are frozen, only performance is recorded.
//  - Performance records the money actually recovered; the case's recovered_fen follows.
class MediationAgreementService {
public:
    explicit MediationAgreementService(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<std::optional<MediationAgreement>> agreementOf(qint64 caseId) const;

    Result<MediationAgreement> saveDraft(const MediationAgreement &agreement, const QString &actor,
                                         const QDateTime &now = QDateTime::currentDateTime());

    // Signs the saved draft on `signedOn` (not in the future, not before the case was received).
    Result<MediationAgreement> sign(qint64 caseId, const QDate &signedOn, const QString &actor,
                                    const QDateTime &now = QDateTime::currentDateTime());

    // Whether the terms were carried out, as checked on `checkedOn`, and the money recovered:
    // the agreement's entry on the case's recovered-money ledger (recovered_ledger.h, which
    // says what `decision` answers).
    Result<MediationAgreement> recordPerformance(qint64 caseId, Performance performance, const QDate &checkedOn,
                                                 qint64 recoveredFen, const QString &actor,
                                                 const QDateTime &now = QDateTime::currentDateTime(),
                                                 const RecoveryDecision &decision = {});

private:
    QSqlDatabase m_db;
};

} // namespace casedesk
