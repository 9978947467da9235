// A desk on a server whose connection breaks (the server restarted, the network went away):
// the step that meets the break fails with the lost-connection message and saves nothing;
// the next step connects again and works; a transaction under way never goes on, statement
// by statement, on the new connection.

#include "catch_qt.h"
#include "test_server.h"
#include "test_support.h"

#include "auth/desk_administration.h"
#include "auth/sign_in_service.h"
#include "auth/user_administration.h"
#include "deadlines/deadline_rules.h"
#include "domain/roles.h"
#include "enterprises/enterprise_agreement_service.h"
#include "enterprises/enterprise_answer_service.h"
#include "followup/follow_up_service.h"
#include "funds/fund_service.h"
#include "groups/group_service.h"
#include "letters/letter_template_service.h"
#include "letters/letter_wording.h"
#include "liaison/liaison_point_service.h"
#include "mediation/directory_service.h"
#include "mediation/session_service.h"
#include "privacy/personal_data.h"
#include "privacy/retention_service.h"
#include "storage/audit_verifier.h"
#include "storage/business_repository.h"
#include "storage/complaint_repository.h"
#include "storage/evidence_repository.h"
#include "storage/sql_helpers.h"
#include "storage/trail_state.h"
#include "storage/user_repository.h"
#include "talks/talk_service.h"
#include "workflow/case_transition_service.h"
#include "workflow/first_contact_service.h"

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

// The same trigger on `tables`, for INSERT and UPDATE, but disarmed: it fails a row only after
// armDeadlock(), so that one test can break off one save at a time.
void deadlockOnceArmable(const RawConnection &admin, const QStringList &tables)
{
    deadlockOnceOn(admin, {});
    for (const QString &table : tables) {
        admin.scalar(QStringLiteral("CREATE SEQUENCE deadlock_%1; SELECT setval('deadlock_%1', 1000000)").arg(table));
        admin.scalar(QStringLiteral("CREATE TRIGGER deadlock_once BEFORE INSERT OR UPDATE ON %1 "
                                    "FOR EACH ROW EXECUTE FUNCTION deadlock_once(); SELECT 1")
                         .arg(table));
    }
}

