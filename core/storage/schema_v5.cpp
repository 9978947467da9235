#include "storage/schema_steps.h"

namespace casedesk {

// Version 5: money recovered for the consumer, kept on the case so statistics read one
// column; mediation agreements, court outcomes and fund payouts add to it.
QStringList schemaVersion5()
{
    return {
        QStringLiteral("ALTER TABLE complaints ADD COLUMN recovered_fen INTEGER NOT NULL DEFAULT 0"
                       " CHECK (recovered_fen >= 0)"),
    };
}

} // namespace casedesk
