#pragma once

#include "domain/roles.h"
#include "result.h"

#include <QList>
#include <QSqlDatabase>

namespace casedesk {

struct User;

// Everything a desk user may be allowed to do. Every service in core checks the acting
// user's permission before it writes (authorize()), so the CLI and the windows obey the
// same table; the windows also hide what the user cannot do, but that is only courtesy.
enum class Permission {
    ViewCases,          // read case lists, details, history
    RegisterCase,       // register new complaints, import them
    WorkCase,           // transitions, corrections, evidence, clock pauses
    AssignCase,         // assign or reassign a case's caseworker
    ReopenCase,         // reopen a finished case
    Mediate,            // mediation sessions, agreements, termination, court referral
    ManageGroups,       // group cases, batch actions, merging businesses
    ManageFunds,        // first-compensation funds and payouts
    RecordFollowUp,     // follow-up visits, typical cases
    ViewStatistics,     // dashboard, statistics, reports
    RevealPersonalData, // see a full phone or ID number (logged)
    ExportIdentified,   // export with personal data not masked
    ManageDirectories,  // mediators, courts, calendar, deadline rule sets, warning rules
    ManageSettings,     // the desk's settings: case number prefix, council name, retention period
    ManageUsers,        // add users, change roles, reset passwords
    ManageBackups,      // back up, restore, retention (anonymising old cases)
    VerifyAudit,        // read and verify the audit trail
};

// Every permission, in declaration order (for exhaustive tests and the README table).
QList<Permission> allPermissions();

// The permission table (permissions.cpp). Pure: no database.
bool roleAllows(Role role, Permission permission);

// A short translated name of the permission, for messages ("manage users").
QString labelOf(Permission permission);

// The acting user, if `actor` names an active user of `db` whose role allows
// `permission`; otherwise ErrorCode::Forbidden with a translated message on field "actor".
Result<User> authorize(const QSqlDatabase &db, const QString &actor, Permission permission);

// The names of the active users whose role allows `permission` (who may be given a case, or
// guide a liaison point: Permission::WorkCase), in the order UserRepository::list() gives.
Result<QStringList> namesOfUsersAllowed(const QSqlDatabase &db, Permission permission);

} // namespace casedesk
