#include "catch_qt.h"
#include "test_support.h"

#include "storage/audit_repository.h"
#include "storage/case_event_repository.h"
#include "storage/complaint_repository.h"
#include "storage/migrations.h"
#include "storage/sql_helpers.h"
#include "storage/sqlite_setup.h"
#include "storage/user_repository.h"
#include "workflow/case_history.h"
#include "workflow/case_transition_service.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace casedesk;
using namespace casedesk::test;

namespace {

const QString kCaseworker = QStringLiteral("李敏");
const QString kSupervisor = QStringLiteral("王主任");
const QString kAdministrator = QStringLiteral("系统管理员");
const QString kLeft = QStringLiteral("赵离职");

QDateTime march(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 3, day), QTime(hour, minute), QTimeZone(8 * 3600));
}

// A database with the four kinds of user and one registered case (received 16 March 10:15).
struct Desk {
    Desk()
    {
        UserRepository users(db.connection());
        REQUIRE(users.add(kCaseworker, Role::Caseworker, fixedNow()).ok());
        REQUIRE(users.add(kSupervisor, Role::Supervisor, fixedNow()).ok());
        REQUIRE(users.add(kAdministrator, Role::Administrator, fixedNow()).ok());
        REQUIRE(users.add(kLeft, Role::Caseworker, fixedNow()).ok());
        REQUIRE(users.setActive(kLeft, false).ok());
        auto added = ComplaintRepository(db.connection()).add(sampleComplaint(db.connection()), kCaseworker, fixedNow());
        REQUIRE(added.ok());
        caseId = added->id;
    }

    Result<Complaint> move(CaseStatus to, const QDateTime &at, const QString &actor = kCaseworker,
                           const QString &ground = {}, const QString &note = {})
    {
        TransitionRequest request;
        request.caseId = caseId;
        request.to = to;
        request.ground = ground;
        request.note = note;
        request.at = at;
        return CaseTransitionService(db.connection()).transition(request, actor, fixedNow());
    }

    Complaint stored() const { return ComplaintRepository(db.connection()).get(caseId).value(); }
    QList<CaseEvent> events() const { return CaseEventRepository(db.connection()).events(caseId).value(); }
    QList<AuditEntry> audit() const { return AuditRepository(db.connection()).history(caseId).value(); }

    TestDatabase db;
    qint64 caseId = 0;
};

// What a failed call must leave untouched.
struct Snapshot {
    explicit Snapshot(const Desk &desk)
        : complaint(desk.stored()), events(desk.events().size()), audit(desk.audit().size())
    {
    }
    void checkUnchanged(const Desk &desk) const
    {
        const Complaint now = desk.stored();
        CHECK(now.status == complaint.status);
        CHECK(now.version == complaint.version);
        CHECK(now.updatedAt == complaint.updatedAt);
        CHECK(now.acceptedAt == complaint.acceptedAt);
        CHECK(now.closedAt == complaint.closedAt);
        CHECK(now.assignee == complaint.assignee);
        CHECK(desk.events().size() == events);
        CHECK(desk.audit().size() == audit);
    }
    Complaint complaint;
    qsizetype events;
    qsizetype audit;
};

} // namespace

