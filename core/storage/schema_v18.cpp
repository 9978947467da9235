#include "storage/schema_steps.h"

namespace casedesk {

// Version 18: the statistics summaries keep the cases received but not accepted (still
// registered, refused or returned), so that "受理投诉" (received minus those) is read from them
// like every other figure. It was counted live at every look: a year of a million cases took
// 0.3 s without a district and 0.45 s with one, a dozen times per dashboard. Both columns
// start at 0 and the step asks for one full recount, as step 12 did.
QStringList schemaVersion18()
{
    return {
        QStringLiteral("ALTER TABLE stats_summary ADD COLUMN not_accepted INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE stats_case_facts ADD COLUMN not_accepted INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("INSERT OR IGNORE INTO stats_dirty_months(month) VALUES ('*')"),
    };
}

} // namespace casedesk
