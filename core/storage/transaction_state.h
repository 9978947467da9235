#pragma once

#include "result.h"

#include <QSqlDatabase>

namespace casedesk {

// Whether the connection is inside a transaction now (on either engine): a repository that
// must write atomically joins its caller's transaction or opens one of its own.
bool inTransaction(const QSqlDatabase &db);

// Serialises writers of one chained trail (the audit trail, the desk log) until the current
// transaction ends: each reads the chain's head and appends after it. A SQLite file has one
// writer at a time already (BEGIN IMMEDIATE); on a server, desks write at once, so this takes
// a transaction-level advisory lock named after the trail.
Status lockChainForWriting(const QSqlDatabase &db, const QString &chain);

} // namespace casedesk