TEST_CASE("a case goes through mediation to closed, with events, audit lines and times", "[workflow][transitions]")
{
    Desk desk;
    auto accepted = desk.move(CaseStatus::Accepted, march(17, 9));
    REQUIRE(accepted.ok());
    CHECK(accepted->status == CaseStatus::Accepted);
    CHECK(accepted->version == 2);
    CHECK(accepted->acceptedAt == march(17, 9));
    CHECK_FALSE(accepted->closedAt.isValid());
    CHECK(accepted->updatedAt == fixedNow());

    REQUIRE(desk.move(CaseStatus::InMediation, march(17, 10)).ok());
    REQUIRE(desk.move(CaseStatus::AgreementReached, march(19, 14)).ok());
    auto closed = desk.move(CaseStatus::Closed, march(20, 11));
    REQUIRE(closed.ok());
    CHECK(closed->status == CaseStatus::Closed);
    CHECK(closed->version == 5);
    CHECK(closed->acceptedAt == march(17, 9));
    CHECK(closed->closedAt == march(20, 11));

    const QList<CaseEvent> events = desk.events();
    REQUIRE(events.size() == 4);
    const QList<std::pair<CaseStatus, CaseStatus>> steps = {
        {CaseStatus::Registered, CaseStatus::Accepted},
        {CaseStatus::Accepted, CaseStatus::InMediation},
        {CaseStatus::InMediation, CaseStatus::AgreementReached},
        {CaseStatus::AgreementReached, CaseStatus::Closed}};
    for (int i = 0; i < 4; ++i) {
        CAPTURE(i);
        CHECK(events.at(i).from == steps.at(i).first);
        CHECK(events.at(i).to == steps.at(i).second);
        CHECK(events.at(i).actor == kCaseworker);
        CHECK(events.at(i).recordedAt == fixedNow());
    }
    CHECK(events.at(0).at == march(17, 9));

    const QList<AuditEntry> audit = desk.audit();
    REQUIRE(audit.size() == 5);
    CHECK(audit.at(0).action == QStringLiteral("created"));
    CHECK(audit.at(1).action == QStringLiteral("transition"));
    CHECK(audit.at(1).field == QStringLiteral("status"));
    CHECK(audit.at(1).oldValue == QStringLiteral("registered"));
    CHECK(audit.at(1).newValue == QStringLiteral("accepted"));
    CHECK(audit.at(4).oldValue == QStringLiteral("agreement_reached"));
    CHECK(audit.at(4).newValue == QStringLiteral("closed"));

    auto history = caseHistory(desk.db.connection(), desk.caseId);
    REQUIRE(history.ok());
    REQUIRE(history->timeline.size() == 5);
    CHECK_FALSE(history->timeline.first().from.has_value());
    CHECK(history->timeline.first().to == CaseStatus::Registered);
    CHECK(history->timeline.first().at == sampleComplaint(desk.db.connection()).receivedAt);
    CHECK(history->timeline.first().actor == kCaseworker);
    CHECK(history->timeline.last().to == CaseStatus::Closed);
    CHECK(history->audit.size() == 5);
}

TEST_CASE("refusal needs its ground, is final, and a supervisor can take it back", "[workflow][transitions]")
{
    Desk desk;
    auto bare = desk.move(CaseStatus::Refused, march(17, 9));
    REQUIRE_FALSE(bare.ok());
    CHECK(bare.error().fieldErrors.first().field == QStringLiteral("ground"));

    auto refused = desk.move(CaseStatus::Refused, march(17, 9), kCaseworker, QStringLiteral("time_barred"));
    REQUIRE(refused.ok());
    CHECK(refused->closedAt == march(17, 9));
    CHECK_FALSE(refused->acceptedAt.isValid());
    CHECK(desk.events().last().ground == QStringLiteral("time_barred"));

    // Final for the caseworker; the supervisor reopens it for a new decision, with a reason.
    CHECK_FALSE(desk.move(CaseStatus::Accepted, march(18, 9)).ok());
    auto byCaseworker = desk.move(CaseStatus::Registered, march(18, 9), kCaseworker, {}, QStringLiteral("看错了日期"));
    REQUIRE_FALSE(byCaseworker.ok());
    CHECK(byCaseworker.error().code == ErrorCode::Forbidden);
    auto reopened = desk.move(CaseStatus::Registered, march(18, 9), kSupervisor, {}, QStringLiteral("购买日期看错，未超三年"));
    REQUIRE(reopened.ok());
    CHECK(reopened->status == CaseStatus::Registered);
    CHECK_FALSE(reopened->closedAt.isValid());
    CHECK(desk.events().last().actor == kSupervisor);
    CHECK(desk.events().last().note == QStringLiteral("购买日期看错，未超三年"));
    REQUIRE(desk.move(CaseStatus::Accepted, march(18, 10)).ok());
    CHECK(desk.stored().acceptedAt == march(18, 10));
}

