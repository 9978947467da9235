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

// A server connection that broke (the server restarted, the network went away) is opened
// again before the next statement, so that the desk works again as soon as the server is
// back: the statement that met the break failed and said so ("nothing was saved"). Never
// while a Transaction was under way on it: the rest of that transaction must fail too, not
// run on a new connection statement by statement. Nothing to do on SQLite.
// Returns whether it connected again.
bool reconnectIfBroken(const QSqlDatabase &db);
// What Transaction tells the above.
void noteTransactionBegun(const QSqlDatabase &db);
void noteTransactionEnded(const QSqlDatabase &db);

} // namespace casedesk
