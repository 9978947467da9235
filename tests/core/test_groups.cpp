#include "catch_qt.h"
#include "export/csv_text.h"
#include "test_support.h"

#include "groups/group_service.h"
#include "groups/roster_csv.h"
#include "mediation/directory_service.h"
#include "storage/audit_repository.h"
#include "storage/business_repository.h"
#include "storage/complaint_repository.h"
#include "storage/prepaid_card_repository.h"
#include "storage/sql_helpers.h"
#include "storage/user_repository.h"
#include "workflow/case_transition_service.h"

#include <QTimeZone>

using namespace casedesk;
using namespace casedesk::test;

namespace {

const QString kCaseworker = QStringLiteral("李敏");
const QString kSupervisor = QStringLiteral("王主任");
const QString kAdministrator = QStringLiteral("系统管理员");

// A desk with users and `n` complaints against one gym, each with card details.
struct GroupDesk {
    explicit GroupDesk(int n)
    {
        const QSqlDatabase c = db.connection();
        UserRepository users(c);
        REQUIRE(users.add(kCaseworker, Role::Caseworker, fixedNow()).ok());
        REQUIRE(users.add(kSupervisor, Role::Supervisor, fixedNow()).ok());
        REQUIRE(users.add(kAdministrator, Role::Administrator, fixedNow()).ok());
        QList<Complaint> batch;
        for (int i = 0; i < n; ++i) {
            Complaint complaint = sampleComplaint(c);
            complaint.consumer.name = QStringLiteral("会员%1").arg(i + 1);
            complaint.consumer.phone = QStringLiteral("139%1").arg(10000000 + i);
            complaint.consumer.idNumber.clear();
            batch.append(complaint);
        }
        auto added = ComplaintRepository(c).addAll(batch, kCaseworker, fixedNow());
        REQUIRE(added.ok());
        for (const Complaint &complaint : added.value()) {
            ids.append(complaint.id);
            PrepaidCard card;
            card.complaintId = complaint.id;
            card.cardNumber = QStringLiteral("VIP%1").arg(complaint.id);
            card.paidFen = 480000;
            card.balanceFen = 100000 + complaint.id * 100; // different for each member
            card.businessState = BusinessState::Absconded;
            card.noticeGiven = NoticeGiven::No;
            REQUIRE(PrepaidCardRepository(c).save(card, kCaseworker, fixedNow()).ok());
        }
        businessId = added->first().business.id;
    }

    QStringList statuses() const
    {
        QStringList all;
        for (qint64 id : ids)
            all << codeOf(ComplaintRepository(db.connection()).get(id)->status);
        return all;
    }

    TestDatabase db;
    QList<qint64> ids;
    qint64 businessId = 0;
};

} // namespace

TEST_CASE("a group made from a business holds its open complaints and members can be added and removed", "[groups]")
{
    GroupDesk desk(4);
    const QSqlDatabase c = desk.db.connection();
    // One of them is already closed: it is not taken.
    execOrFail(c, QStringLiteral("UPDATE complaints SET status = 'closed' WHERE id = %1").arg(desk.ids.last()));
    GroupService groups(c);
    auto id = groups.createFromBusiness(desk.businessId, QStringLiteral("悦动健身闭店群体投诉"), kCaseworker, fixedNow());
    REQUIRE(id.ok());
    auto view = groups.view(id.value());
    REQUIRE(view.ok());
    CHECK(view->members.size() == 3);
    CHECK(view->group.businessId == desk.businessId);
    CHECK(view->statusCounts.value(CaseStatus::Registered) == 3);
    CHECK(view->totalPaidFen == 3 * 480000);

    // A case can be in one group only.
    auto second = groups.createFromCases({desk.ids.first()}, QStringLiteral("另一个"), kCaseworker, fixedNow());
    REQUIRE_FALSE(second.ok());
    CHECK(second.error().message.contains(ComplaintRepository(c).get(desk.ids.first())->caseNumber));

    REQUIRE(groups.addMembers(id.value(), {desk.ids.last()}, kCaseworker, fixedNow()).ok());
    REQUIRE(groups.removeMembers(id.value(), {desk.ids.first()}, kCaseworker, fixedNow()).ok());
    view = groups.view(id.value());
    CHECK(view->members.size() == 3);
    CHECK(view->group.openMembers == 2);
    auto history = AuditRepository(c).history(desk.ids.first());
    REQUIRE(history.ok());
    CHECK(history->last().action == QStringLiteral("ungrouped"));

    REQUIRE(groups.setRepresentative(id.value(), desk.ids.at(1), true, kCaseworker, fixedNow()).ok());
    CHECK(groups.view(id.value())->representatives().size() == 1);

    // Administrators do no case work.
    CHECK(groups.createFromCases({desk.ids.first()}, QStringLiteral("x"), kAdministrator, fixedNow()).error().code ==
          ErrorCode::Forbidden);
    CHECK(groups.createFromCases({desk.ids.first()}, QStringLiteral("  "), kCaseworker, fixedNow()).error().code ==
          ErrorCode::InvalidInput);
    CHECK(groups.createFromCases({999999}, QStringLiteral("x"), kCaseworker, fixedNow()).error().code ==
          ErrorCode::NotFound);
}

