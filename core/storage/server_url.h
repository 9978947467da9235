#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QString>

namespace casedesk {

// Where an office's PostgreSQL server is: postgresql://[user[:password]@]host[:port]/database
// [?sslmode=disable|prefer|require|verify-ca|verify-full&sslrootcert=FILE&connect_timeout=S].
// A password left out of the URL is found by libpq as for psql (PGPASSWORD, ~/.pgpass).
struct ServerUrl {
    QString host;
    int port = 5432;
    QString database;
    QString user;
    QString password;
    QString sslMode;     // empty: libpq's default (prefer)
    QString sslRootCert; // CA file for verify-ca / verify-full
    int connectTimeoutSeconds = 10;

    // True for text that names a server rather than a file (postgresql:// or postgres://).
    static bool isServerUrl(const QString &text);
    static Result<ServerUrl> parse(const QString &text);

    // The URL as a person may see it: never the password.
    QString displayName() const;
    // The libpq options QPSQL passes on (sslmode, sslrootcert, connect_timeout).
    QString connectOptions() const;
};

// The server, database and account an open QPSQL connection `db` is on (no password, and
// its libpq options are db.connectOptions()).
ServerUrl serverOf(const QSqlDatabase &db);

// Opens a QPSQL connection named `connectionName` to `server` with the libpq `options`
// (server.connectOptions(), or those of a connection already open); removing it again is the
// caller's. A failure is said for a caseworker; a refused password names the field "password".
Status openServerConnection(const QString &connectionName, const ServerUrl &server, const QString &options);

// Whether a connection failed because the server refused the password (or none was given).
bool isRefusedPassword(const Error &error);

} // namespace casedesk
