#pragma once

#include "domain/complaint.h"
#include "result.h"

#include <QDateTime>
#include <QSqlDatabase>

namespace casedesk {

// Correcting a registered case (its parties, facts, amounts, channel, received time): what a
// window or the CLI calls to save an edited case. `edited.version` must be the version that
// was read: a colleague's save in between fails with ErrorCode::Conflict naming what they
// changed, and nothing is saved. The status changes only through CaseTransitionService.
// Needs Permission::WorkCase. The checks (the input first, as for a new case, then the user,
// the version and the status) are ComplaintRepository::writeEdit's, shared with the work-order
// import's filling-in of earlier cases, so that they are written once; the save is one
// transaction with the case's audit lines and stored deadlines, tried again when a server broke
// it off (ComplaintRepository::update).
class CaseEditService {
public:
    explicit CaseEditService(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<Complaint> save(const Complaint &edited, const QString &actor,
                           const QDateTime &now = QDateTime::currentDateTime());

private:
    QSqlDatabase m_db;
};

} // namespace casedesk