TEST_CASE("a batch action on 100+ members is one all-or-nothing step with an audit line on each", "[groups]")
{
    GroupDesk desk(120);
    const QSqlDatabase c = desk.db.connection();
    GroupService groups(c);
    auto id = groups.createFromBusiness(desk.businessId, QStringLiteral("悦动健身"), kCaseworker, fixedNow());
    REQUIRE(id.ok());
    const qint64 auditBefore = rowCount(c, QStringLiteral("audit_log"));

    // Its speed is casedesk-bench's to measure, not a test's (the machine is shared).
    auto total = groups.recordOutcome(id.value(), {OutcomeBasis::Balance, 60, QStringLiteral("经营者退还余额的60%"), true},
                                      kCaseworker, fixedNow());
    REQUIRE(total.ok());
    qint64 expected = 0;
    for (qint64 caseId : desk.ids)
        expected += ((100000 + caseId * 100) * 60 + 50) / 100;
    CHECK(total->totalFen == expected);
    CHECK(total->members == 120);
    CHECK(total->leftOut.isEmpty());
    auto view = groups.view(id.value());
    REQUIRE(view.ok());
    for (const GroupMember &m : view->members) {
        REQUIRE(m.outcomeFen);
        CHECK(*m.outcomeFen == (m.balanceFen * 60 + 50) / 100);
        CHECK(m.recoveredFen == *m.outcomeFen);
        CHECK(m.claimFen() == m.balanceFen); // what was claimed, not the outcome
    }
    // One line for the outcome and one for the money recovered, on every case.
    CHECK(rowCount(c, QStringLiteral("audit_log")) == auditBefore + 2 * 120);
    // The money is counted once: a second outcome marked paid is refused.
    CHECK_FALSE(groups.recordOutcome(id.value(), {OutcomeBasis::Balance, 80, {}, true}, kCaseworker, fixedNow()).ok());
    CHECK(ComplaintRepository(c).get(desk.ids.first())->recoveredFen == ((100000 + desk.ids.first() * 100) * 60 + 50) / 100);

    REQUIRE(groups.transitionAll(id.value(), CaseStatus::Accepted, {}, {}, kCaseworker, fixedNow()).ok());
    REQUIRE(groups.assignAll(id.value(), kSupervisor, kCaseworker, fixedNow()).ok());
    CHECK(desk.statuses() == QStringList(120, QStringLiteral("accepted")));
    CHECK(ComplaintRepository(c).get(desk.ids.at(50))->assignee == kSupervisor);
}

