#include "catch_qt.h"
#include "test_support.h"

#include "export/case_csv.h"
#include "export/complaint_json.h"
#include "privacy/personal_data.h"
#include "privacy/retention_service.h"
#include "query/case_list_query.h"
#include "storage/audit_repository.h"
#include "storage/complaint_repository.h"
#include "storage/desk_event_repository.h"
#include "validation/identifiers.h"
#include "workflow/case_history.h"
#include "workflow/case_transition_service.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace casedesk;
using namespace casedesk::test;

namespace {

QString residentId(const QString &region, QDate born, const QString &sequence)
{
    const QString first17 = region + born.toString(QStringLiteral("yyyyMMdd")) + sequence;
    return first17 + residentIdCheckDigit(first17);
}

} // namespace

TEST_CASE("minors are recognised from the ID number's birth date", "[privacy]")
{
    const QDate today(2026, 3, 20);
    CHECK(isMinor(residentId(QStringLiteral("110105"), QDate(2015, 6, 1), QStringLiteral("123")), today));
    // The fourteenth birthday ends it.
    CHECK(isMinor(residentId(QStringLiteral("110105"), QDate(2012, 3, 21), QStringLiteral("123")), today));
    CHECK_FALSE(isMinor(residentId(QStringLiteral("110105"), QDate(2012, 3, 20), QStringLiteral("123")), today));
    CHECK_FALSE(isMinor(QStringLiteral("11010519491231002X"), today));
    CHECK_FALSE(isMinor(QString(), today));
    CHECK_FALSE(isMinor(QStringLiteral("110105201506011234"), today)); // wrong check digit: not a valid ID
}

TEST_CASE("contacts are masked for display, and exports are de-identified", "[privacy][export]")
{
    TestDatabase db;
    const Complaint c = sampleComplaint(db.connection());
    const Complaint shown = withMaskedContacts(c);
    CHECK(shown.consumer.phone == QStringLiteral("138****5678"));
    CHECK(shown.consumer.idNumber == QStringLiteral("110105********002X"));
    CHECK(shown.consumer.name == c.consumer.name);

    const QJsonObject json = complaintToJson(deidentified(c));
    const QJsonObject consumer = json.value(QStringLiteral("consumer")).toObject();
    CHECK(consumer.value(QStringLiteral("name")).toString() == QStringLiteral("张*"));
    CHECK(consumer.value(QStringLiteral("phone")).toString() == QStringLiteral("138****5678"));
    CHECK(consumer.value(QStringLiteral("idNumber")).toString() == QStringLiteral("110105********002X"));
    CHECK(consumer.value(QStringLiteral("address")).toString().isEmpty());
    // Nothing of the full values anywhere in the export.
    const QString text = QString::fromUtf8(QJsonDocument(json).toJson());
    CHECK_FALSE(text.contains(QStringLiteral("13812345678")));
    CHECK_FALSE(text.contains(QStringLiteral("11010519491231002X")));
    CHECK_FALSE(text.contains(QStringLiteral("天山路")));

    CaseListRow row;
    row.caseNumber = QStringLiteral("长宁-2026-000001");
    row.consumerName = QStringLiteral("张伟");
    row.consumerPhone = QStringLiteral("13812345678");
    row.businessName = QStringLiteral("=HYPERLINK(\"x\")");
    const QString csv = caseRowsToCsv({deidentified(row)});
    CHECK(csv.startsWith(QChar(0xFEFF)));
    CHECK(csv.contains(QStringLiteral("张*,138****5678")));
    CHECK_FALSE(csv.contains(QStringLiteral("13812345678")));
    CHECK(csv.contains(QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\""))); // no formula runs in a spreadsheet
    CHECK(caseRowToJson(deidentified(row)).value(QStringLiteral("consumerPhone")).toString() ==
          QStringLiteral("138****5678"));
}

TEST_CASE("revealing a full value is written to the case's audit trail", "[privacy][audit]")
{
    TestDatabase db;
    addTestUser(db.connection(), QStringLiteral("李敏"));
    addTestUser(db.connection(), QStringLiteral("王主任"), Role::Supervisor);
    auto added = ComplaintRepository(db.connection()).add(sampleComplaint(db.connection()), QStringLiteral("李敏"),
                                                         fixedNow());
    REQUIRE(added.ok());
    CHECK_FALSE(revealPersonalData(db.connection(), QStringLiteral("李敏"), added->id, PersonalField::IdNumber).ok());
    auto id = revealPersonalData(db.connection(), QStringLiteral("王主任"), added->id, PersonalField::IdNumber,
                                 fixedNow());
    REQUIRE(id.ok());
    CHECK(id.value() == QStringLiteral("11010519491231002X"));
    auto history = AuditRepository(db.connection()).history(added->id);
    REQUIRE(history.ok());
    const AuditEntry &last = history->last();
    CHECK(last.action == QStringLiteral("revealed"));
    CHECK(last.field == QStringLiteral("id_number"));
    CHECK(last.actor == QStringLiteral("王主任"));
    CHECK(last.newValue.isEmpty()); // the log says who saw what, not the value itself
    CHECK(history->size() == 2);    // created, revealed: the refused attempt left nothing
    CHECK(revealPersonalData(db.connection(), QStringLiteral("王主任"), 9999, PersonalField::Phone).error().code ==
          ErrorCode::NotFound);
}

