// A desk on a server whose connection breaks (the server restarted, the network went away):
// the step that meets the break fails with the lost-connection message and saves nothing;
// the next step connects again and works; a transaction under way never goes on, statement
// by statement, on the new connection.

#include "catch_qt.h"
#include "test_server.h"
#include "test_support.h"

#include "domain/roles.h"
#include "storage/complaint_repository.h"
#include "workflow/case_transition_service.h"
#include "storage/sql_helpers.h"
#include "storage/user_repository.h"

#include <QDeadlineTimer>
#include <QThread>

using namespace casedesk;
using namespace casedesk::test;

namespace {

// Ends the desk's server session from another connection, as a server restart would, and
// waits until the server has let it go.
void breakConnection(const QSqlDatabase &desk, const RawConnection &admin)
{
    auto pid = queryScalar(desk, QStringLiteral("SELECT pg_backend_pid()"));
    REQUIRE(pid.ok());
    CHECK(admin.scalar(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid->toLongLong())).toBool());
    const QString gone = QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE pid = %1").arg(pid->toLongLong());
    QDeadlineTimer deadline(30 * 1000);
    while (admin.scalar(gone).toInt() > 0 && !deadline.hasExpired())
        QThread::msleep(10);
    REQUIRE(admin.scalar(gone).toInt() == 0);
}

qint64 complaints(const RawConnection &admin)
{
    return admin.scalar(QStringLiteral("SELECT count(*) FROM complaints")).toLongLong();
}

} // namespace

TEST_CASE("a lost server connection fails the step with its message, and the next step connects again",
          "[server-only][connection]")
{
    TestDatabase db;
    REQUIRE(db.onServer());
    const QSqlDatabase desk = db.connection();
    RawConnection admin(db.path());
    REQUIRE(UserRepository(desk).add(QStringLiteral("李敏"), Role::Caseworker).ok());

    const Complaint complaint = sampleComplaint(desk);

    // A save that meets the break: refused with the lost-connection message, nothing saved.
    breakConnection(desk, admin);
    auto lost = ComplaintRepository(desk).add(complaint, QStringLiteral("李敏"));
    REQUIRE_FALSE(lost.ok());
    CHECK(lost.error().code == ErrorCode::Io);
    CHECK(lost.error().message.contains(QStringLiteral("connection to the database server was lost")));
    CHECK(complaints(admin) == 0);

    // Saving again works at once, on a new connection, and saves the case once.
    auto saved = ComplaintRepository(desk).add(complaint, QStringLiteral("李敏"));
    REQUIRE(saved.ok());
    CHECK(complaints(admin) == 1);

    // A read that meets the break fails; the next read works.
    breakConnection(desk, admin);
    CHECK_FALSE(queryScalar(desk, QStringLiteral("SELECT count(*) FROM complaints")).ok());
    auto read = queryScalar(desk, QStringLiteral("SELECT count(*) FROM complaints"));
    REQUIRE(read.ok());
    CHECK(read->toLongLong() == 1);
}

TEST_CASE("a transaction whose connection broke does not go on on a new connection", "[server-only][connection]")
{
    TestDatabase db;
    REQUIRE(db.onServer());
    const QSqlDatabase desk = db.connection();
    RawConnection admin(db.path());
    const QString note = QStringLiteral("INSERT INTO warning_dirty(business_id) VALUES (?)");
    const QString noted = QStringLiteral("SELECT count(*) FROM warning_dirty WHERE business_id IN (424242, 434343)");
    {
        Transaction transaction(desk);
        REQUIRE(transaction.begin().ok());
        REQUIRE(runQuery(desk, note, {qint64(424242)}).ok());
        breakConnection(desk, admin);
        // The rest of the transaction fails, statement after statement: none of it is written
        // alone in a new session.
        CHECK_FALSE(runQuery(desk, note, {qint64(434343)}).ok());
        CHECK_FALSE(runQuery(desk, note, {qint64(434343)}).ok());
        CHECK_FALSE(transaction.commit().ok());
    }
    CHECK(admin.scalar(noted).toInt() == 0);
    // After it, the desk works again.
    REQUIRE(runQuery(desk, note, {qint64(434343)}).ok());
    CHECK(admin.scalar(noted).toInt() == 1);
}

TEST_CASE("a save the server broke off to resolve a deadlock is tried again, not shown as an error",
          "[server-only][connection][concurrency]")
{
    TestDatabase db;
    REQUIRE(db.onServer());
    const QSqlDatabase desk = db.connection();
    RawConnection admin(db.path());
    REQUIRE(UserRepository(desk).add(QStringLiteral("李敏"), Role::Caseworker).ok());
    REQUIRE(UserRepository(desk).add(QStringLiteral("王强"), Role::Caseworker).ok());
    auto added = ComplaintRepository(desk).add(sampleComplaint(desk), QStringLiteral("李敏"));
    REQUIRE(added.ok());

    // The server picks this desk's transaction as a deadlock's victim once for each kind of
    // save: its first attempt fails with SQLSTATE 40P01. A sequence moved by setval, which no
    // rollback resets (and which, unlike nextval, leaves the session's lastval alone), counts
    // the attempts: 2, 4, 6 fail.
    admin.scalar(QStringLiteral("CREATE SEQUENCE deadlock_once"));
    admin.scalar(QStringLiteral("CREATE FUNCTION deadlock_once() RETURNS trigger LANGUAGE plpgsql AS $$ "
                                "DECLARE n BIGINT; BEGIN "
                                "n := (SELECT last_value FROM deadlock_once) + 1; PERFORM setval('deadlock_once', n); "
                                "IF n % 2 = 0 THEN "
                                "RAISE EXCEPTION 'deadlock detected (test)' USING ERRCODE = '40P01'; END IF; "
                                "RETURN NEW; END $$; SELECT 1"));
    admin.scalar(QStringLiteral("CREATE TRIGGER deadlock_once BEFORE INSERT OR UPDATE ON complaints "
                                "FOR EACH ROW EXECUTE FUNCTION deadlock_once(); SELECT 1"));

    Complaint edited = added.value();
    edited.demand = QStringLiteral("退还剩余课时费");
    auto saved = ComplaintRepository(desk).update(edited, QStringLiteral("李敏"));
    INFO((saved ? QString() : saved.error().message).toStdString());
    REQUIRE(saved.ok());
    CHECK(saved->demand == edited.demand);
    CHECK(saved->version == added->version + 1); // saved once

    auto assigned = CaseTransitionService(desk).assign(added->id, QStringLiteral("王强"), QStringLiteral("李敏"),
                                                       QDateTime::currentDateTime(), saved->version);
    INFO((assigned ? QString() : assigned.error().message).toStdString());
    REQUIRE(assigned.ok());
    CHECK(assigned->assignee == QStringLiteral("王强"));

    auto another = ComplaintRepository(desk).add(sampleComplaint(desk), QStringLiteral("李敏"));
    INFO((another ? QString() : another.error().message).toStdString());
    REQUIRE(another.ok());
    CHECK(admin.scalar(QStringLiteral("SELECT count(*) FROM complaints")).toInt() == 2);
    // Each save met the deadlock once and went through at the second attempt.
    CHECK(admin.scalar(QStringLiteral("SELECT last_value FROM deadlock_once")).toInt() == 7);
}
