#include "storage/schema_steps.h"

namespace casedesk {

// Version 2: workflow: users, case events.
QStringList schemaVersion2()
{
    return {}; // TODO(helper): statements of this step
}

} // namespace casedesk
