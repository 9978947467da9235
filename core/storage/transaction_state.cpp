#include "storage/transaction_state.h"

#include "storage/engine.h"
#include "storage/sql_helpers.h"
#include "storage/sqlite_native.h"

#include <QSqlDriver>

#include <libpq-fe.h>

namespace casedesk {

bool inTransaction(const QSqlDatabase &db)
{
    if (engineOf(db) == Engine::Sqlite)
        return sqliteInTransaction(db);
    // QPSQL's handle is libpq's connection (its type named by the struct, pg_conn*).
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "pg_conn*") != 0)
        return false;
    auto *connection = *static_cast<PGconn *const *>(handle.constData());
    if (!connection)
        return false;
    const PGTransactionStatusType status = PQtransactionStatus(connection);
    return status == PQTRANS_INTRANS || status == PQTRANS_INERROR || status == PQTRANS_ACTIVE;
}

Status lockChainForWriting(const QSqlDatabase &db, const QString &chain)
{
    if (engineOf(db) == Engine::Sqlite)
        return {};
    auto locked = runQuery(db, QStringLiteral("SELECT pg_advisory_xact_lock(hashtext(?))"), {chain});
    if (!locked)
        return locked.error();
    return {};
}

} // namespace casedesk
