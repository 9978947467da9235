#include "auth/permissions.h"

#include "storage/user_repository.h"

#include <QCoreApplication>

namespace casedesk {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Permissions)
};

constexpr unsigned bit(Permission p) { return 1u << unsigned(p); }

template <typename... P>
constexpr unsigned bits(P... p)
{
    return (0u | ... | bit(p));
}

// Least privilege: caseworkers do case work; supervisors also reopen, merge, reveal and
// export; administrators keep the desk running and do no case work; auditors read
// cases, figures and the audit trail and change nothing (no reveal either: what they
// read is masked).
constexpr unsigned kCaseworker =
    bits(Permission::ViewCases, Permission::RegisterCase, Permission::WorkCase, Permission::AssignCase,
         Permission::Mediate, Permission::ManageGroups, Permission::RecordFollowUp, Permission::ViewStatistics);
constexpr unsigned kSupervisor =
    kCaseworker | bits(Permission::ReopenCase, Permission::ManageFunds, Permission::RevealPersonalData,
                       Permission::ExportIdentified, Permission::ManageDirectories, Permission::VerifyAudit);
constexpr unsigned kAdministrator =
    bits(Permission::ViewCases, Permission::ViewStatistics, Permission::ManageDirectories, Permission::ManageSettings,
         Permission::ManageUsers, Permission::ManageBackups, Permission::VerifyAudit);
constexpr unsigned kAuditor = bits(Permission::ViewCases, Permission::ViewStatistics, Permission::VerifyAudit);

unsigned permissionsOf(Role role)
{
    switch (role) {
    case Role::Caseworker:
        return kCaseworker;
    case Role::Supervisor:
        return kSupervisor;
    case Role::Administrator:
        return kAdministrator;
    case Role::Auditor:
        return kAuditor;
    }
    return 0;
}

Error forbidden(const QString &message) { return Error{ErrorCode::Forbidden, message, {{QStringLiteral("actor"), message}}}; }

} // namespace

QList<Permission> allPermissions()
{
    QList<Permission> all;
    for (int p = 0; p <= int(Permission::VerifyAudit); ++p)
        all.append(Permission(p));
    return all;
}

bool roleAllows(Role role, Permission permission) { return (permissionsOf(role) & bit(permission)) != 0; }

QString labelOf(Permission permission)
{
    switch (permission) {
    case Permission::ViewCases:
        return Msg::tr("view cases");
    case Permission::RegisterCase:
        return Msg::tr("register complaints");
    case Permission::WorkCase:
        return Msg::tr("work on cases");
    case Permission::AssignCase:
        return Msg::tr("assign cases");
    case Permission::ReopenCase:
        return Msg::tr("reopen finished cases");
    case Permission::Mediate:
        return Msg::tr("mediate and refer cases to court");
    case Permission::ManageGroups:
        return Msg::tr("manage group cases and businesses");
    case Permission::ManageFunds:
        return Msg::tr("manage first-compensation funds");
    case Permission::RecordFollowUp:
        return Msg::tr("record follow-up visits");
    case Permission::ViewStatistics:
        return Msg::tr("view statistics and reports");
    case Permission::RevealPersonalData:
        return Msg::tr("reveal full personal data");
    case Permission::ExportIdentified:
        return Msg::tr("export unmasked personal data");
    case Permission::ManageDirectories:
        return Msg::tr("manage directories and rules");
    case Permission::ManageSettings:
        return Msg::tr("change the desk's settings");
    case Permission::ManageUsers:
        return Msg::tr("manage users");
    case Permission::ManageBackups:
        return Msg::tr("manage backups");
    case Permission::VerifyAudit:
        return Msg::tr("verify the audit trail");
    }
    return {};
}

Result<User> authorize(const QSqlDatabase &db, const QString &actor, Permission permission)
{
    if (actor.trimmed().isEmpty())
        return forbidden(Msg::tr("Say who makes the change: a user of this database."));
    auto user = UserRepository(db).findByName(actor);
    if (!user) {
        if (user.error().code != ErrorCode::NotFound)
            return user.error();
        return forbidden(Msg::tr("\"%1\" is not a user of this database; an administrator can add them.")
                             .arg(actor.trimmed()));
    }
    if (!user->active)
        return forbidden(Msg::tr("The user \"%1\" is no longer active and cannot change cases.").arg(user->name));
    if (!roleAllows(user->role, permission))
        return forbidden(Msg::tr("%1 (%2) may not %3.").arg(user->name, labelOf(user->role), labelOf(permission)));
    return user;
}

Result<QStringList> namesOfUsersAllowed(const QSqlDatabase &db, Permission permission)
{
    auto users = UserRepository(db).list(false);
    if (!users)
        return users.error();
    QStringList names;
    for (const User &user : users.value()) {
        if (roleAllows(user.role, permission))
            names << user.name;
    }
    return names;
}

} // namespace casedesk
