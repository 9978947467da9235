#include "catch_qt.h"
#include "test_support.h"

#include "domain/field_labels.h"

#include "storage/audit_repository.h"
#include "storage/complaint_repository.h"
#include "storage/settings_repository.h"
#include "storage/taxonomy_repository.h"

using namespace casedesk;
using namespace casedesk::test;

TEST_CASE("a complaint round-trips with its Chinese text and parties", "[complaints]")
{
    TestDatabase db;
    addTestUser(db.connection(), QStringLiteral("李敏"));
    REQUIRE(SettingsRepository(db.connection()).setCaseNumberPrefix(QStringLiteral("长宁")).ok());
    ComplaintRepository repository(db.connection());
    const Complaint input = sampleComplaint(db.connection());

    auto added = repository.add(input, QStringLiteral("李敏"), fixedNow());
    REQUIRE(added.ok());
    CHECK(added->caseNumber == QStringLiteral("长宁-2026-000001"));
    CHECK(added->version == 1);

    auto read = repository.findByCaseNumber(QStringLiteral("长宁-2026-000001"));
    REQUIRE(read.ok());
    const Complaint &c = read.value();
    CHECK(c.consumer.name == input.consumer.name);
    CHECK(c.consumer.phone == input.consumer.phone);
    CHECK(c.consumer.idNumber == input.consumer.idNumber);
    CHECK(c.consumer.address == input.consumer.address);
    CHECK(c.business.name == input.business.name);
    CHECK(c.business.creditCode == input.business.creditCode);
    CHECK(c.business.district == input.business.district);
    CHECK(c.business.street == input.business.street);
    CHECK(c.channel == Channel::Platform12315);
    CHECK(c.platformRef == input.platformRef);
    CHECK(c.categoryId == input.categoryId);
    CHECK(c.categoryName == QStringLiteral("文化娱乐体育"));
    CHECK(c.nature == Nature::Contract);
    CHECK(c.amountFen == 240000);
    CHECK(c.demand == input.demand);
    CHECK(c.facts == input.facts);
    CHECK(c.incidentDate == input.incidentDate);
    CHECK(c.receivedAt == input.receivedAt);
    CHECK(c.receivedAt.offsetFromUtc() == 8 * 3600);
    CHECK(c.status == CaseStatus::Registered);
    CHECK(c.assignee == input.assignee);
}

TEST_CASE("case numbers run per prefix and received year", "[complaints]")
{
    TestDatabase db;
    addTestUser(db.connection(), QStringLiteral("t"));
    ComplaintRepository repository(db.connection());
    SettingsRepository settings(db.connection());
    REQUIRE(settings.setCaseNumberPrefix(QStringLiteral("长宁")).ok());

    Complaint c = sampleComplaint(db.connection());
    CHECK(repository.add(c, QStringLiteral("t"), fixedNow())->caseNumber == QStringLiteral("长宁-2026-000001"));
    CHECK(repository.add(c, QStringLiteral("t"), fixedNow())->caseNumber == QStringLiteral("长宁-2026-000002"));
    c.receivedAt = c.receivedAt.addYears(-1);
    c.incidentDate = c.incidentDate.addYears(-1);
    CHECK(repository.add(c, QStringLiteral("t"), fixedNow())->caseNumber == QStringLiteral("长宁-2025-000001"));
    REQUIRE(settings.setCaseNumberPrefix(QStringLiteral("徐汇")).ok());
    CHECK(repository.add(c, QStringLiteral("t"), fixedNow())->caseNumber == QStringLiteral("徐汇-2025-000001"));

    CHECK_FALSE(settings.setCaseNumberPrefix(QStringLiteral("长-宁")).ok());
    CHECK_FALSE(settings.setCaseNumberPrefix(QString()).ok());
    CHECK(settings.caseNumberPrefix().value() == QStringLiteral("徐汇"));
}

TEST_CASE("a returning consumer and a known business are reused", "[complaints]")
{
    TestDatabase db;
    addTestUser(db.connection(), QStringLiteral("t"));
    ComplaintRepository repository(db.connection());
    const Complaint c = sampleComplaint(db.connection());
    auto first = repository.add(c, QStringLiteral("t"), fixedNow());
    auto second = repository.add(c, QStringLiteral("t"), fixedNow());
    REQUIRE(first.ok());
    REQUIRE(second.ok());
    CHECK(first->consumer.id == second->consumer.id);
    CHECK(first->business.id == second->business.id);
    CHECK(rowCount(db.connection(), QStringLiteral("consumers")) == 1);
    CHECK(rowCount(db.connection(), QStringLiteral("businesses")) == 1);
}

