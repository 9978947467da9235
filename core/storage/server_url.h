#pragma once

#include "result.h"

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

} // namespace casedesk
