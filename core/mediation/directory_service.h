#pragma once

#include "mediation/mediation.h"
#include "result.h"

#include <QSqlDatabase>

namespace casedesk {

// Keeps the mediator and court directories (Permission::ManageDirectories). People and
// courts are never deleted, only made inactive: old sessions and referrals still name them.
class MediationDirectoryService {
public:
    explicit MediationDirectoryService(QSqlDatabase db) : m_db(std::move(db)) {}

    // Adds the mediator when its id is 0, else saves the changes. Returns it as stored.
    Result<Mediator> saveMediator(const Mediator &mediator, const QString &actor);
    // Likewise for a court; two courts may not share a name.
    Result<Court> saveCourt(const Court &court, const QString &actor);

private:
    QSqlDatabase m_db;
};

} // namespace casedesk
