#include "catch_qt.h"
#include "test_support.h"

#include "storage/audit_chain.h"
#include "storage/audit_repository.h"
#include "storage/audit_verifier.h"
#include "storage/complaint_repository.h"
#include "storage/migrations.h"
#include "storage/sql_helpers.h"
#include "storage/sqlite_setup.h"
#include "storage/user_repository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QMutex>
#include <QThread>

using namespace casedesk;
using namespace casedesk::test;

namespace {

const QString kSupervisor = QStringLiteral("王主任");
const QString kCaseworker = QStringLiteral("李敏");

// A desk with a few cases and their audit records (one "created" each plus edits).
struct AuditedDesk {
    AuditedDesk()
    {
        UserRepository users(db.connection());
        REQUIRE(users.add(kSupervisor, Role::Supervisor, fixedNow()).ok());
        REQUIRE(users.add(kCaseworker, Role::Caseworker, fixedNow()).ok());
        ComplaintRepository complaints(db.connection());
        for (int i = 0; i < 3; ++i) {
            auto added = complaints.add(sampleComplaint(db.connection()), kCaseworker, fixedNow());
            REQUIRE(added.ok());
            Complaint edited = added.value();
            edited.amountFen += 100;
            edited.demand = QStringLiteral("全额退款");
            REQUIRE(complaints.update(edited, kCaseworker, fixedNow()).ok());
        }
    }
    AuditVerdict verify() const
    {
        auto verdict = verifyAuditChain(db.connection());
        REQUIRE(verdict.ok());
        return verdict.value();
    }
    TestDatabase db;
};

} // namespace

TEST_CASE("an untouched audit trail verifies", "[audit]")
{
    AuditedDesk desk;
    const qint64 records = rowCount(desk.db.connection(), QStringLiteral("audit_log"));
    REQUIRE(records == 9); // 3 created + 3 × (amount, demand)
    const AuditVerdict verdict = desk.verify();
    CHECK(verdict.intact());
    CHECK(verdict.records == records);
    CHECK(verdict.message.contains(QString::number(records)));
}

TEST_CASE("the audit verifier finds a record changed behind CaseDesk's back", "[audit][sqlite-only]")
{
    AuditedDesk desk;
    // What someone with the sqlite3 shell might do: soften an old value.
    execOrFail(desk.db.connection(), QStringLiteral("UPDATE audit_log SET old_value = '1' WHERE id = 5"));
    const AuditVerdict verdict = desk.verify();
    CHECK_FALSE(verdict.intact());
    CHECK(verdict.problem == AuditVerdict::Problem::Changed);
    CHECK(verdict.recordId == 5);
    CHECK(verdict.message.contains(QStringLiteral("#5")));
}

TEST_CASE("the audit verifier finds a changed record even when its hash was recomputed", "[audit][sqlite-only]")
{
    AuditedDesk desk;
    const QSqlDatabase c = desk.db.connection();
    auto query = runQuery(c, QStringLiteral("SELECT id, complaint_id, at, actor, action, field, old_value, new_value, "
                                            "prev_hash FROM audit_log WHERE id = 4"));
    REQUIRE(query.ok());
    REQUIRE(query->next());
    AuditRow row{query->value(0).toLongLong(), query->value(1).toLongLong(), query->value(2).toString(),
                 QStringLiteral("别人"),       query->value(4).toString(),   query->value(5).toString(),
                 query->value(6).toString(),   query->value(7).toString(),   query->value(8).toString(),
                 {}};
    row.hash = auditRowHash(row);
    REQUIRE(runQuery(c, QStringLiteral("UPDATE audit_log SET actor = ?, hash = ? WHERE id = 4"), {row.actor, row.hash}).ok());
    const AuditVerdict verdict = desk.verify();
    CHECK(verdict.problem == AuditVerdict::Problem::Missing);
    CHECK(verdict.recordId == 5); // the next record no longer follows on
}

