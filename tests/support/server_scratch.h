#pragma once

#include <QString>

namespace casedesk::test {

// The PostgreSQL server the [server-only] tests use: CASEDESK_TEST_SERVER_URL, a postgresql://
// URL to the cluster's `postgres` database as a role that may CREATE DATABASE. Empty if unset.
QString testServerUrl();

// A database of its own for one test, created on the test server and dropped again when the
// object goes (also when the test fails; WITH (FORCE) closes connections the test left open).
// Declare it before the Database objects that use it, so they close first. Without
// CASEDESK_TEST_SERVER_URL, or when the server refuses, the test fails: [server-only] tests are
// left out of the SQLite run (tests/CMakeLists.txt) rather than passing without a server.
class ServerScratch {
public:
    ServerScratch();
    ~ServerScratch();
    ServerScratch(const ServerScratch &) = delete;
    ServerScratch &operator=(const ServerScratch &) = delete;

    // The scratch database's URL (with the password given in CASEDESK_TEST_SERVER_URL).
    QString url() const { return m_url; }
    QString name() const { return m_name; }

private:
    QString m_name;
    QString m_url;
};

} // namespace casedesk::test
