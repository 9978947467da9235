#include "storage/schema_steps.h"

namespace casedesk {

// Version 24, a 12345 work order's own times (issue 21): complaints.order_dispatched_at (交办时间),
// from which the hotline's limits count, and order_due_at (到期时间), the reply's deadline as the
// hotline set it. The stored due list is worked out again (the migration's finish function).
QStringList schemaVersion24()
{
    return {
        QStringLiteral("ALTER TABLE complaints ADD COLUMN order_dispatched_at TEXT"),
        QStringLiteral("ALTER TABLE complaints ADD COLUMN order_due_at TEXT"),
    };
}

} // namespace casedesk
