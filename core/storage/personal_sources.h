#pragma once

#include "storage/engine.h"

#include <QSqlDatabase>
#include <QString>

// Where a connection reads personal data. On a server only the roles that may reveal a
// complainant's full phone or ID number (supervisors) are granted the columns that hold them
// (server step 15): the phone and ID number of consumers, the values of audit_log, a liaison
// point's contact phone. Every reading goes through a view that shows them to the others masked
// as core/privacy/masking.h does. A file has no database users: there it is the table itself.

namespace casedesk {

QString consumersSource(Engine engine);
QString consumersSource(const QSqlDatabase &db);

// A sub-select of the ids of the complainants whose phone is exactly the one value bound to it
// (on a server a function that answers with ids only, whoever asks).
QString consumerIdsWithPhone(const QSqlDatabase &db);

// The audit trail with its values; on a server the view also says whether each record still
// matches its hash (column intact), worked out by the server, which reads the full values.
QString auditLogSource(const QSqlDatabase &db);

// The liaison points with their contacts as liaison/liaison_access.h shows them.
QString liaisonPointsSource(const QSqlDatabase &db);

} // namespace casedesk
