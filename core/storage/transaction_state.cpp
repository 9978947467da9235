#include "storage/transaction_state.h"

#include "storage/engine.h"
#include "storage/libpq_handle.h"
#include "storage/sql_helpers.h"
#include "storage/sqlite_native.h"

#include <QMutex>
#include <QSet>
#include <QSqlDriver>

#include <libpq-fe.h>

namespace casedesk {

namespace {

// The connections (by name) with a Transaction under way; connections live on several threads.
QMutex openTransactionsMutex;
QSet<QString> &openTransactions()
{
    static QSet<QString> names;
    return names;
}

} // namespace

void noteTransactionBegun(const QSqlDatabase &db)
{
    const QMutexLocker lock(&openTransactionsMutex);
    openTransactions().insert(db.connectionName());
}

void noteTransactionEnded(const QSqlDatabase &db)
{
    const QMutexLocker lock(&openTransactionsMutex);
    openTransactions().remove(db.connectionName());
}

bool reconnectIfBroken(const QSqlDatabase &db)
{
    if (engineOf(db) != Engine::Postgres)
        return false;
    PGconn *connection = libpqHandle(db);
    if (connection && PQstatus(connection) == CONNECTION_OK)
        return false;
    {
        const QMutexLocker lock(&openTransactionsMutex);
        if (openTransactions().contains(db.connectionName()))
            return false;
    }
    // The same connection (name, server, account, options) opened again, listening again on
    // what it listened to; if the server is still away, the statement fails with the
    // lost-connection message as before.
    QSqlDatabase again = db;
    const QStringList listened = again.driver()->subscribedToNotifications();
    again.close();
    if (!again.open())
        return false;
    for (const QString &channel : listened)
        again.driver()->subscribeToNotification(channel);
    return true;
}

bool inTransaction(const QSqlDatabase &db)
{
    if (engineOf(db) == Engine::Sqlite)
        return sqliteInTransaction(db);
    PGconn *connection = libpqHandle(db);
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
