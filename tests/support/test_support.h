#pragma once

#include "domain/complaint.h"
#include "domain/roles.h"
#include "storage/database.h"
#include "test_server.h"

#include <QSqlDatabase>
#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace casedesk::test {

// A fresh database, removed after the test: a file in its own temporary folder, or, when the
// suite runs on the test server (test_server.h), a database of its own on that server.
class TestDatabase {
public:
    TestDatabase();
    // Always a SQLite file, also in the server run (tests comparing the two engines).
    struct FileOnly {};
    explicit TestDatabase(FileOnly);
    ~TestDatabase();
    bool onServer() const { return m_server != nullptr; }
    QSqlDatabase connection() const { return m_database->connection(); }
    Database &database() { return *m_database; }
    // The file's path, or the server database's URL.
    QString path() const { return m_path; }
    QString folder() const { return m_dir.path(); }
    // A second, independent connection to the same database (another desk, another thread).
    std::unique_ptr<Database> openAgain() const;

private:
    void open();
    QTemporaryDir m_dir;
    std::unique_ptr<ServerScratchDatabase> m_server;
    QString m_path;
    std::unique_ptr<Database> m_database;
};

// The password every test user gets (addTestUser).
inline const QString kTestPassword = QStringLiteral("test-password-1");

// Adds an active user who signs in with kTestPassword, hashed at the cheap test cost
// (HashCost::CheapForTests) so suites stay fast. Fails the test if the name is taken.
void addTestUser(const QSqlDatabase &db, const QString &name, Role role = Role::Caseworker);

// The fixed "now" tests use, so date rules do not depend on the day the suite runs.
QDateTime fixedNow();

// A complete, valid complaint in Chinese (a gym that closed), received a few days before fixedNow().
Complaint sampleComplaint(const QSqlDatabase &db);

// The id of a seeded category by its Chinese name.
qint64 categoryIdByName(const QSqlDatabase &db, const QString &name);

// Rows in a table.
qint64 rowCount(const QSqlDatabase &db, const QString &table);

// Runs SQL directly and fails the test if it does not work (for setting up fixtures).
void execOrFail(const QSqlDatabase &db, const QString &sql);

// A trigger `name` that refuses every insert into `table` with "simulated failure", as a full
// disk would, on either engine; and its removal.
void failInsertsInto(const QSqlDatabase &db, const QString &table, const QString &name);
void stopFailingInserts(const QSqlDatabase &db, const QString &table, const QString &name);

// Removes a case with everything recorded on it, as retention rules would: on SQLite with its
// foreign keys off for the moment; on a server with every row that refers to it (the audit
// trail, insert-only there, loses its reference to the case instead).
void deleteCaseWithItsRecords(const QSqlDatabase &db, qint64 id);

// The search index holds exactly the documents of its source view: FTS5's own integrity check
// on SQLite; on a server, the indexed documents compared with the view's both ways.
bool indexConsistent(const QSqlDatabase &db);
// Whether every one of the search index's triggers is in place (SQLite has seven, the server
// five: one trigger there does the work of a BEFORE/AFTER pair).
bool allSearchTriggers(const QSqlDatabase &db);

// Runs `check` as a user without root's powers, for tests of what file permissions refuse (root
// ignores them, and CI runs as root): in this process when it is not root, otherwise in a child
// process that has dropped to the user `nobody`. `check` returns an empty string when it passed,
// otherwise what went wrong; so does this (also when the child could not drop root or died).
// In the child only plain code runs: no Catch2 macros, and `check` must not write to a database.
QString runWithoutRoot(const std::function<QString()> &check);

// Makes `path` belong to the user runWithoutRoot's child runs as (nothing to do when not root).
bool giveToUnprivilegedUser(const QString &path);

} // namespace casedesk::test
