// A desk on a server whose connection breaks (the server restarted, the network went away):
// the step that meets the break fails with the lost-connection message and saves nothing;
// the next step connects again and works; a transaction under way never goes on, statement
// by statement, on the new connection.

#include "catch_qt.h"
#include "test_server.h"
#include "test_support.h"

#include "domain/roles.h"
#include "storage/complaint_repository.h"
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