TEST_CASE("retention previews, then anonymises complainants whose cases all closed long ago", "[privacy][retention]")
{
    TestDatabase db;
    const QSqlDatabase c = db.connection();
    addTestUser(c, QStringLiteral("李敏"));
    addTestUser(c, QStringLiteral("管理员"), Role::Administrator);
    ComplaintRepository complaints(c);
    CaseTransitionService workflow(c);
    const auto registerFor = [&](const QString &name, const QString &phone) {
        Complaint complaint = sampleComplaint(c);
        complaint.consumer.name = name;
        complaint.consumer.phone = phone;
        auto added = complaints.add(complaint, QStringLiteral("李敏"), fixedNow());
        REQUIRE(added.ok());
        return added->id;
    };
    const auto refuse = [&](qint64 id) {
        TransitionRequest request{id, CaseStatus::Refused, QStringLiteral("time_barred"), {}, fixedNow().addDays(-1),
                                  std::nullopt};
        REQUIRE(workflow.transition(request, QStringLiteral("李敏"), fixedNow()).ok());
    };
    const qint64 oldCase = registerFor(QStringLiteral("赵六"), QStringLiteral("13900000001"));
    refuse(oldCase);
    const qint64 stillOpen = registerFor(QStringLiteral("钱七"), QStringLiteral("13900000002"));
    // 孙八 has one finished case and one still open: kept whole.
    const qint64 sunFinished = registerFor(QStringLiteral("孙八"), QStringLiteral("13900000003"));
    refuse(sunFinished);
    (void)registerFor(QStringLiteral("孙八"), QStringLiteral("13900000003"));

    RetentionService retention(c);
    // Three years (the default) after closing is not yet reached two years on.
    CHECK(retention.preview(QStringLiteral("管理员"), fixedNow().addYears(2))->items.isEmpty());

    const QDateTime later = fixedNow().addYears(4);
    auto preview = retention.preview(QStringLiteral("管理员"), later);
    REQUIRE(preview.ok());
    CHECK(preview->years == 3);
    REQUIRE(preview->items.size() == 1);
    CHECK(preview->items.first().maskedName == QStringLiteral("赵*"));
    CHECK(preview->items.first().maskedPhone == QStringLiteral("139****0001"));
    CHECK(preview->caseCount() == 1);
    CHECK(complaints.get(oldCase)->consumer.name == QStringLiteral("赵六")); // a preview changes nothing

    auto applied = retention.apply(QStringLiteral("管理员"), later);
    REQUIRE(applied.ok());
    CHECK(applied->caseCount() == 1);
    const Complaint anonymised = complaints.get(oldCase).value();
    CHECK(anonymised.consumer.name == RetentionService::kAnonymisedName);
    CHECK(anonymised.consumer.phone.isEmpty());
    CHECK(anonymised.consumer.idNumber.isEmpty());
    CHECK(anonymised.consumer.address.isEmpty());
    CHECK(anonymised.amountFen == 240000); // the case itself stays for statistics
    CHECK(complaints.get(stillOpen)->consumer.name == QStringLiteral("钱七"));
    CHECK(complaints.get(sunFinished)->consumer.name == QStringLiteral("孙八"));

    auto history = AuditRepository(c).history(oldCase);
    REQUIRE(history.ok());
    CHECK(history->last().action == QStringLiteral("anonymised"));
    CHECK(history->last().actor == QStringLiteral("管理员"));
    CHECK_FALSE(history->last().oldValue.contains(QStringLiteral("赵六")));
    CHECK(DeskEventRepository(c).latest().value().first().action == QStringLiteral("retention_applied"));

    // Done once: a second run finds nothing.
    CHECK(retention.preview(QStringLiteral("管理员"), later)->items.isEmpty());
}

TEST_CASE("a returning complainant registered without the ID number keeps the one on file", "[privacy][parties]")
{
    TestDatabase db;
    addTestUser(db.connection(), QStringLiteral("李敏"));
    ComplaintRepository complaints(db.connection());
    auto first = complaints.add(sampleComplaint(db.connection()), QStringLiteral("李敏"), fixedNow());
    REQUIRE(first.ok());
    Complaint again = sampleComplaint(db.connection());
    again.consumer.idNumber.clear(); // the intake form leaves it out (shown masked as a placeholder)
    auto second = complaints.add(again, QStringLiteral("李敏"), fixedNow());
    REQUIRE(second.ok());
    CHECK(second->consumer.id == first->consumer.id);
    CHECK(complaints.get(second->id)->consumer.idNumber == QStringLiteral("11010519491231002X"));
}

TEST_CASE("a corrected phone shows masked in the case's history", "[privacy][audit]")
{
    TestDatabase db;
    addTestUser(db.connection(), QStringLiteral("李敏"));
    ComplaintRepository complaints(db.connection());
    auto added = complaints.add(sampleComplaint(db.connection()), QStringLiteral("李敏"), fixedNow());
    REQUIRE(added.ok());
    Complaint edited = added.value();
    edited.consumer.phone = QStringLiteral("13900001111");
    REQUIRE(complaints.update(edited, QStringLiteral("李敏"), fixedNow()).ok());
    auto history = caseHistory(db.connection(), added->id);
    REQUIRE(history.ok());
    bool found = false;
    for (const AuditEntry &entry : history->audit) {
        if (entry.field != QLatin1String("consumer.phone"))
            continue;
        found = true;
        CHECK(entry.oldValue == QStringLiteral("138****5678"));
        CHECK(entry.newValue == QStringLiteral("139****1111"));
    }
    CHECK(found);
    // The stored trail keeps them masked too (it is kept for ever and read by auditors); the case has
    // the full value.
    CHECK(AuditRepository(db.connection()).history(added->id)->last().newValue == QStringLiteral("139****1111"));
    CHECK(complaints.get(added->id)->consumer.phone == QStringLiteral("13900001111"));
}
