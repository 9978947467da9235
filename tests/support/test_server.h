#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

namespace casedesk::test {

// The throwaway PostgreSQL cluster the suite's server run uses (scripts/test-server.sh, started
// by CTest's "test server" fixture): its URL from $CASEDESK_TEST_SERVER_URL, or from the file
// $CASEDESK_TEST_SERVER_FILE names. Empty when the suite runs on SQLite files.
QString testServerUrl();

// A database of its own on the test cluster, dropped when this goes away (also when the test
// failed). Initialised: a CaseDesk database at the latest schema, copied from a template made
// once per cluster (fast); Empty: a database with nothing in it (for init and migration tests).
class ServerScratchDatabase {
public:
    enum class Content { Empty, Initialised };
    explicit ServerScratchDatabase(Content content);
    ~ServerScratchDatabase();
    ServerScratchDatabase(const ServerScratchDatabase &) = delete;
    ServerScratchDatabase &operator=(const ServerScratchDatabase &) = delete;

    // The database's URL, with the cluster's password (tests only).
    QString url() const { return m_url; }
    QString name() const { return m_name; }

private:
    QString m_name;
    QString m_url;
};

// The URL of the server database at `dbUrl` as CaseDesk user `name`'s own login (server_rights.h:
// the database's login prefix, then the name) with `password`; `maintenance` is a connection
// to that database as its owner.
QString loginUrlOf(const QSqlDatabase &maintenance, const QString &dbUrl, const QString &name, const QString &password);

// A plain connection to a server database, outside Database (nothing checked, nothing
// migrated): what a second desk or an administrator's psql would do in a test.
class RawConnection {
public:
    explicit RawConnection(const QString &url);
    ~RawConnection();
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    // The first value of a statement that must work (the test fails otherwise).
    QVariant scalar(const QString &sql) const;

private:
    QString m_name;
};

} // namespace casedesk::test
