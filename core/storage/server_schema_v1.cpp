#include "storage/server_schema_steps.h"

// PLACEHOLDER until the server schema lands (branch h17schema).
namespace casedesk {
QStringList serverSchemaVersion1() { return {QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)")}; }
} // namespace casedesk
