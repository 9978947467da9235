#include "catch_qt.h"
#include "test_support.h"

#include "deadlines/due_list.h"
#include "storage/complaint_repository.h"
#include "storage/user_repository.h"
#include "workflow/case_transition_service.h"

#include <QTimeZone>

using namespace casedesk;
using namespace casedesk::test;

namespace {

QDateTime china(int y, int m, int d, int h = 10) { return QDateTime(QDate(y, m, d), QTime(h, 0), QTimeZone(8 * 3600)); }

qint64 addCase(TestDatabase &db, const QDateTime &received, const QString &assignee)
{
    Complaint c = sampleComplaint(db.connection());
    c.receivedAt = received;
    c.incidentDate = received.date().addDays(-30);
    c.assignee = assignee;
    auto added = ComplaintRepository(db.connection()).add(c, QStringLiteral("李敏"), received.addSecs(60));
    REQUIRE(added.ok());
    return added->id;
}

} // namespace

TEST_CASE("the due list shows open deadlines that are late or near, most urgent first", "[deadlines][duelist]")
{
    TestDatabase db;
    REQUIRE(UserRepository(db.connection()).add(QStringLiteral("李敏"), Role::Caseworker).ok());
    const qint64 late = addCase(db, china(2026, 2, 12), QStringLiteral("李敏"));   // accept by 2026-02-28
    const qint64 fresh = addCase(db, china(2026, 3, 4), QStringLiteral("王强"));   // accept by 2026-03-13
    const qint64 refused = addCase(db, china(2026, 2, 10), QStringLiteral("李敏")); // decided: no longer due
    TransitionRequest refuse;
    refuse.caseId = refused;
    refuse.to = CaseStatus::Refused;
    refuse.ground = QStringLiteral("outside_duties");
    refuse.at = china(2026, 2, 11);
    auto moved = CaseTransitionService(db.connection()).transition(refuse, QStringLiteral("李敏"), china(2026, 2, 11, 12));
    INFO((moved ? std::string() : moved.error().message.toStdString()));
    REQUIRE(moved.ok());

    const QDateTime now = china(2026, 3, 5);
    auto soon = dueSoonOrOverdue(db.connection(), now, 3);
    REQUIRE(soon.ok());
    REQUIRE(soon->size() == 1);
    CHECK(soon->first().caseId == late);
    CHECK(soon->first().deadline.kind == DeadlineKind::Accept);
    CHECK(soon->first().deadline.overdue);
    CHECK(soon->first().deadline.dueDate == QDate(2026, 2, 28));

    auto wider = dueSoonOrOverdue(db.connection(), now, 10);
    REQUIRE(wider.ok());
    REQUIRE(wider->size() == 2);
    CHECK(wider->at(0).caseId == late); // the overdue one first
    CHECK(wider->at(1).caseId == fresh);

    auto mine = dueSoonOrOverdue(db.connection(), now, 10, QStringLiteral("王强"));
    REQUIRE(mine.ok());
    REQUIRE(mine->size() == 1);
    CHECK(mine->first().caseId == fresh);
}
