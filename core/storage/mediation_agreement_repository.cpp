#include "storage/mediation_agreement_repository.h"

#include "storage/sql_helpers.h"
#include "storage/stored_values.h"

namespace casedesk {

namespace {

const QString kSelectAgreement =
    QStringLiteral("SELECT complaint_id, facts, disputes, responsibility, terms, performance_method, "
                   "performance_place, perform_by, amount_fen, mediator_id, copies, signed_on, performance, "
                   "performance_checked_on, recovered_fen, updated_at, updated_by FROM mediation_agreements ");

MediationAgreement agreementFromRow(const QSqlQuery &query)
{
    MediationAgreement a;
    a.complaintId = query.value(0).toLongLong();
    a.facts = query.value(1).toString();
    a.disputes = query.value(2).toString();
    a.responsibility = query.value(3).toString();
    a.terms = query.value(4).toString();
    a.performanceMethod = query.value(5).toString();
    a.performancePlace = query.value(6).toString();
    a.performBy = dateFromStored(query.value(7));
    a.amountFen = query.value(8).toLongLong();
    if (!query.value(9).isNull())
        a.mediatorId = query.value(9).toLongLong();
    a.copies = query.value(10).toInt();
    a.signedOn = dateFromStored(query.value(11));
    a.performance = performanceFromCode(query.value(12).toString()).value_or(Performance::Pending);
    a.performanceCheckedOn = dateFromStored(query.value(13));
    a.recoveredFen = query.value(14).toLongLong();
    a.updatedAt = dateTimeFromStored(query.value(15));
    a.updatedBy = query.value(16).toString();
    return a;
}

} // namespace

Result<std::optional<MediationAgreement>> MediationAgreementRepository::agreementOf(qint64 caseId) const
{
    auto query = runQuery(m_db, kSelectAgreement + QStringLiteral("WHERE complaint_id = ?"), {caseId});
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<MediationAgreement>();
    return std::optional<MediationAgreement>(agreementFromRow(query.value()));
}

Result<QHash<qint64, MediationAgreement>> MediationAgreementRepository::agreementsOf(const QList<qint64> &caseIds) const
{
    QHash<qint64, MediationAgreement> agreements;
    const Status read = runForIds(m_db, kSelectAgreement + QStringLiteral("WHERE complaint_id IN (%1)"), caseIds,
                                  [&agreements](QSqlQuery &query) {
                                      while (query.next()) {
                                          MediationAgreement a = agreementFromRow(query);
                                          agreements.insert(a.complaintId, std::move(a));
                                      }
                                  });
    if (!read)
        return read.error();
    return agreements;
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