// The next row written into `table` fails with SQLSTATE 40P01 (once); rowsSeen() counts from here.
void armDeadlock(const RawConnection &admin, const QString &table)
{
    admin.scalar(QStringLiteral("SELECT setval('deadlock_%1', 1)").arg(table));
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
    const quint64 retriesBefore = transactionRetryCount();

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
    CHECK(transactionRetryCount() - retriesBefore == 3); // counted for the proof under load
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

TEST_CASE("enterprise, first-contact, liaison, letter, calendar, rule, user, sign-in, personal-data and business saves "
          "the server broke off to resolve a deadlock are tried again and written once",
          "[server-only][connection][concurrency]")
{
    TestDatabase db;
    REQUIRE(db.onServer());
    const QSqlDatabase desk = db.connection();
    RawConnection admin(db.path());
    const QString worker = QStringLiteral("李敏");
    const QString boss = QStringLiteral("王主任");
    const QString administrator = QStringLiteral("管理员");
    const QDateTime now = fixedNow();
    addTestUser(desk, worker, Role::Caseworker);
    addTestUser(desk, boss, Role::Supervisor);
    addTestUser(desk, administrator, Role::Administrator);

    // Three cases: one to forward to its business (its complainant has no other case), one
    // for the first contact, one of another business to merge into the first one's.
    Complaint forwardedCase = sampleComplaint(desk);
    forwardedCase.consumer.name = QStringLiteral("赵六");
    forwardedCase.consumer.phone = QStringLiteral("13900000001");
    Complaint otherShop = sampleComplaint(desk);
    otherShop.business.name = QStringLiteral("悦动健身（仙霞店）");
    otherShop.business.creditCode.clear();
    QList<Complaint> cases;
    for (const Complaint &c : {forwardedCase, sampleComplaint(desk), otherShop}) {
        auto added = ComplaintRepository(desk).add(c, worker, now);
        INFO(why(added));
        REQUIRE(added.ok());
        cases.append(added.value());
    }
    const qint64 forwarded = cases.at(0).id;
    for (CaseStatus to : {CaseStatus::Accepted, CaseStatus::ForwardedToEnterprise}) {
        TransitionRequest request;
        request.caseId = forwarded;
        request.to = to;
        auto moved = CaseTransitionService(desk).transition(request, worker, now);
        INFO(why(moved));
        REQUIRE(moved.ok());
    }
    LiaisonPoint point;
    point.name = QStringLiteral("百联西郊购物中心联络点");
    point.type = LiaisonPointType::Mall;
    point.host = QStringLiteral("百联西郊购物中心");
    point.address = QStringLiteral("仙霞西路88号");
    point.district = QStringLiteral("长宁区");
    point.official = worker;
    auto addedPoint = LiaisonPointService(desk).add(point, boss, now);
    INFO(why(addedPoint));
    REQUIRE(addedPoint.ok());

    const QStringList tables{QStringLiteral("enterprise_agreements"),
                             QStringLiteral("enterprise_answers"),
                             QStringLiteral("complaints"),
                             QStringLiteral("liaison_points"),
                             QStringLiteral("letter_templates"),
                             QStringLiteral("calendar_days"),
                             QStringLiteral("deadline_rule_sets"),
                             QStringLiteral("users"),
                             QStringLiteral("audit_log"),
                             QStringLiteral("consumers"),
                             QStringLiteral("business_merges")};
    deadlockOnceArmable(admin, tables);
    const auto logged = [&](const QString &action) {
        return count(admin, QStringLiteral("SELECT count(*) FROM desk_events WHERE action = '%1'").arg(action));
    };
    const auto audited = [&](const QString &action) {
        return count(admin, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = '%1'").arg(action));
    };

    // An enterprise's complaint-network agreement.
    EnterpriseAgreement agreement;
    agreement.businessId = cases.at(0).business.id;
    agreement.signedOn = now.date().addDays(-30);
    agreement.contactPerson = QStringLiteral("张经理");
    agreement.contactPhone = QStringLiteral("021-62345678");
    armDeadlock(admin, QStringLiteral("enterprise_agreements"));
    auto agreed = EnterpriseAgreementService(desk).save(agreement, boss, now);
    INFO(why(agreed));
    REQUIRE(agreed.ok());
    CHECK(count(admin, QStringLiteral("SELECT count(*) FROM enterprise_agreements")) == 1);
    CHECK(logged(QStringLiteral("enterprise_agreement_saved")) == 1);
    CHECK(rowsSeen(admin, QStringLiteral("enterprise_agreements")) == 2);

    // The enterprise's answer: the case closes and its money goes on the ledger, once.
    EnterpriseAnswer answer;
    answer.settled = true;
    answer.text = QStringLiteral("退还剩余会员费");
    answer.amountFen = 120000;
    answer.answeredOn = now.date();
    armDeadlock(admin, QStringLiteral("enterprise_answers"));
    auto answered = EnterpriseAnswerService(desk).record(forwarded, answer, worker, now);
    INFO(why(answered));
    REQUIRE(answered.ok());
    CHECK(count(admin, QStringLiteral("SELECT count(*) FROM enterprise_answers")) == 1);
    CHECK(count(admin, QStringLiteral("SELECT count(*) FROM recovered_entries")) == 1);
    CHECK(ComplaintRepository(desk).get(forwarded)->status == CaseStatus::Closed);
    CHECK(ComplaintRepository(desk).get(forwarded)->recoveredFen == 120000);
    CHECK(count(admin, QStringLiteral("SELECT count(*) FROM case_events WHERE complaint_id = %1").arg(forwarded)) == 3);
    CHECK(rowsSeen(admin, QStringLiteral("enterprise_answers")) == 2);

    // The first contact with a complainant.
    armDeadlock(admin, QStringLiteral("complaints"));
    auto contacted = FirstContactService(desk).record(cases.at(1).id, now.addSecs(-600), ContactMethod::Phone,
                                                      QStringLiteral("约定周五来访"), worker, now);
    INFO(why(contacted));
    REQUIRE(contacted.ok());
    CHECK(contacted->firstContactAt.isValid());
    CHECK(audited(QStringLiteral("first_contact")) == 1);
    CHECK(rowsSeen(admin, QStringLiteral("complaints")) == 2);

    // A liaison point's edit: saved once (its version one up), one desk event.
    LiaisonPoint edited = addedPoint.value();
    edited.street = QStringLiteral("程家桥街道");
    armDeadlock(admin, QStringLiteral("liaison_points"));
    auto changed = LiaisonPointService(desk).edit(edited, boss, now);
    INFO(why(changed));
    REQUIRE(changed.ok());
    CHECK(changed->version == addedPoint->version + 1);
    CHECK(LiaisonPointService(desk).get(edited.id, boss)->street == edited.street);
    CHECK(LiaisonPointService(desk).get(edited.id, boss)->version == addedPoint->version + 1);
    CHECK(logged(QStringLiteral("liaison_point_changed")) == 1);
    CHECK(rowsSeen(admin, QStringLiteral("liaison_points")) == 2);

    // A letter's wording.
    const LetterWording builtIn = builtInWording(LetterKind::Acceptance);
    armDeadlock(admin, QStringLiteral("letter_templates"));
    auto worded =
        LetterTemplateService(desk).save(LetterKind::Acceptance, builtIn.title,
                                         builtIn.body + QStringLiteral("\n\n长宁区消费者权益保护委员会"), boss, now);
    INFO(why(worded));
    REQUIRE(worded.ok());
    CHECK(worded->version == 1);
    CHECK(count(admin, QStringLiteral("SELECT count(*) FROM letter_templates")) == 1);
    CHECK(logged(QStringLiteral("letter_wording_saved")) == 1);
    CHECK(rowsSeen(admin, QStringLiteral("letter_templates")) == 2);

    // A day of the calendar and a new deadline rule set, each with its desk event.
    DeskAdministration settings(desk);
    const QDate dayOff(2026, 6, 10);
    armDeadlock(admin, QStringLiteral("calendar_days"));
    auto dayOffSet = settings.setCalendarDay(boss, dayOff, false, QStringLiteral("区政府调休"), now);
    INFO(why(dayOffSet));
    REQUIRE(dayOffSet.ok());
    CHECK(
        count(admin, QStringLiteral("SELECT count(*) FROM calendar_days WHERE day = '2026-06-10' AND source = 'edited' "
                                    "AND working = 0")) == 1);
    CHECK(logged(QStringLiteral("calendar_day_set")) == 1);
    CHECK(rowsSeen(admin, QStringLiteral("calendar_days")) == 2);

    DeadlineRuleSet rules;
    rules.name = QStringLiteral("市场监管总局令第121号（测试数字）");
    rules.effectiveFrom = QDate(2027, 1, 1);
    rules.rules = {{DeadlineKind::Accept, QString(), 5, DeadlineUnit::WorkingDays},
                   {DeadlineKind::Mediation, QString(), 30, DeadlineUnit::WorkingDays}};
    const qint64 setsBefore = count(admin, QStringLiteral("SELECT count(*) FROM deadline_rule_sets"));
    armDeadlock(admin, QStringLiteral("deadline_rule_sets"));
    auto ruled = settings.addRuleSet(boss, rules, now);
    INFO(why(ruled));
    REQUIRE(ruled.ok());
    CHECK(ruled->id > 0);
    CHECK(count(admin, QStringLiteral("SELECT count(*) FROM deadline_rule_sets")) == setsBefore + 1);
    CHECK(count(admin, QStringLiteral("SELECT count(*) FROM deadline_rules WHERE rule_set_id = %1").arg(ruled->id)) ==
          2);
    CHECK(logged(QStringLiteral("rule_set_added")) == 1);
    CHECK(rowsSeen(admin, QStringLiteral("deadline_rule_sets")) == 2);

    // A new user, then their role changed.
    UserAdministration users(desk);
    const QString newcomer = QStringLiteral("周新");
    armDeadlock(admin, QStringLiteral("users"));
    auto joined = users.addUser(administrator, newcomer, Role::Caseworker, QStringLiteral("newcomer-password"),
                                HashCost::CheapForTests, now);
    INFO(why(joined));
    REQUIRE(joined.ok());
    CHECK(count(admin, QStringLiteral("SELECT count(*) FROM users WHERE name = '周新'")) == 1);
    CHECK(logged(QStringLiteral("user_added")) == 1);
    // The failed attempt's row, then the row and its password written by the second attempt.
    CHECK(rowsSeen(admin, QStringLiteral("users")) == 3);
    armDeadlock(admin, QStringLiteral("users"));
    auto promoted = users.setRole(administrator, newcomer, Role::Supervisor, now);
    INFO(why(promoted));
    REQUIRE(promoted.ok());
    CHECK(promoted->role == Role::Supervisor);
    CHECK(logged(QStringLiteral("role_changed")) == 1);
    CHECK(rowsSeen(admin, QStringLiteral("users")) == 2);

    // A wrong password counts once towards the lock-out, with one desk event; the right one
    // then signs in and clears the count.
    SignInService signIns(desk);
    armDeadlock(admin, QStringLiteral("users"));
    auto wrong = signIns.signIn(worker, QStringLiteral("wrong-password"), now);
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().code == ErrorCode::Forbidden);
    CHECK(UserRepository(desk).findByName(worker)->failedSignIns == 1);
    CHECK(logged(QStringLiteral("sign_in_failed")) == 1);
    CHECK(rowsSeen(admin, QStringLiteral("users")) == 2);
    armDeadlock(admin, QStringLiteral("users"));
    auto signedIn = signIns.signIn(worker, kTestPassword, now);
    INFO(why(signedIn));
    REQUIRE(signedIn.ok());
    CHECK(UserRepository(desk).findByName(worker)->failedSignIns == 0);
    CHECK(logged(QStringLiteral("signed_in")) == 1);
    // The failed attempt's clearing of the count, then the second attempt's clearing and the
    // login's password kept (this desk connects through the maintenance account).
    CHECK(rowsSeen(admin, QStringLiteral("users")) == 3);

    // Personal data: a full value revealed (its trail entry once), then retention anonymising
    // the complainant whose only case closed long ago.
    armDeadlock(admin, QStringLiteral("audit_log"));
    auto revealed = revealPersonalData(desk, boss, forwarded, PersonalField::Phone, now);
    INFO(why(revealed));
    REQUIRE(revealed.ok());
    CHECK(revealed.value() == QStringLiteral("13900000001"));
    CHECK(audited(QStringLiteral("revealed")) == 1);
    CHECK(rowsSeen(admin, QStringLiteral("audit_log")) == 2);
    armDeadlock(admin, QStringLiteral("consumers"));
    auto retained = RetentionService(desk).apply(administrator, now.addYears(4));
    INFO(why(retained));
    REQUIRE(retained.ok());
    REQUIRE(retained->items.size() == 1);
    CHECK(ComplaintRepository(desk).get(forwarded)->consumer.name == RetentionService::kAnonymisedName);
    CHECK(audited(QStringLiteral("anonymised")) == 1);
    CHECK(logged(QStringLiteral("retention_applied")) == 1);
    CHECK(rowsSeen(admin, QStringLiteral("consumers")) == 2);

    // Two records of one business merged: its case moved once, with one trail entry.
    armDeadlock(admin, QStringLiteral("business_merges"));
    auto merged = BusinessRepository(desk).merge(cases.at(0).business.id, cases.at(2).business.id, true,
                                                 QStringLiteral("同一门店"), worker, now);
    INFO(why(merged));
    REQUIRE(merged.ok());
    CHECK(merged.value() == 1);
    CHECK(count(admin, QStringLiteral("SELECT count(*) FROM business_merges")) == 1);
    CHECK(audited(QStringLiteral("business_merged")) == 1);
    CHECK(ComplaintRepository(desk).get(cases.at(2).id)->business.id == cases.at(0).business.id);
    CHECK(rowsSeen(admin, QStringLiteral("business_merges")) == 2);

    // The trails hold together after the attempts that were broken off.
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
