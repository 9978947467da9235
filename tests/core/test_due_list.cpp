#include "catch_qt.h"
#include "test_support.h"

#include "deadlines/case_deadline_service.h"
#include "deadlines/due_list.h"
#include "deadlines/stored_deadlines.h"
#include "demo/demo_generator.h"
#include "storage/complaint_repository.h"
#include "storage/sql_helpers.h"
#include "storage/user_repository.h"
#include "workflow/case_transition_service.h"
#include "workflow/first_contact_service.h"

#include <QSet>
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

    // Both complainants were called back within the hour (the first-contact limit is met).
    for (qint64 id : {late, fresh}) {
        const QDateTime received = ComplaintRepository(db.connection()).get(id)->receivedAt;
        REQUIRE(FirstContactService(db.connection())
                    .record(id, received.addSecs(3600), ContactMethod::Phone, {}, QStringLiteral("李敏"),
                            received.addSecs(7200))
                    .ok());
    }

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

TEST_CASE("the due list shows signed agreements whose performance is due and not yet checked", "[deadlines][duelist]")
{
    TestDatabase db;
    const QSqlDatabase c = db.connection();
    REQUIRE(UserRepository(c).add(QStringLiteral("李敏"), Role::Caseworker).ok());
    const qint64 mine = addCase(db, china(2026, 2, 2), QStringLiteral("李敏"));
    const qint64 theirs = addCase(db, china(2026, 2, 3), QStringLiteral("王强"));
    const qint64 draft = addCase(db, china(2026, 2, 4), QStringLiteral("李敏"));
    // Accepted the next day, so that the cases' own deadlines are met and only the agreements remain.
    execOrFail(c, QStringLiteral("UPDATE complaints SET status = 'agreement_reached', accepted_at = "
                                 "'2026-02-05T09:00:00+08:00'"));
    execOrFail(
        c, QStringLiteral("INSERT INTO case_events(complaint_id, at, recorded_at, actor, from_status, to_status) "
                          "SELECT id, '2026-02-05T09:00:00+08:00', '2026-02-05T09:00:00+08:00', '李敏', 'registered', "
                          "'accepted' FROM complaints"));
    execOrFail(c,
               QStringLiteral("INSERT INTO case_events(complaint_id, at, recorded_at, actor, from_status, to_status) "
                              "SELECT id, '2026-02-20T09:00:00+08:00', '2026-02-20T09:00:00+08:00', '李敏', "
                              "'in_mediation', 'agreement_reached' FROM complaints"));
    // The rows above bypass the services that keep the stored deadlines: work them out again.
    REQUIRE(refreshStoredDeadlines(c, {}).ok());
    const QString agreement =
        QStringLiteral("INSERT INTO mediation_agreements(complaint_id, perform_by, signed_on, updated_at, updated_by) "
                       "VALUES (?, ?, ?, '2026-02-20T09:00:00+08:00', '李敏')");
    REQUIRE(runQuery(c, agreement, {mine, QStringLiteral("2026-03-06"), QStringLiteral("2026-02-20")}).ok());
    REQUIRE(runQuery(c, agreement, {theirs, QStringLiteral("2026-03-02"), QStringLiteral("2026-02-20")}).ok());
    REQUIRE(runQuery(c, agreement, {draft, QStringLiteral("2026-03-03"), QVariant()}).ok()); // not signed

    const QDateTime now = china(2026, 3, 4);
    auto due = dueSoonOrOverdue(c, now, 3);
    REQUIRE(due.ok());
    REQUIRE(due->size() == 2);
    CHECK(due->at(0).caseId == theirs); // two days late: first
    CHECK(due->at(0).agreementPerformance);
    CHECK(due->at(0).deadline.overdue);
    CHECK(due->at(0).deadline.daysLeft == -2);
    CHECK(due->at(1).caseId == mine);
    CHECK(due->at(1).deadline.dueDate == QDate(2026, 3, 6));
    CHECK(due->at(1).deadline.daysLeft == 2);
    CHECK_FALSE(due->at(1).deadline.overdue);
    CHECK(dueItemLabel(due->at(1)) == QStringLiteral("Check the agreement was carried out"));

    // Outside the window; one caseworker's; once its performance is recorded it is done.
    CHECK(dueSoonOrOverdue(c, now, 1)->size() == 1);
    auto onlyMine = dueSoonOrOverdue(c, now, 3, QStringLiteral("李敏"));
    REQUIRE(onlyMine.ok());
    REQUIRE(onlyMine->size() == 1);
    CHECK(onlyMine->first().caseId == mine);
    execOrFail(c, QStringLiteral("UPDATE mediation_agreements SET performance = 'performed', "
                                 "performance_checked_on = '2026-03-03' WHERE complaint_id = %1")
                      .arg(theirs));
    auto after = dueSoonOrOverdue(c, now, 3);
    REQUIRE(after.ok());
    REQUIRE(after->size() == 1);
    CHECK(after->first().caseId == mine);
}

TEST_CASE("the due list equals each open case's own deadlines over a demo file", "[deadlines][duelist]")
{
    TestDatabase db;
    REQUIRE(generateDemoData(db.connection(), DemoOptions{600, 15, QDate(2026, 6, 1), HashCost::CheapForTests}).ok());
    const QSqlDatabase c = db.connection();
    const QDateTime now = china(2026, 6, 1, 9);
    const int within = 5;
    auto due = dueSoonOrOverdue(c, now, within);
    REQUIRE(due.ok());

    // The same list worked out case by case, as the case pane does (deadlinesOfCase).
    QSet<QString> expected;
    auto open = runQuery(c, QStringLiteral("SELECT id FROM complaints WHERE closed_at IS NULL"));
    REQUIRE(open.ok());
    while (open->next()) {
        auto deadlines = deadlinesOfCase(c, open->value(0).toLongLong(), now);
        REQUIRE(deadlines.ok());
        for (const Deadline &d : deadlines.value()) {
            const bool urgent = d.doneAt.isNull() &&
                                (d.overdue || (d.rule.unit == DeadlineUnit::Hours ? d.minutesLeft <= 24 * 60
                                                                                   : d.daysLeft <= within));
            if (urgent)
                expected.insert(QStringLiteral("%1 %2 %3 %4")
                                    .arg(open->value(0).toLongLong())
                                    .arg(int(d.kind))
                                    .arg(d.dueAt.toString(Qt::ISODate))
                                    .arg(d.daysLeft));
        }
    }
    QSet<QString> listed;
    for (const DueItem &item : due.value()) {
        // Agreements to perform and talks' promises (the demo's talks) are not case deadlines.
        if (!item.agreementPerformance && !item.promiseId)
            listed.insert(QStringLiteral("%1 %2 %3 %4")
                              .arg(item.caseId)
                              .arg(int(item.deadline.kind))
                              .arg(item.deadline.dueAt.toString(Qt::ISODate))
                              .arg(item.deadline.daysLeft));
    }
    CHECK(expected.size() > 10);
    CHECK(listed == expected);
}
