#include "storage/libpq_handle.h"

#include <QSqlDriver>
#include <QVariant>

#include <libpq-fe.h>

namespace casedesk {

pg_conn *libpqHandle(const QSqlDatabase &db)
{
    const QSqlDriver *driver = db.driver();
    if (!driver)
        return nullptr;
    // QPSQL's handle is libpq's connection (its type named by the struct).
    const QVariant handle = driver->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "pg_conn*") != 0)
        return nullptr;
    return *static_cast<PGconn *const *>(handle.constData());
}

} // namespace casedesk
