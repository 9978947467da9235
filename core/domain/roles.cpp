#include "domain/roles.h"

#include "domain/code_table.h"

namespace casedesk {
namespace {

// The codes are also in the CHECK constraint of the users table (schema_v7.cpp).
const codetable::Entry<Role> kRoles[] = {
    {Role::Caseworker, "caseworker", QT_TRANSLATE_NOOP("Codes", "Caseworker")},
    {Role::Supervisor, "supervisor", QT_TRANSLATE_NOOP("Codes", "Supervisor")},
    {Role::Administrator, "administrator", QT_TRANSLATE_NOOP("Codes", "Administrator")},
    {Role::Auditor, "auditor", QT_TRANSLATE_NOOP("Codes", "Auditor (read only)")},
};

} // namespace

QString codeOf(Role value) { return codetable::codeIn(kRoles, value); }
QString labelOf(Role value) { return codetable::labelIn("Codes", kRoles, value); }
std::optional<Role> roleFromCode(const QString &code) { return codetable::fromCode(kRoles, code); }
QList<Role> allRoles() { return codetable::valuesOf(kRoles); }

} // namespace casedesk