TEST_CASE("a batch that fails on one member changes no member", "[groups]")
{
    GroupDesk desk(5);
    const QSqlDatabase c = desk.db.connection();
    GroupService groups(c);
    auto id = groups.createFromCases(desk.ids, QStringLiteral("悦动健身"), kCaseworker, fixedNow());
    REQUIRE(id.ok());
    // Members 1-2 and 4-5 may be accepted; the third was refused and cannot be.
    TransitionRequest refuse;
    refuse.caseId = desk.ids.at(2);
    refuse.to = CaseStatus::Refused;
    refuse.ground = QStringLiteral("outside_duties");
    REQUIRE(CaseTransitionService(c).transition(refuse, kCaseworker, fixedNow()).ok());
    const QStringList before = desk.statuses();
    const qint64 auditBefore = rowCount(c, QStringLiteral("audit_log"));
    const qint64 eventsBefore = rowCount(c, QStringLiteral("case_events"));

    auto moved = groups.transitionAll(id.value(), CaseStatus::Accepted, {}, {}, kCaseworker, fixedNow());
    REQUIRE_FALSE(moved.ok());
    CHECK(moved.error().message.contains(ComplaintRepository(c).get(desk.ids.at(2))->caseNumber));
    CHECK(desk.statuses() == before);
    CHECK(rowCount(c, QStringLiteral("audit_log")) == auditBefore);
    CHECK(rowCount(c, QStringLiteral("case_events")) == eventsBefore);

    // An assignment to someone who cannot take cases changes nothing either.
    CHECK_FALSE(groups.assignAll(id.value(), kAdministrator, kCaseworker, fixedNow()).ok());
    CHECK(ComplaintRepository(c).get(desk.ids.first())->assignee == QStringLiteral("李敏"));
    // A share above 100% is refused before anything is written.
    CHECK_FALSE(groups.recordOutcome(id.value(), {OutcomeBasis::Balance, 120, {}, false}, kCaseworker, fixedNow()).ok());
    CHECK(rowCount(c, QStringLiteral("group_outcomes")) == 0);
}

TEST_CASE("merging two records of one business keeps every case", "[groups][businesses]")
{
    GroupDesk desk(3);
    const QSqlDatabase c = desk.db.connection();
    // The same gym registered again without its credit code, with two complaints of its own.
    QList<qint64> others;
    for (int i = 0; i < 2; ++i) {
        Complaint complaint = sampleComplaint(c);
        complaint.business.creditCode.clear();
        complaint.business.address = QStringLiteral("延安西路1000号");
        complaint.consumer.phone = QStringLiteral("1370000000%1").arg(i);
        auto added = ComplaintRepository(c).add(complaint, kCaseworker, fixedNow());
        REQUIRE(added.ok());
        others.append(added->id);
    }
    const qint64 duplicate = ComplaintRepository(c).get(others.first())->business.id;
    REQUIRE(duplicate != desk.businessId);
    const qint64 casesBefore = rowCount(c, QStringLiteral("complaints"));
    BusinessRepository businesses(c);

    // Without a shared credit code the caseworker must confirm.
    auto unconfirmed = businesses.merge(desk.businessId, duplicate, false, {}, kCaseworker, fixedNow());
    REQUIRE_FALSE(unconfirmed.ok());
    CHECK(rowCount(c, QStringLiteral("businesses")) == 2);

    auto merged = businesses.merge(desk.businessId, duplicate, true, QStringLiteral("同一门店"), kCaseworker, fixedNow());
    REQUIRE(merged.ok());
    CHECK(merged.value() == 2);
    CHECK(rowCount(c, QStringLiteral("complaints")) == casesBefore);
    CHECK(rowCount(c, QStringLiteral("businesses")) == 1);
    auto row = businesses.get(desk.businessId);
    REQUIRE(row.ok());
    CHECK(row->openComplaints == 5);
    CHECK(row->state == BusinessState::Absconded);
    for (qint64 id : others) {
        CHECK(ComplaintRepository(c).get(id)->business.id == desk.businessId);
        CHECK(AuditRepository(c).history(id)->last().action == QStringLiteral("business_merged"));
    }
    CHECK(businesses.get(duplicate).error().code == ErrorCode::NotFound);

    // Different credit codes: different businesses, never merged, even when confirmed.
    Complaint other = sampleComplaint(c);
    other.business.name = QStringLiteral("力美健身");
    other.business.creditCode = QStringLiteral("91310000MA1FL0001R");
    auto added = ComplaintRepository(c).add(other, kCaseworker, fixedNow());
    REQUIRE(added.ok());
    CHECK_FALSE(businesses.merge(desk.businessId, added->business.id, true, {}, kCaseworker, fixedNow()).ok());
    CHECK(rowCount(c, QStringLiteral("businesses")) == 2);

    // The list puts the most complained-about first and finds by name.
    auto listed = businesses.list();
    REQUIRE(listed.ok());
    REQUIRE(listed->size() == 2);
    CHECK(listed->first().id == desk.businessId);
    CHECK(listed->first().prepaidComplaints == 3);
    auto found = businesses.list(QStringLiteral("力美"));
    REQUIRE(found.ok());
    REQUIRE(found->size() == 1);
    CHECK(found->first().openComplaints == 1);
}

