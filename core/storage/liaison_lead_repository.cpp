#include "storage/liaison_lead_repository.h"

#include "storage/sql_helpers.h"
#include "storage/stored_values.h"

#include <QCoreApplication>

namespace casedesk {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Liaison)
};

const QString kSelect = QStringLiteral(
    "SELECT l.id, l.point_id, p.name, l.received_on, l.suspicion, l.business, l.place, l.observed_on, l.regulator, "
    "l.forwarded_on, l.outcome, l.outcome_note, l.outcome_on, l.version, l.updated_by, l.updated_at "
    "FROM liaison_leads l JOIN liaison_points p ON p.id = l.point_id ");

LiaisonLead leadFrom(const QSqlQuery &q)
{
    LiaisonLead l;
    l.id = q.value(0).toLongLong();
    l.pointId = q.value(1).toLongLong();
    l.pointName = q.value(2).toString();
    l.receivedOn = dateFromStored(q.value(3));
    l.suspicion = q.value(4).toString();
    l.business = q.value(5).toString();
    l.place = q.value(6).toString();
    l.observedOn = dateFromStored(q.value(7));
    l.regulator = q.value(8).toString();
    l.forwardedOn = dateFromStored(q.value(9));
    l.outcome = leadOutcomeFromCode(q.value(10).toString()).value_or(LeadOutcome::Other);
    l.outcomeNote = q.value(11).toString();
    l.outcomeOn = dateFromStored(q.value(12));
    l.version = q.value(13).toInt();
    l.updatedBy = q.value(14).toString();
    l.updatedAt = dateTimeFromStored(q.value(15));
    return l;
}

QVariantList valuesOf(const LiaisonLead &l)
{
    return {l.pointId,
            storedDate(l.receivedOn),
            bindable(l.suspicion),
            bindable(l.business),
            bindable(l.place),
            storedDate(l.observedOn),
            bindable(l.regulator),
            storedDate(l.forwardedOn),
            codeOf(l.outcome),
            bindable(l.outcomeNote),
            storedDate(l.outcomeOn),
            l.updatedBy,
            storedDateTime(l.updatedAt)};
}

} // namespace

Result<LiaisonLead> LiaisonLeadRepository::get(qint64 id) const
{
    auto q = runQuery(m_db, kSelect + QStringLiteral("WHERE l.id = ?"), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return Error{ErrorCode::NotFound, Msg::tr("There is no lead %1.").arg(id), {}};
    return leadFrom(q.value());
}

Result<QList<LiaisonLead>> LiaisonLeadRepository::list(qint64 pointId) const
{
    auto q = pointId > 0 ? runQuery(m_db, kSelect + QStringLiteral("WHERE l.point_id = ? ORDER BY l.received_on DESC, l.id DESC"),
                                    {pointId})
                         : runQuery(m_db, kSelect + QStringLiteral("ORDER BY l.received_on DESC, l.id DESC"));
    if (!q)
        return q.error();
    QList<LiaisonLead> leads;
    while (q->next())
        leads.append(leadFrom(q.value()));
    return leads;
}

Result<qint64> LiaisonLeadRepository::insert(const LiaisonLead &lead)
{
    return insertReturningId(m_db,
                             QStringLiteral("INSERT INTO liaison_leads(point_id, received_on, suspicion, business, place, "
                                            "observed_on, regulator, forwarded_on, outcome, outcome_note, outcome_on, "
                                            "updated_by, updated_at, version) "
                                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"),
                             valuesOf(lead));
}

Result<bool> LiaisonLeadRepository::update(const LiaisonLead &lead)
{
    auto q = runQuery(m_db,
                      QStringLiteral("UPDATE liaison_leads SET point_id = ?, received_on = ?, suspicion = ?, business = ?, "
                                     "place = ?, observed_on = ?, regulator = ?, forwarded_on = ?, outcome = ?, "
                                     "outcome_note = ?, outcome_on = ?, updated_by = ?, updated_at = ?, "
                                     "version = version + 1 WHERE id = ? AND version = ?"),
                      valuesOf(lead) + QVariantList{lead.id, lead.version});
    if (!q)
        return q.error();
    return q->numRowsAffected() == 1;
}

} // namespace casedesk
