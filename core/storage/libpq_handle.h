#pragma once

#include <QSqlDatabase>

// libpq's own connection behind a QPSQL connection, for what Qt's driver does not offer (the
// state of a transaction, COPY). libpq's header stays in the few files that use it.

struct pg_conn;

namespace casedesk {

// The server connection of `db`; nullptr when `db` is no open QPSQL connection.
pg_conn *libpqHandle(const QSqlDatabase &db);

} // namespace casedesk