TEST_CASE("a reopened case keeps its first acceptance and loses its closing time", "[workflow][transitions]")
{
    Desk desk;
    REQUIRE(desk.move(CaseStatus::Accepted, march(16, 11)).ok());
    REQUIRE(desk.move(CaseStatus::ForwardedToEnterprise, march(16, 12)).ok());
    REQUIRE(desk.move(CaseStatus::Closed, march(18, 16)).ok());
    CHECK(desk.stored().closedAt == march(18, 16));

    auto reopened = desk.move(CaseStatus::Accepted, march(19, 9), kSupervisor, {}, QStringLiteral("企业未退款"));
    REQUIRE(reopened.ok());
    CHECK(reopened->status == CaseStatus::Accepted);
    CHECK(reopened->acceptedAt == march(16, 11));
    CHECK_FALSE(reopened->closedAt.isValid());
    // Back with the council: this time it mediates.
    REQUIRE(desk.move(CaseStatus::InMediation, march(19, 10)).ok());
}

TEST_CASE("status, event and audit line are written together or not at all", "[workflow][transitions]")
{
    Desk desk;
    REQUIRE(desk.move(CaseStatus::Accepted, march(17, 9)).ok());
    const Snapshot before(desk);

    // The audit line is the last write of a transition: make it fail, like a full disk would.
    failInsertsInto(desk.db.connection(), QStringLiteral("audit_log"), QStringLiteral("fail_audit"));
    auto failed = desk.move(CaseStatus::InMediation, march(17, 10));
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().message.contains(QStringLiteral("simulated failure")));
    before.checkUnchanged(desk);
    auto failedAssign = CaseTransitionService(desk.db.connection()).assign(desk.caseId, kSupervisor, kCaseworker, fixedNow());
    REQUIRE_FALSE(failedAssign.ok());
    before.checkUnchanged(desk);
    stopFailingInserts(desk.db.connection(), QStringLiteral("audit_log"), QStringLiteral("fail_audit"));

    // Likewise when the event cannot be written.
    failInsertsInto(desk.db.connection(), QStringLiteral("case_events"), QStringLiteral("fail_event"));
    REQUIRE_FALSE(desk.move(CaseStatus::InMediation, march(17, 10)).ok());
    before.checkUnchanged(desk);
    stopFailingInserts(desk.db.connection(), QStringLiteral("case_events"), QStringLiteral("fail_event"));

    REQUIRE(desk.move(CaseStatus::InMediation, march(17, 10)).ok());
}

TEST_CASE("a transition based on an old version of the case is refused", "[workflow][transitions][concurrency]")
{
    Desk desk;
    auto otherDesk = desk.db.openAgain();
    const Complaint read = desk.stored();

    TransitionRequest theirs{desk.caseId, CaseStatus::Accepted, {}, {}, march(17, 9), read.version};
    REQUIRE(CaseTransitionService(otherDesk->connection()).transition(theirs, kSupervisor, fixedNow()).ok());

    const Snapshot before(desk);
    TransitionRequest mine{desk.caseId, CaseStatus::Refused, QStringLiteral("outside_duties"), {}, march(17, 9),
                           read.version};
    auto lost = CaseTransitionService(desk.db.connection()).transition(mine, kCaseworker, fixedNow());
    REQUIRE_FALSE(lost.ok());
    CHECK(lost.error().code == ErrorCode::Conflict);
    CHECK(lost.error().message.contains(read.caseNumber));
    CHECK(lost.error().message.contains(kSupervisor)); // who changed it first
    before.checkUnchanged(desk);
    CHECK(desk.stored().status == CaseStatus::Accepted);

    auto staleAssign = CaseTransitionService(desk.db.connection())
                           .assign(desk.caseId, kSupervisor, kCaseworker, fixedNow(), read.version);
    REQUIRE_FALSE(staleAssign.ok());
    CHECK(staleAssign.error().code == ErrorCode::Conflict);
}

