#include "storage/server_schema_steps.h"

namespace casedesk {

// Server step 4, the model of SQLite step 18 (schema_v18.cpp): cases received but not
// accepted kept in the statistics summaries; one full recount.
QStringList serverSchemaVersion4()
{
    return {
        QStringLiteral("ALTER TABLE stats_summary ADD COLUMN not_accepted INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE stats_case_facts ADD COLUMN not_accepted INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("INSERT INTO stats_dirty_months(month) VALUES ('*') ON CONFLICT DO NOTHING"),
    };
}

} // namespace casedesk
