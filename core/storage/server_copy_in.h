#pragma once

#include "result.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariantList>

namespace casedesk {

// Rows written into a server table with COPY … FROM STDIN (the field's way to load many rows:
// several times faster than INSERT statements), on the connection's own session and so inside
// its transaction. Values as a SQLite file gives them: NULL, integers, reals, text, blobs
// (bytea). A failure leaves the transaction to be rolled back.
class ServerCopyIn {
public:
    ServerCopyIn(QSqlDatabase db, QString table, QStringList columns);
    ~ServerCopyIn();
    ServerCopyIn(const ServerCopyIn &) = delete;
    ServerCopyIn &operator=(const ServerCopyIn &) = delete;

    Status start();
    Status add(const QVariantList &row);
    // Sends what is left and ends the COPY: its error, if the server refused a row.
    Status finish();

private:
    Status send();
    Error failure() const;

    QSqlDatabase m_db;
    QString m_table;
    QStringList m_columns;
    QByteArray m_buffer;
    bool m_copying = false;
};

} // namespace casedesk