TEST_CASE("the time of a change cannot be in the future or before what came earlier", "[workflow][transitions]")
{
    Desk desk;
    const Snapshot before(desk);
    for (const QDateTime &bad : {fixedNow().addSecs(60), march(16, 10, 14), march(1, 9)}) {
        CAPTURE(bad.toString(Qt::ISODate));
        auto refused = desk.move(CaseStatus::Accepted, bad);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().fieldErrors.first().field == QStringLiteral("at"));
        before.checkUnchanged(desk);
    }
    CHECK(desk.move(CaseStatus::Accepted, march(16, 10, 15)).ok()); // the moment it was received

    REQUIRE(desk.move(CaseStatus::InMediation, march(18, 9)).ok());
    auto backdated = desk.move(CaseStatus::AgreementReached, march(17, 9));
    REQUIRE_FALSE(backdated.ok());
    CHECK(backdated.error().message.contains(QStringLiteral("last step")));
    CHECK(desk.move(CaseStatus::AgreementReached, march(18, 9)).ok()); // same minute as the last step

    // No time given: now, as recorded.
    auto now = desk.move(CaseStatus::Closed, QDateTime());
    REQUIRE(now.ok());
    CHECK(now->closedAt == fixedNow());
    CHECK(desk.events().last().at == fixedNow());
}

TEST_CASE("only active users act, and administrators do no case work", "[workflow][transitions]")
{
    Desk desk;
    const Snapshot before(desk);
    for (const QString &actor : {QStringLiteral("陌生人"), kLeft, kAdministrator, QString()}) {
        CAPTURE(actor);
        auto refused = desk.move(CaseStatus::Accepted, march(17, 9), actor);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::Forbidden);
        CHECK_FALSE(refused.error().message.isEmpty());
        before.checkUnchanged(desk);
    }
    auto illegal = desk.move(CaseStatus::Closed, march(17, 9));
    REQUIRE_FALSE(illegal.ok());
    CHECK(illegal.error().code == ErrorCode::InvalidInput);
    CHECK(illegal.error().message.contains(QStringLiteral("cannot become")));
    before.checkUnchanged(desk);

    TransitionRequest missing{999, CaseStatus::Accepted, {}, {}, {}, std::nullopt};
    auto notFound = CaseTransitionService(desk.db.connection()).transition(missing, kCaseworker, fixedNow());
    REQUIRE_FALSE(notFound.ok());
    CHECK(notFound.error().code == ErrorCode::NotFound);
}

TEST_CASE("a case is assigned to active caseworkers and supervisors, with an audit line", "[workflow][assign]")
{
    Desk desk;
    CaseTransitionService service(desk.db.connection());
    auto assigned = service.assign(desk.caseId, kSupervisor, kCaseworker, fixedNow());
    REQUIRE(assigned.ok());
    CHECK(assigned->assignee == kSupervisor);
    CHECK(assigned->version == 2);
    const AuditEntry line = desk.audit().last();
    CHECK(line.action == QStringLiteral("assigned"));
    CHECK(line.field == QStringLiteral("assignee"));
    CHECK(line.oldValue == QStringLiteral("李敏")); // as registered
    CHECK(line.newValue == kSupervisor);
    CHECK(line.actor == kCaseworker);

    // Reassigning is allowed; assigning the same person again changes nothing.
    REQUIRE(service.assign(desk.caseId, kCaseworker, kSupervisor, fixedNow()).ok());
    const Snapshot before(desk);
    auto again = service.assign(desk.caseId, QStringLiteral(" 李敏 "), kSupervisor, fixedNow());
    REQUIRE(again.ok());
    before.checkUnchanged(desk);

    for (const QString &who : {QStringLiteral("陌生人"), kLeft, kAdministrator}) {
        CAPTURE(who);
        auto refused = service.assign(desk.caseId, who, kSupervisor, fixedNow());
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().fieldErrors.first().field == QStringLiteral("assignee"));
        before.checkUnchanged(desk);
    }
    auto byAdministrator = service.assign(desk.caseId, kSupervisor, kAdministrator, fixedNow());
    REQUIRE_FALSE(byAdministrator.ok());
    CHECK(byAdministrator.error().code == ErrorCode::Forbidden);
    before.checkUnchanged(desk);
}

