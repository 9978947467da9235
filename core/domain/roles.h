#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace casedesk {

// What a desk user may do. Caseworkers (承办人) handle cases; supervisors (科长/主任) also
// reopen finished cases; administrators manage users and settings and do no case work;
// auditors (read only) look at cases and the audit trail and change nothing
// (least privilege: see the transition table in workflow/case_workflow.cpp and the
// permission table in auth/permissions.cpp).
enum class Role {
    Caseworker,
    Supervisor,
    Administrator,
    Auditor,
};

QString codeOf(Role value);  // stable: "caseworker", "supervisor", "administrator", "auditor"
QString labelOf(Role value); // translated
std::optional<Role> roleFromCode(const QString &code);
QList<Role> allRoles();

} // namespace casedesk