TEST_CASE("the audit verifier finds a deleted record", "[audit][sqlite-only]")
{
    AuditedDesk desk;
    SECTION("in the middle")
    {
        execOrFail(desk.db.connection(), QStringLiteral("DELETE FROM audit_log WHERE id = 3"));
        const AuditVerdict verdict = desk.verify();
        CHECK(verdict.problem == AuditVerdict::Problem::Missing);
        CHECK(verdict.recordId == 4);
        CHECK(verdict.message.contains(QStringLiteral("#2")));
        CHECK(verdict.message.contains(QStringLiteral("#4")));
    }
    SECTION("the first")
    {
        execOrFail(desk.db.connection(), QStringLiteral("DELETE FROM audit_log WHERE id = 1"));
        const AuditVerdict verdict = desk.verify();
        CHECK(verdict.problem == AuditVerdict::Problem::Missing);
        CHECK(verdict.recordId == 2);
    }
    SECTION("the newest")
    {
        execOrFail(desk.db.connection(), QStringLiteral("DELETE FROM audit_log WHERE id = 9"));
        const AuditVerdict verdict = desk.verify();
        CHECK(verdict.problem == AuditVerdict::Problem::TailMissing);
        CHECK(verdict.message.contains(QStringLiteral("#9")));
        // Writing on does not heal the gap: the next record still chains to the deleted one.
        auto added = ComplaintRepository(desk.db.connection()).add(sampleComplaint(desk.db.connection()), kCaseworker, fixedNow());
        REQUIRE(added.ok());
        CHECK(desk.verify().problem == AuditVerdict::Problem::Missing);
    }
    SECTION("all of them")
    {
        execOrFail(desk.db.connection(), QStringLiteral("DELETE FROM audit_log"));
        CHECK(desk.verify().problem == AuditVerdict::Problem::TailMissing);
    }
    SECTION("a row added by hand")
    {
        execOrFail(desk.db.connection(), QStringLiteral("INSERT INTO audit_log(complaint_id, at, actor, action) "
                                                        "VALUES (1, '2026-03-20T10:00:00+08:00', '某人', 'created')"));
        const AuditVerdict verdict = desk.verify();
        CHECK(verdict.problem == AuditVerdict::Problem::Changed);
        CHECK(verdict.recordId == 10);
    }
}

TEST_CASE("verifying the audit trail needs the VerifyAudit permission", "[audit][permissions]")
{
    AuditedDesk desk;
    auto denied = verifyAuditTrail(desk.db.connection(), kCaseworker);
    REQUIRE_FALSE(denied.ok());
    CHECK(denied.error().code == ErrorCode::Forbidden);
    auto allowed = verifyAuditTrail(desk.db.connection(), kSupervisor);
    REQUIRE(allowed.ok());
    CHECK(allowed->intact());
}

TEST_CASE("records written before the chain existed are chained by the migration", "[audit][migrations]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v5.db"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v5"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        REQUIRE(migrate(db, 5).ok());
        REQUIRE(sqliteStampIdentity(db).ok());
        execOrFail(db, QStringLiteral("INSERT INTO consumers(name, phone, created_at) "
                                      "VALUES ('张伟', '13812345678', '2026-03-02T09:00:00+08:00')"));
        execOrFail(db, QStringLiteral("INSERT INTO businesses(name, created_at) VALUES ('悦动健身', '2026-03-02T09:00:00+08:00')"));
        execOrFail(db, QStringLiteral("INSERT INTO complaints(case_number, consumer_id, business_id, channel, category_id, "
                                      "nature, amount_fen, demand, facts, received_at, status, created_at, updated_at) "
                                      "VALUES ('长宁-2026-000001', 1, 1, '12315', 1, 'contract', 240000, '退卡', '闭店', "
                                      "'2026-03-02T09:00:00+08:00', 'accepted', '2026-03-02T09:00:00+08:00', "
                                      "'2026-03-02T09:00:00+08:00')"));
        for (int i = 0; i < 3; ++i)
            execOrFail(db, QStringLiteral("INSERT INTO audit_log(complaint_id, at, actor, action, new_value) "
                                          "VALUES (1, '2026-03-02T09:00:00+08:00', '李敏', 'created', 'x%1')").arg(i));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v5"));

    auto opened = Database::open(path, Database::OpenMode::OpenExisting);
    REQUIRE(opened.ok());
    const QSqlDatabase c = opened.value()->connection();
    auto verdict = verifyAuditChain(c);
    REQUIRE(verdict.ok());
    CHECK(verdict->intact());
    CHECK(verdict->records == 3);
    // The chain goes on from the migrated records.
    REQUIRE(AuditRepository(c).record({0, 1, fixedNow(), QStringLiteral("李敏"), QStringLiteral("updated"),
                                       QStringLiteral("demand"), QStringLiteral("退卡"), QStringLiteral("退款")})
                .ok());
    CHECK(verifyAuditChain(c).value().intact());
    CHECK(verifyAuditChain(c).value().records == 4);
}

