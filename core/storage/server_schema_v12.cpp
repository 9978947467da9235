#include "storage/server_schema_steps.h"

namespace casedesk {

// Server step 12, the model of SQLite step 24 (schema_v24.cpp): a 12345 work order's own
// dispatch and due times.
QStringList serverSchemaVersion12()
{
    return {
        QStringLiteral("ALTER TABLE complaints ADD COLUMN order_dispatched_at TEXT COLLATE \"C\""),
        QStringLiteral("ALTER TABLE complaints ADD COLUMN order_due_at TEXT COLLATE \"C\""),
    };
}

} // namespace casedesk
