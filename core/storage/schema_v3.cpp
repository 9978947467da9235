#include "storage/schema_steps.h"

namespace casedesk {

// Version 3: working-day calendar, deadline rule sets, clock pauses.
QStringList schemaVersion3()
{
    return {}; // TODO(helper): statements of this step
}

} // namespace casedesk