TEST_CASE("the roster lists each member with a masked phone and the CSV opens in Excel", "[groups][roster]")
{
    GroupDesk desk(3);
    const QSqlDatabase c = desk.db.connection();
    GroupService groups(c);
    auto id = groups.createFromCases(desk.ids, QStringLiteral("悦动健身, \"闭店\""), kCaseworker, fixedNow());
    REQUIRE(id.ok());
    auto view = groups.view(id.value());
    REQUIRE(view.ok());
    const QByteArray csv = rosterCsv(view.value());
    REQUIRE(csv.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(csv.mid(3));
    const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    CHECK(lines.size() == 1 + 3 + 1);
    CHECK(text.contains(QStringLiteral("会员1")));
    CHECK(text.contains(QStringLiteral("139****0000")));
    CHECK_FALSE(text.contains(QStringLiteral("13910000000")));
    CHECK(csvField(QStringLiteral("a,\"b\"")) == QStringLiteral("\"a,\"\"b\"\"\""));
    CHECK(csvSafeText(QStringLiteral("=1+2")) == QStringLiteral("'=1+2"));
    CHECK(csvSafeText(QStringLiteral("-12.50")) == QStringLiteral("-12.50"));
}

TEST_CASE("one mediation session for the whole group is booked on every member in mediation, or on none",
          "[groups][mediation]")
{
    GroupDesk desk(4);
    const QSqlDatabase c = desk.db.connection();
    CaseTransitionService workflow(c);
    // Three members are in mediation; the fourth was only registered.
    for (int i = 0; i < 3; ++i) {
        for (CaseStatus to : {CaseStatus::Accepted, CaseStatus::InMediation}) {
            TransitionRequest move;
            move.caseId = desk.ids.at(i);
            move.to = to;
            REQUIRE(workflow.transition(move, kCaseworker, fixedNow()).ok());
        }
    }
    Mediator mediator;
    mediator.name = QStringLiteral("陈调解");
    mediator.kind = MediatorKind::PeoplesMediator;
    auto savedMediator = MediationDirectoryService(c).saveMediator(mediator, kSupervisor);
    REQUIRE(savedMediator.ok());

    GroupService groups(c);
    auto group = groups.createFromCases(desk.ids, QStringLiteral("悦动健身"), kCaseworker, fixedNow());
    REQUIRE(group.ok());
    MediationSession session;
    session.startsAt = fixedNow().addDays(2);
    session.minutes = 120;
    session.mode = SessionMode::OnSite;
    session.place = QStringLiteral("消保委调解室");
    session.mediatorIds = {savedMediator->id};

    const qint64 auditBefore = rowCount(c, QStringLiteral("audit_log"));
    auto booked = groups.scheduleSession(group.value(), session, kCaseworker, fixedNow());
    REQUIRE(booked.ok());
    REQUIRE(booked->size() == 3);
    for (const SavedSession &saved : booked.value()) {
        CHECK(desk.ids.mid(0, 3).contains(saved.session.complaintId));
        CHECK(saved.session.startsAt == session.startsAt);
        CHECK(saved.clashes.isEmpty()); // the group's own sessions share the mediator by design
    }
    CHECK(rowCount(c, QStringLiteral("mediation_sessions")) == 3);
    CHECK(rowCount(c, QStringLiteral("audit_log")) == auditBefore + 3);

    // An unknown mediator stops the whole booking: no member gets a session.
    session.mediatorIds = {savedMediator->id + 99};
    CHECK_FALSE(groups.scheduleSession(group.value(), session, kCaseworker, fixedNow()).ok());
    CHECK(rowCount(c, QStringLiteral("mediation_sessions")) == 3);
    // Administrators do no case work.
    session.mediatorIds = {savedMediator->id};
    CHECK(groups.scheduleSession(group.value(), session, kAdministrator, fixedNow()).error().code ==
          ErrorCode::Forbidden);
}
