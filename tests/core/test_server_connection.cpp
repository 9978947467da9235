// A desk on a server whose connection breaks (the server restarted, the network went away):
// the step that meets the break fails with the lost-connection message and saves nothing;
// the next step connects again and works; a transaction under way never goes on, statement
// by statement, on the new connection.

#include "catch_qt.h"
#include "test_server.h"
#include "test_support.h"

#include "domain/roles.h"
#include "followup/follow_up_service.h"
#include "funds/fund_service.h"
#include "groups/group_service.h"
#include "mediation/directory_service.h"
#include "mediation/session_service.h"
#include "storage/audit_verifier.h"
#include "storage/complaint_repository.h"
#include "storage/evidence_repository.h"
#include "storage/sql_helpers.h"
#include "storage/trail_state.h"
#include "storage/user_repository.h"
#include "talks/talk_service.h"
#include "workflow/case_transition_service.h"

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

// Makes the server pick this desk's transaction as a deadlock's victim the first time a row
// is written into each of `tables`: that statement fails with SQLSTATE 40P01. A sequence per
// table (deadlock_<table>), moved by setval, which no rollback resets, counts the rows the
// trigger saw: 1 + the failed attempt's row + the rows written after it.
void deadlockOnceOn(const RawConnection &admin, const QStringList &tables)
{
    admin.scalar(QStringLiteral("CREATE FUNCTION deadlock_once() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER "
                                "AS $$ DECLARE s regclass := ('deadlock_' || TG_TABLE_NAME)::regclass; n BIGINT; "
                                "BEGIN EXECUTE format('SELECT last_value FROM %s', s) INTO n; n := n + 1; "
                                "PERFORM setval(s, n); "
                                "IF n = 2 THEN "
                                "RAISE EXCEPTION 'deadlock detected (test)' USING ERRCODE = '40P01'; END IF; "
                                "RETURN NEW; END $$; SELECT 1"));
    for (const QString &table : tables) {
        admin.scalar(QStringLiteral("CREATE SEQUENCE deadlock_%1; SELECT 1").arg(table));
        admin.scalar(QStringLiteral("CREATE TRIGGER deadlock_once BEFORE INSERT ON %1 "
                                    "FOR EACH ROW EXECUTE FUNCTION deadlock_once(); SELECT 1")
                         .arg(table));
    }
}

// How many rows the trigger on `table` saw (the failed attempt's included).
qint64 rowsSeen(const RawConnection &admin, const QString &table)
{
    return admin.scalar(QStringLiteral("SELECT last_value - 1 FROM deadlock_%1").arg(table)).toLongLong();
}

qint64 count(const RawConnection &admin, const QString &sql)
{
    return admin.scalar(sql).toLongLong();
}