TEST_CASE("the audit chain stays whole with concurrent writers", "[audit][concurrency]")
{
    TestDatabase db;
    REQUIRE(UserRepository(db.connection()).add(kCaseworker, Role::Caseworker, fixedNow()).ok());
    const qint64 caseId = ComplaintRepository(db.connection()).add(sampleComplaint(db.connection()), kCaseworker, fixedNow()).value().id;
    const QString path = db.path();
    constexpr int kPerWriter = 60;
    std::atomic<int> failures{0};
    auto writer = [&](const QString &actor) {
        auto own = Database::open(path, Database::OpenMode::OpenExisting);
        if (!own) {
            ++failures;
            return;
        }
        AuditRepository audit(own.value()->connection());
        for (int i = 0; i < kPerWriter; ++i) {
            if (!audit.record({0, caseId, fixedNow(), actor, QStringLiteral("note"), {}, {}, QString::number(i)}).ok())
                ++failures;
        }
    };
    std::unique_ptr<QThread> first(QThread::create(writer, QStringLiteral("甲")));
    std::unique_ptr<QThread> second(QThread::create(writer, QStringLiteral("乙")));
    first->start();
    second->start();
    first->wait();
    second->wait();
    CHECK(failures == 0);
    auto verdict = verifyAuditChain(db.connection());
    REQUIRE(verdict.ok());
    CHECK(verdict->intact());
    CHECK(verdict->records == 1 + 2 * kPerWriter);
}

TEST_CASE("desks registering at once get unique case numbers without gaps and one audit chain",
          "[audit][concurrency][complaints]")
{
    TestDatabase db;
    REQUIRE(UserRepository(db.connection()).add(kCaseworker, Role::Caseworker, fixedNow()).ok());
    const Complaint sample = sampleComplaint(db.connection());
    const QString path = db.path();
    constexpr int kDesks = 4;
    constexpr int kPerDesk = 25;
    std::atomic<int> failures{0};
    QStringList problems;
    QMutex problemsMutex;
    auto desk = [&] {
        auto own = Database::open(path, Database::OpenMode::OpenExisting);
        if (!own) {
            ++failures;
            return;
        }
        ComplaintRepository complaints(own.value()->connection());
        for (int i = 0; i < kPerDesk; ++i) {
            if (auto added = complaints.add(sample, kCaseworker, fixedNow()); !added) {
                ++failures;
                const QMutexLocker lock(&problemsMutex);
                problems << added.error().message;
            }
        }
    };
    std::vector<std::unique_ptr<QThread>> desks;
    for (int d = 0; d < kDesks; ++d)
        desks.emplace_back(QThread::create(desk));
    for (auto &thread : desks)
        thread->start();
    for (auto &thread : desks)
        thread->wait();
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    CHECK(failures == 0);

    auto numbers = runQuery(db.connection(), QStringLiteral("SELECT case_number FROM complaints ORDER BY case_number"));
    REQUIRE(numbers.ok());
    QStringList seen;
    while (numbers->next())
        seen << numbers->value(0).toString();
    REQUIRE(seen.size() == kDesks * kPerDesk);
    for (int i = 0; i < seen.size(); ++i) // one prefix and year: 000001, 000002, ... with no gap
        CHECK(seen.at(i).right(6).toInt() == i + 1);
    auto verdict = verifyAuditChain(db.connection());
    REQUIRE(verdict.ok());
    CHECK(verdict->intact());
}