TEST_CASE("bad input is refused and nothing is written", "[complaints]")
{
    TestDatabase db;
    addTestUser(db.connection(), QStringLiteral("t"));
    ComplaintRepository repository(db.connection());
    Complaint c = sampleComplaint(db.connection());
    c.amountFen = -1;
    c.consumer.phone = QStringLiteral("12345");

    auto added = repository.add(c, QStringLiteral("t"), fixedNow());
    REQUIRE_FALSE(added.ok());
    CHECK(added.error().code == ErrorCode::InvalidInput);
    CHECK(added.error().fieldErrors.size() == 2);
    CHECK(rowCount(db.connection(), QStringLiteral("complaints")) == 0);
    CHECK(rowCount(db.connection(), QStringLiteral("consumers")) == 0);

    c = sampleComplaint(db.connection());
    c.categoryId = 999999;
    added = repository.add(c, QStringLiteral("t"), fixedNow());
    REQUIRE_FALSE(added.ok());
    CHECK(added.error().fieldErrors.first().field == QStringLiteral("category"));
}

TEST_CASE("a failure halfway through registering leaves nothing behind", "[complaints]")
{
    TestDatabase db;
    addTestUser(db.connection(), QStringLiteral("t"));
    ComplaintRepository repository(db.connection());
    REQUIRE(repository.add(sampleComplaint(db.connection()), QStringLiteral("t"), fixedNow()).ok());
    const QStringList tables = {QStringLiteral("complaints"), QStringLiteral("consumers"), QStringLiteral("businesses"),
                                QStringLiteral("audit_log")};
    QList<qint64> before;
    for (const QString &table : tables)
        before << rowCount(db.connection(), table);

    // The audit insert is the last write of a registration: make it fail, like a full disk would.
    failInsertsInto(db.connection(), QStringLiteral("audit_log"), QStringLiteral("fail_audit"));
    Complaint other = sampleComplaint(db.connection());
    other.consumer.name = QStringLiteral("王芳");
    other.consumer.phone = QStringLiteral("13900001111");
    other.business.name = QStringLiteral("优学教育培训中心");
    other.business.creditCode.clear();
    auto added = repository.add(other, QStringLiteral("t"), fixedNow());
    REQUIRE_FALSE(added.ok());
    CHECK(added.error().message.contains(QStringLiteral("simulated failure")));

    for (int i = 0; i < tables.size(); ++i) {
        CAPTURE(tables.at(i));
        CHECK(rowCount(db.connection(), tables.at(i)) == before.at(i));
    }
    // The case number was not used up either.
    stopFailingInserts(db.connection(), QStringLiteral("audit_log"), QStringLiteral("fail_audit"));
    added = repository.add(other, QStringLiteral("t"), fixedNow());
    REQUIRE(added.ok());
    CHECK(added->caseNumber.endsWith(QStringLiteral("-2026-000002")));
}

TEST_CASE("two caseworkers editing one case: the second save is refused", "[complaints][concurrency]")
{
    TestDatabase db;
    addTestUser(db.connection(), QStringLiteral("李敏"));
    addTestUser(db.connection(), QStringLiteral("王强"));
    auto otherDesk = db.openAgain();
    ComplaintRepository mine(db.connection());
    ComplaintRepository theirs(otherDesk->connection());

    auto added = mine.add(sampleComplaint(db.connection()), QStringLiteral("李敏"), fixedNow());
    REQUIRE(added.ok());
    Complaint myCopy = mine.get(added->id).value();
    Complaint theirCopy = theirs.get(added->id).value();

    theirCopy.demand = QStringLiteral("要求全额退款4800元");
    auto theirSave = theirs.update(theirCopy, QStringLiteral("王强"), fixedNow().addSecs(600));
    REQUIRE(theirSave.ok());
    CHECK(theirSave->version == 2);

    myCopy.amountFen = 100;
    auto mySave = mine.update(myCopy, QStringLiteral("李敏"), fixedNow());
    REQUIRE_FALSE(mySave.ok());
    CHECK(mySave.error().code == ErrorCode::Conflict);
    CHECK(mySave.error().message.contains(added->caseNumber));
    // Who saved first, and what they changed.
    CHECK(mySave.error().message.contains(QStringLiteral("王强")));
    CHECK(mySave.error().message.contains(fieldLabel(QStringLiteral("demand"))));
    CHECK_FALSE(mySave.error().message.contains(fieldLabel(QStringLiteral("amount"))));

    const Complaint stored = mine.get(added->id).value();
    CHECK(stored.demand == QStringLiteral("要求全额退款4800元"));
    CHECK(stored.amountFen == 240000);
    CHECK(stored.version == 2);
}

