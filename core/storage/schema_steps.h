#pragma once

#include <QStringList>

// The statements of each schema step, one file per version. Released steps are never
// edited: a change to the schema is a new step (see migrations.cpp).

namespace casedesk {

QStringList schemaVersion1(); // settings, taxonomy, parties, complaints, case numbers, audit log
QStringList schemaVersion2(); // workflow: users, case events
QStringList schemaVersion3(); // working-day calendar, deadline rule sets, clock pauses
QStringList schemaVersion4(); // evidence files attached to cases
QStringList schemaVersion5(); // money recovered on a case
QStringList schemaVersion10(); // prepaid cards, groups, early warning, funds, business merges

} // namespace casedesk
