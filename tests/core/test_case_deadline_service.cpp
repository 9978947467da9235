#include "catch_qt.h"
#include "test_support.h"

#include "deadlines/case_deadline_service.h"
#include "storage/calendar_repository.h"
#include "storage/complaint_repository.h"
#include "storage/user_repository.h"
#include "workflow/case_transition_service.h"

#include <QTimeZone>

using namespace casedesk;
using namespace casedesk::test;

namespace {

QDateTime china(int y, int m, int d, int h = 10) { return QDateTime(QDate(y, m, d), QTime(h, 0), QTimeZone(8 * 3600)); }

const Deadline *find(const QList<Deadline> &deadlines, DeadlineKind kind)
{
    for (const Deadline &d : deadlines) {
        if (d.kind == kind)
            return &d;
    }
    return nullptr;
}

} // namespace

TEST_CASE("a stored case's deadlines follow its events, the rules and the holiday calendar", "[deadlines]")
{
    TestDatabase db;
    REQUIRE(UserRepository(db.connection()).add(QStringLiteral("李敏"), Role::Caseworker).ok());
    Complaint c = sampleComplaint(db.connection());
    c.receivedAt = china(2026, 2, 12); // Thursday before the Spring Festival week
    c.incidentDate = QDate(2026, 1, 5);
    auto added = ComplaintRepository(db.connection()).add(c, QStringLiteral("李敏"), china(2026, 2, 12, 11));
    REQUIRE(added.ok());

    // Received, not yet decided: 7 working days, ending on the make-up Saturday 2026-02-28.
    auto deadlines = deadlinesOfCase(db.connection(), added->id, china(2026, 2, 13));
    REQUIRE(deadlines.ok());
    const Deadline *accept = find(deadlines.value(), DeadlineKind::Accept);
    REQUIRE(accept);
    CHECK(accept->dueDate == QDate(2026, 2, 28));
    CHECK(accept->doneAt.isNull());
    CHECK_FALSE(accept->overdue);
    CHECK(find(deadlines.value(), DeadlineKind::Mediation) == nullptr); // not accepted yet

    // Accepted on 2026-03-02: the acceptance deadline is met, mediation's 45 working days start.
    TransitionRequest accepted;
    accepted.caseId = added->id;
    accepted.to = CaseStatus::Accepted;
    accepted.at = china(2026, 3, 2);
    REQUIRE(CaseTransitionService(db.connection()).transition(accepted, QStringLiteral("李敏"), china(2026, 3, 2, 12)).ok());
    deadlines = deadlinesOfCase(db.connection(), added->id, china(2026, 3, 3));
    REQUIRE(deadlines.ok());
    accept = find(deadlines.value(), DeadlineKind::Accept);
    REQUIRE(accept);
    CHECK(accept->doneAt == china(2026, 3, 2));
    CHECK(accept->overdue); // decided after 2026-02-28
    const Deadline *mediation = find(deadlines.value(), DeadlineKind::Mediation);
    REQUIRE(mediation);
    auto calendar = CalendarRepository(db.connection()).load();
    REQUIRE(calendar.ok());
    CHECK(mediation->dueDate == calendar->addWorkingDays(QDate(2026, 3, 2), 45));
    CHECK(mediation->doneAt.isNull());
}