TEST_CASE("the status is not changed by registering or editing a case", "[workflow][complaints]")
{
    Desk desk;
    ComplaintRepository repository(desk.db.connection());
    Complaint edited = desk.stored();
    edited.status = CaseStatus::Closed;
    auto update = repository.update(edited, kCaseworker, fixedNow());
    REQUIRE_FALSE(update.ok());
    CHECK(update.error().fieldErrors.first().field == QStringLiteral("status"));
    CHECK(desk.stored().status == CaseStatus::Registered);

    Complaint fresh = sampleComplaint(desk.db.connection());
    fresh.status = CaseStatus::Accepted;
    auto add = repository.add(fresh, kCaseworker, fixedNow());
    REQUIRE_FALSE(add.ok());
    CHECK(add.error().fieldErrors.first().field == QStringLiteral("status"));

    // Editing other fields of a case in progress keeps its status and workflow times.
    REQUIRE(desk.move(CaseStatus::Accepted, march(17, 9)).ok());
    edited = desk.stored();
    edited.demand = QStringLiteral("要求退还全部余款");
    auto saved = repository.update(edited, kCaseworker, fixedNow());
    REQUIRE(saved.ok());
    CHECK(saved->status == CaseStatus::Accepted);
    CHECK(saved->acceptedAt == march(17, 9));
}

TEST_CASE("a case stored before workflow events has a timeline and moves on", "[workflow][migrations]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.db"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        REQUIRE(migrate(db, 1).ok());
        REQUIRE(sqliteStampIdentity(db).ok());
        execOrFail(db, QStringLiteral("INSERT INTO consumers(name, phone, created_at) "
                                      "VALUES ('张伟', '13812345678', '2026-03-02T09:00:00+08:00')"));
        execOrFail(db, QStringLiteral("INSERT INTO businesses(name, created_at) "
                                      "VALUES ('悦动健身', '2026-03-02T09:00:00+08:00')"));
        execOrFail(db, QStringLiteral("INSERT INTO complaints(case_number, consumer_id, business_id, channel, category_id, "
                                      "nature, amount_fen, demand, facts, received_at, status, created_at, updated_at) "
                                      "VALUES ('长宁-2026-000001', 1, 1, '12315', 1, 'contract', 240000, '退卡', '闭店', "
                                      "'2026-03-02T09:00:00+08:00', 'accepted', '2026-03-02T09:00:00+08:00', "
                                      "'2026-03-02T09:00:00+08:00')"));
        execOrFail(db, QStringLiteral("INSERT INTO audit_log(complaint_id, at, actor, action, new_value) "
                                      "VALUES (1, '2026-03-02T09:00:00+08:00', '李敏', 'created', '长宁-2026-000001')"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));

    auto opened = Database::open(path, Database::OpenMode::OpenExisting);
    REQUIRE(opened.ok());
    const QSqlDatabase db = opened.value()->connection();
    const Complaint old = ComplaintRepository(db).get(1).value();
    CHECK(old.status == CaseStatus::Accepted);
    CHECK_FALSE(old.acceptedAt.isValid()); // not known for cases from before version 2

    auto history = caseHistory(db, 1);
    REQUIRE(history.ok());
    REQUIRE(history->timeline.size() == 1);
    CHECK(history->timeline.first().to == CaseStatus::Registered);
    CHECK(history->timeline.first().actor == QStringLiteral("李敏"));

    REQUIRE(UserRepository(db).add(kCaseworker, Role::Caseworker, fixedNow()).ok());
    TransitionRequest request{1, CaseStatus::InMediation, {}, {}, march(3, 9), std::nullopt};
    auto moved = CaseTransitionService(db).transition(request, kCaseworker, fixedNow());
    REQUIRE(moved.ok());
    CHECK(moved->status == CaseStatus::InMediation);
    CHECK(caseHistory(db, 1)->timeline.size() == 2);
}