TEST_CASE("every change to a case is in its audit trail", "[complaints][audit]")
{
    TestDatabase db;
    addTestUser(db.connection(), QStringLiteral("李敏"));
    addTestUser(db.connection(), QStringLiteral("王强"));
    ComplaintRepository repository(db.connection());
    auto added = repository.add(sampleComplaint(db.connection()), QStringLiteral("李敏"), fixedNow());
    REQUIRE(added.ok());

    Complaint edited = added.value();
    edited.amountFen = 480000;
    edited.business.street = QStringLiteral("天山路街道");
    REQUIRE(repository.update(edited, QStringLiteral("王强"), fixedNow()).ok());

    auto history = AuditRepository(db.connection()).history(added->id);
    REQUIRE(history.ok());
    REQUIRE(history->size() == 3);
    CHECK(history->at(0).action == QStringLiteral("created"));
    CHECK(history->at(0).actor == QStringLiteral("李敏"));
    CHECK(history->at(1).field == QStringLiteral("business.street"));
    CHECK(history->at(1).oldValue == QStringLiteral("新华路街道"));
    CHECK(history->at(1).newValue == QStringLiteral("天山路街道"));
    CHECK(history->at(2).field == QStringLiteral("amount"));
    CHECK(history->at(2).oldValue == QStringLiteral("2,400.00"));
    CHECK(history->at(2).newValue == QStringLiteral("4,800.00"));
    CHECK(history->at(2).actor == QStringLiteral("王强"));
}

TEST_CASE("the taxonomy is editable", "[taxonomy]")
{
    TestDatabase db;
    TaxonomyRepository taxonomy(db.connection());
    auto added = taxonomy.add(Category::Kind::Services, QStringLiteral("交通运输"), QStringLiteral("Transport"));
    REQUIRE(added.ok());
    CHECK(added->name == QStringLiteral("交通运输"));
    CHECK(taxonomy.categories()->size() == 25);

    CHECK_FALSE(taxonomy.add(Category::Kind::Services, QStringLiteral("交通运输"), {}).ok()); // duplicate
    CHECK_FALSE(taxonomy.add(Category::Kind::Goods, QStringLiteral("  "), {}).ok());

    REQUIRE(taxonomy.rename(added->id, QStringLiteral("交通出行"), QStringLiteral("Travel")).ok());
    REQUIRE(taxonomy.setActive(added->id, false).ok());
    CHECK(taxonomy.categories()->size() == 24);
    CHECK(taxonomy.categories(true)->size() == 25);
    CHECK(taxonomy.categories(true)->last().name == QStringLiteral("交通出行"));
}

TEST_CASE("a database locked by another desk gives a clear message and loses nothing", "[complaints][concurrency][sqlite-only]")
{
    TestDatabase db;
    addTestUser(db.connection(), QStringLiteral("t"));
    ComplaintRepository repository(db.connection());
    REQUIRE(repository.add(sampleComplaint(db.connection()), QStringLiteral("t"), fixedNow()).ok());

    auto otherDesk = db.openAgain();
    execOrFail(otherDesk->connection(), QStringLiteral("BEGIN IMMEDIATE")); // holds the write lock
    auto blocked = repository.add(sampleComplaint(db.connection()), QStringLiteral("t"), fixedNow());
    REQUIRE_FALSE(blocked.ok());
    CHECK(blocked.error().code == ErrorCode::Busy);
    CHECK(blocked.error().message.contains(QStringLiteral("busy")));
    execOrFail(otherDesk->connection(), QStringLiteral("ROLLBACK"));

    // Reading still works while locked, and the earlier case is intact; writing works again now.
    CHECK(rowCount(db.connection(), QStringLiteral("complaints")) == 1);
    CHECK(repository.add(sampleComplaint(db.connection()), QStringLiteral("t"), fixedNow()).ok());
}
