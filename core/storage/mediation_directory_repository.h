#pragma once

#include "mediation/mediation.h"
#include "result.h"

#include <QSqlDatabase>

namespace casedesk {

// The mediator and court directories (tables mediators, courts). SQL only: the rules and
// the permission check are in mediation/directory_service.h.
class MediationDirectoryRepository {
public:
    explicit MediationDirectoryRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // By name; inactive ones too when asked.
    Result<QList<Mediator>> mediators(bool includeInactive = true) const;
    Result<Mediator> mediator(qint64 id) const;
    Result<qint64> insertMediator(const Mediator &mediator);
    Status updateMediator(const Mediator &mediator);

    Result<QList<Court>> courts(bool includeInactive = true) const;
    Result<Court> court(qint64 id) const;
    // NotFound if there is none by that name.
    Result<Court> courtByName(const QString &name) const;
    Result<qint64> insertCourt(const Court &court);
    Status updateCourt(const Court &court);

private:
    QSqlDatabase m_db;
};

} // namespace casedesk
