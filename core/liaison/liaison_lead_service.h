#pragma once

#include "liaison/liaison_lead.h"
#include "result.h"

#include <QDateTime>
#include <QSqlDatabase>

namespace casedesk {

// Leads (线索) on illegal business that liaison points pass on: recorded when received,
// forwarded to a regulator, followed to an outcome. Reading needs Permission::ViewCases,
// writing Permission::WorkCase (case work: caseworkers and supervisors); each write is one
// transaction and noted in the desk log.
class LiaisonLeadService {
public:
    explicit LiaisonLeadService(QSqlDatabase db) : m_db(std::move(db)) {}

    static constexpr int kMaxLine = 200;
    static constexpr int kMaxNote = 2000;

    Result<QList<LiaisonLead>> list(const QString &actor, qint64 pointId = 0) const;
    Result<LiaisonLead> get(qint64 id, const QString &actor) const;
    // A new lead (version 1). The point must exist and not be closed.
    Result<LiaisonLead> add(LiaisonLead lead, const QString &actor, const QDateTime &now = QDateTime::currentDateTime());
    // The lead as edited: forwarded, answered. `lead.version` is the version read (Conflict if
    // another desk saved first).
    Result<LiaisonLead> update(LiaisonLead lead, const QString &actor,
                               const QDateTime &now = QDateTime::currentDateTime());

    // The checks that need no database: what is suspected; readable texts; received, seen,
    // forwarded and outcome dates not in the future and in order (seen ≤ received ≤ forwarded
    // ≤ outcome); forwarded needs a regulator and a date; a final outcome (penalised, not
    // confirmed, other) needs its date.
    static Status checkLead(const LiaisonLead &lead, const QDate &today);

private:
    QSqlDatabase m_db;
};

} // namespace casedesk
