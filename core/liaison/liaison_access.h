#pragma once

#include "domain/complaint.h"
#include "domain/roles.h"
#include "liaison/liaison_point.h"
#include "result.h"
#include "storage/liaison_point_repository.h"

#include <QSqlDatabase>

// Who sees what of a point's contact, and the checks the other liaison services share.

namespace casedesk {

// Auditors read no contact (a server does not even grant them the columns); the roles that
// work with the points read it, masked unless they may reveal personal data.
LiaisonPointRepository::Contacts pointContactsFor(Role role);
// The point with its contact phone masked when `role` may not reveal personal data.
LiaisonPoint pointAsShownTo(LiaisonPoint point, Role role);
// An edited point whose contact the editor saw masked (or not at all): a contact left as shown
// keeps the stored value.
LiaisonPoint keepHiddenContact(LiaisonPoint edited, const LiaisonPoint &stored, Role role);
// The assigned official must be an active CaseDesk user (an empty name passes: none assigned).
Status checkOfficial(const QSqlDatabase &db, const QString &official);
// A complaint registered through a point (Complaint::liaisonPointId): the channel must be the
// liaison-point transfer, the point must exist and must not be closed. Inside the
// registration's transaction (ComplaintRepository).
Status checkTransferPoint(const QSqlDatabase &db, const Complaint &complaint);

} // namespace casedesk
