#pragma once

#include <QStringList>

// The statements of each server schema step, one file per version. Released steps are never
// edited: a change to the schema is a new step here AND a new SQLite step (schema_steps.h).

namespace casedesk {

QStringList serverSchemaVersion1(); // the model of SQLite steps 1-15
QStringList serverSchemaVersion2(); // the model of SQLite step 16: stored deadlines, daily counts

} // namespace casedesk
