#pragma once

#include "liaison/liaison_lead.h"
#include "result.h"

#include <QSqlDatabase>

namespace casedesk {

// Leads on illegal business from the liaison points (table liaison_leads, schema step 25).
class LiaisonLeadRepository {
public:
    explicit LiaisonLeadRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<LiaisonLead> get(qint64 id) const;
    // Newest received first; pointId 0 for every point.
    Result<QList<LiaisonLead>> list(qint64 pointId = 0) const;
    // Inside the caller's transaction; version 1.
    Result<qint64> insert(const LiaisonLead &lead);
    // The lead saved if its stored version is still `lead.version` (moved on by one); false otherwise.
    Result<bool> update(const LiaisonLead &lead);

private:
    QSqlDatabase m_db;
};

} // namespace casedesk
