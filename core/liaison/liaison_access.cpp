#include "liaison/liaison_access.h"

#include "auth/permissions.h"
#include "mediation/mediation_checks.h"
#include "privacy/masking.h"
#include "storage/user_repository.h"

#include <QCoreApplication>

namespace casedesk {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Liaison)
};

} // namespace

LiaisonPointRepository::Contacts pointContactsFor(Role role)
{
    return roleAllows(role, Permission::RegisterCase) || roleAllows(role, Permission::ManageDirectories)
               ? LiaisonPointRepository::Contacts::Read
               : LiaisonPointRepository::Contacts::Left;
}

LiaisonPoint pointAsShownTo(LiaisonPoint point, Role role)
{
    if (!roleAllows(role, Permission::RevealPersonalData))
        point.contactPhone = maskPhone(point.contactPhone);
    if (pointContactsFor(role) == LiaisonPointRepository::Contacts::Left) {
        point.contactPerson.clear();
        point.contactPhone.clear();
    }
    return point;
}

LiaisonPoint keepHiddenContact(LiaisonPoint edited, const LiaisonPoint &stored, Role role)
{
    const LiaisonPoint shown = pointAsShownTo(stored, role);
    if (edited.contactPhone == shown.contactPhone)
        edited.contactPhone = stored.contactPhone;
    if (edited.contactPerson == shown.contactPerson)
        edited.contactPerson = stored.contactPerson;
    return edited;
}

Status checkOfficial(const QSqlDatabase &db, const QString &official)
{
    if (official.isEmpty())
        return {};
    auto user = UserRepository(db).findByName(official);
    if (!user && user.error().code != ErrorCode::NotFound)
        return user.error();
    if (!user || !user->active)
        return mediation::invalid(QStringLiteral("official"),
                                  Msg::tr("The assigned official \"%1\" is not an active CaseDesk user.").arg(official));
    return {};
}

Status checkTransferPoint(const QSqlDatabase &db, const Complaint &complaint)
{
    if (complaint.liaisonPointId <= 0)
        return {};
    if (complaint.channel != Channel::LiaisonPoint)
        return mediation::invalid(QStringLiteral("liaisonPoint"),
                                  Msg::tr("A complaint names a liaison point only when it came through one: set the "
                                          "channel to the liaison-point transfer."));
    auto point = LiaisonPointRepository(db).get(complaint.liaisonPointId, LiaisonPointRepository::Contacts::Left);
    if (!point) {
        if (point.error().code == ErrorCode::NotFound)
            return mediation::invalid(QStringLiteral("liaisonPoint"), point.error().message);
        return point.error();
    }
    if (point->status == LiaisonPointStatus::Closed)
        return mediation::invalid(QStringLiteral("liaisonPoint"),
                                  Msg::tr("Liaison point \"%1\" is closed and takes no transfers; register the "
                                          "complaint under the point that took it over, or without a point.")
                                      .arg(point->name));
    return {};
}

} // namespace casedesk
