#include "storage/enterprise_agreement_repository.h"

#include "domain/codes.h"
#include "storage/sql_helpers.h"
#include "storage/stored_values.h"

namespace casedesk {
namespace {

const QString kColumns = QStringLiteral("a.business_id, a.signed_on, a.contact_person, a.contact_phone, "
                                        "a.complaint_desk, a.odr, a.ended_on, a.updated_by, a.updated_at");

EnterpriseAgreement agreementFrom(const QSqlQuery &q)
{
    EnterpriseAgreement a;
    a.businessId = q.value(0).toLongLong();
    a.signedOn = dateFromStored(q.value(1));
    a.contactPerson = q.value(2).toString();
    a.contactPhone = q.value(3).toString();
    a.complaintDesk = q.value(4).toString();
    a.odr = q.value(5).toInt() == 1;
    a.endedOn = dateFromStored(q.value(6));
    a.updatedBy = q.value(7).toString();
    a.updatedAt = dateTimeFromStored(q.value(8));
    return a;
}

} // namespace

Result<std::optional<EnterpriseAgreement>> EnterpriseAgreementRepository::of(qint64 businessId) const
{
    auto q = runQuery(m_db, QStringLiteral("SELECT %1 FROM enterprise_agreements a WHERE a.business_id = ?").arg(kColumns),
                      {businessId});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<EnterpriseAgreement>();
    return std::optional<EnterpriseAgreement>(agreementFrom(q.value()));
}

Status EnterpriseAgreementRepository::save(const EnterpriseAgreement &a)
{
    auto saved = runQuery(m_db,
                          QStringLiteral("INSERT INTO enterprise_agreements(business_id, signed_on, contact_person, "
                                         "contact_phone, complaint_desk, odr, ended_on, updated_by, updated_at) "
                                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(business_id) DO UPDATE SET "
                                         "signed_on = excluded.signed_on, contact_person = excluded.contact_person, "
                                         "contact_phone = excluded.contact_phone, complaint_desk = "
                                         "excluded.complaint_desk, odr = excluded.odr, ended_on = excluded.ended_on, "
                                         "updated_by = excluded.updated_by, updated_at = excluded.updated_at"),
                          {a.businessId, storedDate(a.signedOn), a.contactPerson, a.contactPhone, a.complaintDesk,
                           a.odr ? 1 : 0, storedDate(a.endedOn), a.updatedBy, storedDateTime(a.updatedAt)});
    if (!saved)
        return saved.error();
    auto flagged = runQuery(m_db, QStringLiteral("UPDATE businesses SET networked = ? WHERE id = ?"),
                            {a.active() ? 1 : 0, a.businessId});
    if (!flagged)
        return flagged.error();
    return {};
}

Result<QList<EnterpriseRow>> EnterpriseAgreementRepository::list() const
{
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT %1, b.name, (SELECT count(*) FROM complaints c WHERE c.business_id = "
                                     "a.business_id AND c.status = ?) FROM enterprise_agreements a "
                                     "JOIN businesses b ON b.id = a.business_id "
                                     "ORDER BY a.ended_on IS NOT NULL, b.name, a.business_id")
                          .arg(kColumns),
                      {codeOf(CaseStatus::ForwardedToEnterprise)});
    if (!q)
        return q.error();
    QList<EnterpriseRow> rows;
    while (q->next())
        rows.append({agreementFrom(q.value()), q->value(9).toString(), q->value(10).toInt()});
    return rows;
}

} // namespace casedesk
