#include "storage/mediation_agreement_repository.h"

#include "storage/sql_helpers.h"
#include "storage/stored_values.h"

namespace casedesk {

Result<std::optional<MediationAgreement>> MediationAgreementRepository::agreementOf(qint64 caseId) const
{
    auto query = runQuery(m_db,
                          QStringLiteral("SELECT facts, disputes, responsibility, terms, performance_method, "
                                         "performance_place, perform_by, amount_fen, mediator_id, copies, signed_on, "
                                         "performance, performance_checked_on, recovered_fen, updated_at, updated_by "
                                         "FROM mediation_agreements WHERE complaint_id = ?"),
                          {caseId});
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<MediationAgreement>();
    MediationAgreement a;
    a.complaintId = caseId;
    a.facts = query->value(0).toString();
    a.disputes = query->value(1).toString();
    a.responsibility = query->value(2).toString();
    a.terms = query->value(3).toString();
    a.performanceMethod = query->value(4).toString();
    a.performancePlace = query->value(5).toString();
    a.performBy = dateFromStored(query->value(6));
    a.amountFen = query->value(7).toLongLong();
    if (!query->value(8).isNull())
        a.mediatorId = query->value(8).toLongLong();
    a.copies = query->value(9).toInt();
    a.signedOn = dateFromStored(query->value(10));
    a.performance = performanceFromCode(query->value(11).toString()).value_or(Performance::Pending);
    a.performanceCheckedOn = dateFromStored(query->value(12));
    a.recoveredFen = query->value(13).toLongLong();
    a.updatedAt = dateTimeFromStored(query->value(14));
    a.updatedBy = query->value(15).toString();
    return std::optional<MediationAgreement>(a);
}

Status MediationAgreementRepository::save(const MediationAgreement &a)
{
    auto query = runQuery(
        m_db,
        QStringLiteral(
            "INSERT INTO mediation_agreements(complaint_id, facts, disputes, responsibility, terms, "
            "performance_method, performance_place, perform_by, amount_fen, mediator_id, copies, signed_on, "
            "performance, performance_checked_on, recovered_fen, updated_at, updated_by) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(complaint_id) DO UPDATE SET facts = excluded.facts, disputes = excluded.disputes, "
            "responsibility = excluded.responsibility, terms = excluded.terms, "
            "performance_method = excluded.performance_method, performance_place = excluded.performance_place, "
            "perform_by = excluded.perform_by, amount_fen = excluded.amount_fen, "
            "mediator_id = excluded.mediator_id, copies = excluded.copies, signed_on = excluded.signed_on, "
            "performance = excluded.performance, performance_checked_on = excluded.performance_checked_on, "
            "recovered_fen = excluded.recovered_fen, updated_at = excluded.updated_at, "
            "updated_by = excluded.updated_by"),
        {a.complaintId, bindable(a.facts), bindable(a.disputes), bindable(a.responsibility), bindable(a.terms),
         bindable(a.performanceMethod), bindable(a.performancePlace), storedDate(a.performBy), a.amountFen,
         a.mediatorId ? QVariant(*a.mediatorId) : QVariant(), a.copies, storedDate(a.signedOn), codeOf(a.performance),
         storedDate(a.performanceCheckedOn), a.recoveredFen, storedDateTime(a.updatedAt), a.updatedBy});
    if (!query)
        return query.error();
    return {};
}

} // namespace casedesk