// The message of a failed step, for INFO.
template <typename R> std::string why(const R &result)
{
    return (result ? QString() : result.error().message).toStdString();
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

TEST_CASE("group actions, follow-ups, funds, mediation sessions, evidence and talks the server broke off to resolve a "
          "deadlock are tried again and written once",
          "[server-only][connection][concurrency]")
{
    TestDatabase db;
    REQUIRE(db.onServer());
    const QSqlDatabase desk = db.connection();
    RawConnection admin(db.path());
    const QString worker = QStringLiteral("李敏");
    const QString boss = QStringLiteral("王主任");
    const QDateTime now = fixedNow();
    REQUIRE(UserRepository(desk).add(worker, Role::Caseworker, now).ok());
    REQUIRE(UserRepository(desk).add(boss, Role::Supervisor, now).ok());

    // Four cases: one in mediation, one closed (forwarded, then closed), two to group.
    QList<Complaint> cases;
    for (int i = 0; i < 4; ++i) {
        auto added = ComplaintRepository(desk).add(sampleComplaint(desk), worker, now);
        INFO(why(added));
        REQUIRE(added.ok());
        cases.append(added.value());
    }
    const qint64 mediated = cases.at(0).id;
    const qint64 closed = cases.at(1).id;
    auto move = [&](qint64 caseId, CaseStatus to) {
        TransitionRequest request;
        request.caseId = caseId;
        request.to = to;
        auto moved = CaseTransitionService(desk).transition(request, worker, now);
        INFO(why(moved));
        REQUIRE(moved.ok());
    };
    move(mediated, CaseStatus::Accepted);
    move(mediated, CaseStatus::InMediation);
    move(closed, CaseStatus::Accepted);
    move(closed, CaseStatus::ForwardedToEnterprise);
    move(closed, CaseStatus::Closed);
    Mediator mediator;
    mediator.name = QStringLiteral("陈调解");
    mediator.kind = MediatorKind::PeoplesMediator;
    auto savedMediator = MediationDirectoryService(desk).saveMediator(mediator, boss);
    INFO(why(savedMediator));
    REQUIRE(savedMediator.ok());
    Fund fund;
    fund.name = QStringLiteral("长宁来福士先行赔付金");
    auto fundId = FundService(desk).create(fund, boss, now);
    INFO(why(fundId));
    REQUIRE(fundId.ok());

    const QStringList tables{QStringLiteral("case_group_members"), QStringLiteral("follow_ups"),
                             QStringLiteral("fund_entries"),       QStringLiteral("mediation_sessions"),
                             QStringLiteral("evidence"),           QStringLiteral("talks")};
    deadlockOnceOn(admin, tables);
    const auto audited = [&](const QString &action) {
        return count(admin, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = '%1'").arg(action));
    };

    // A group action: the group and its two members, each member's trail entry once.
    auto group = GroupService(desk).createFromCases({cases.at(2).id, cases.at(3).id}, QStringLiteral("悦动健身闭店"),
                                                    worker, now);
    INFO(why(group));
    REQUIRE(group.ok());
    CHECK(count(admin, QStringLiteral("SELECT count(*) FROM case_groups")) == 1);
    CHECK(count(admin, QStringLiteral("SELECT count(*) FROM case_group_members")) == 2);
    CHECK(audited(QStringLiteral("grouped")) == 2);
    CHECK(rowsSeen(admin, QStringLiteral("case_group_members")) == 3);

    // A follow-up visit on the closed case.
    FollowUpRequest visit;
    visit.caseId = closed;
    visit.at = now;
    visit.reached = true;
    visit.result = FollowUpResult::Satisfied;
    visit.attitude = 5;
    auto visited = FollowUpService(desk).record(visit, worker, now);
    INFO(why(visited));
    REQUIRE(visited.ok());
    CHECK(count(admin, QStringLiteral("SELECT count(*) FROM follow_ups")) == 1);
    CHECK(audited(QStringLiteral("follow_up")) == 1);
    CHECK(rowsSeen(admin, QStringLiteral("follow_ups")) == 2);

    // A fund's top-up (which meets the deadlock) and a payout from it.
    FundService funds(desk);
    auto toppedUp = funds.topUp(fundId.value(), 100000, QStringLiteral("首期"), boss, now);
    INFO(why(toppedUp));
    REQUIRE(toppedUp.ok());
    auto paid = funds.payout(fundId.value(), closed, 24000, QStringLiteral("退卡余额"), boss, now);
    INFO(why(paid));
    REQUIRE(paid.ok());
    CHECK(count(admin, QStringLiteral("SELECT count(*) FROM fund_entries")) == 2);
    CHECK(funds.get(fundId.value())->balanceFen == 100000 - 24000);
    CHECK(count(admin, QStringLiteral("SELECT count(*) FROM recovered_entries")) == 1);
    CHECK(ComplaintRepository(desk).get(closed)->recoveredFen == 24000);
    CHECK(audited(QStringLiteral("fund_payout")) == 1);
    CHECK(rowsSeen(admin, QStringLiteral("fund_entries")) == 3);

    // A mediation session.
    MediationSession session;
    session.complaintId = mediated;
    session.startsAt = now.addDays(3);
    session.minutes = 60;
    session.mediatorIds = {savedMediator->id};
    auto booked = MediationSessionService(desk).save(session, worker, now);
    INFO(why(booked));
    REQUIRE(booked.ok());
    CHECK(booked->session.id > 0);
    CHECK(count(admin, QStringLiteral("SELECT count(*) FROM mediation_sessions")) == 1);
    CHECK(count(admin, QStringLiteral("SELECT count(*) FROM session_mediators")) == 1);
    CHECK(audited(QStringLiteral("session_added")) == 1);
    CHECK(rowsSeen(admin, QStringLiteral("mediation_sessions")) == 2);

    // Evidence.
    auto attached = EvidenceRepository(desk).add(mediated, QStringLiteral("收据.txt"), QByteArray("receipt 2400"),
                                                 QString(), worker, now);
    INFO(why(attached));
    REQUIRE(attached.ok());
    CHECK(attached->id > 0);
    CHECK(count(admin, QStringLiteral("SELECT count(*) FROM evidence")) == 1);
    CHECK(audited(QStringLiteral("evidence_added")) == 1);
    CHECK(rowsSeen(admin, QStringLiteral("evidence")) == 2);

    // A talk with the business, its promises and its line in the desk's log.
    Talk talk;
    talk.businessId = cases.at(0).business.id;
    talk.heldOn = now.date().addDays(-1);
    talk.councilAttendees = QStringLiteral("王主任、李敏");
    talk.businessAttendees = QStringLiteral("张总经理");
    talk.problems = QStringLiteral("预付卡退费拖延。");
    talk.promises = {
        {0, 0, QStringLiteral("十个工作日内处理完毕全部退费申请"), now.date().addDays(14), {}, {}, {}, {}}};
    auto talked = TalkService(desk).record(talk, worker, now);
    INFO(why(talked));
    REQUIRE(talked.ok());
    CHECK(talked->promises.size() == 1);
    CHECK(count(admin, QStringLiteral("SELECT count(*) FROM talks")) == 1);
    CHECK(count(admin, QStringLiteral("SELECT count(*) FROM talk_promises")) == 1);
    CHECK(count(admin, QStringLiteral("SELECT count(*) FROM desk_events WHERE action = 'talk_recorded'")) == 1);
    CHECK(rowsSeen(admin, QStringLiteral("talks")) == 2);

    // The trails hold together after the attempts that were broken off: both chains are
    // whole and every case is as its trail last recorded it. (The test's users were added
    // without the desk log, so only the cases are compared.)
    auto trails = verifyTrails(desk, {});
    INFO(why(trails));
    REQUIRE(trails.ok());
    INFO(trails->messages().join(QLatin1Char('\n')).toStdString());
    CHECK(trails->chain.intact());
    CHECK(trails->deskLog.intact);
    auto drifted = checkCasesAgainstTrail(desk);
    REQUIRE(drifted.ok());
    CHECK(drifted->isEmpty());
}
