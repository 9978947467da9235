#pragma once

#include "storage/engine.h"

#include <QSqlDatabase>
#include <QString>

// Where a connection reads the complainants. On a server only the roles that may reveal a full
// phone or ID number (supervisors) are granted those two columns of consumers (server step 15);
// every reading goes through the view consumers_shown, which shows them to the others masked as
// core/privacy/masking.h does. A file has no database users: there it is the table itself.

namespace casedesk {

QString consumersSource(Engine engine);
QString consumersSource(const QSqlDatabase &db);

// A sub-select of the ids of the complainants whose phone is exactly the one value bound to it
// (on a server a function that answers with ids only, whoever asks).
QString consumerIdsWithPhone(const QSqlDatabase &db);

} // namespace casedesk
