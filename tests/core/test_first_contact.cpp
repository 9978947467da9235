#include "catch_qt.h"
#include "test_support.h"

#include "deadlines/case_deadline_service.h"
#include "deadlines/due_list.h"
#include "stats/statistics_service.h"
#include "storage/audit_repository.h"
#include "storage/complaint_repository.h"
#include "storage/user_repository.h"
#include "workflow/case_transition_service.h"
#include "workflow/first_contact_service.h"

#include <QTimeZone>

using namespace casedesk;
using namespace casedesk::test;

namespace {

const QString kWorker = QStringLiteral("李敏");

QDateTime china(int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(2026, m, d), QTime(h, min), QTimeZone(8 * 3600));
}

qint64 addCase(const QSqlDatabase &db, const QDateTime &received, const QString &name)
{
    Complaint c = sampleComplaint(db);
    static int n = 0;
    c.consumer.name = name;
    c.consumer.phone = QStringLiteral("1391234%1").arg(++n, 4, 10, QLatin1Char('0'));
    c.consumer.idNumber.clear();
    c.receivedAt = received;
    c.assignee = kWorker;
    auto added = ComplaintRepository(db).add(c, kWorker, received);
    REQUIRE(added.ok());
    return added->id;
}

std::optional<DueItem> firstContactDue(const QSqlDatabase &db, qint64 caseId, const QDateTime &now)
{
    auto due = dueSoonOrOverdue(db, now, 3);
    REQUIRE(due.ok());
    for (const DueItem &item : due.value()) {
        if (item.caseId == caseId && !item.promiseId && !item.agreementPerformance &&
            item.deadline.kind == DeadlineKind::FirstContact)
            return item;
    }
    return std::nullopt;
}

} // namespace

TEST_CASE("the first contact is due 24 hours after receipt, is recorded once and then leaves the due list",
          "[deadlines][firstcontact]")
{
    TestDatabase db;
    const QSqlDatabase c = db.connection();
    REQUIRE(UserRepository(c).add(kWorker, Role::Caseworker).ok());
    REQUIRE(UserRepository(c).add(QStringLiteral("审计员"), Role::Auditor).ok());
    const qint64 id = addCase(c, china(3, 4, 9), QStringLiteral("张伟"));

    auto evening = firstContactDue(c, id, china(3, 4, 20));
    REQUIRE(evening);
    CHECK_FALSE(evening->deadline.overdue);
    CHECK(evening->deadline.dueAt == china(3, 5, 9));
    CHECK(evening->deadline.rule.unit == DeadlineUnit::Hours);
    auto morning = firstContactDue(c, id, china(3, 5, 10));
    REQUIRE(morning);
    CHECK(morning->deadline.overdue);

    FirstContactService contacts(c);
    const QDateTime now = china(3, 5, 12);
    CHECK(contacts.record(id, china(3, 5, 13), ContactMethod::Phone, {}, kWorker, now).error().code ==
          ErrorCode::InvalidInput); // in the future
    CHECK(contacts.record(id, china(3, 4, 8), ContactMethod::Phone, {}, kWorker, now).error().code ==
          ErrorCode::InvalidInput); // before the complaint came in
    CHECK(contacts.record(id, china(3, 5, 10, 30), ContactMethod::Phone, {}, QStringLiteral("审计员"), now)
              .error()
              .code == ErrorCode::Forbidden);
    auto recorded = contacts.record(id, china(3, 5, 10, 30), ContactMethod::Sms, QStringLiteral("已短信告知受理进度"),
                                    kWorker, now);
    INFO((recorded.ok() ? QString() : recorded.error().message).toStdString());
    REQUIRE(recorded.ok());
    CHECK(recorded->firstContactAt == china(3, 5, 10, 30));
    CHECK(recorded->firstContactMethod == QStringLiteral("sms"));
    CHECK_FALSE(firstContactDue(c, id, china(3, 5, 12)));
    auto deadlines = deadlinesOfCase(c, id, china(3, 5, 12));
    REQUIRE(deadlines.ok());
    auto first = std::find_if(deadlines->cbegin(), deadlines->cend(),
                              [](const Deadline &d) { return d.kind == DeadlineKind::FirstContact; });
    REQUIRE(first != deadlines->cend());
    CHECK(first->doneAt == china(3, 5, 10, 30));
    CHECK(first->overdue); // an hour and a half late
    auto again = contacts.record(id, china(3, 5, 11), ContactMethod::Phone, {}, kWorker, now);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == ErrorCode::Conflict);
    // The write itself leaves a first contact recorded a moment earlier as it is (the race the
    // service's Conflict reports).
    auto before = ComplaintRepository(c).get(id);
    REQUIRE(before.ok());
    auto overwritten = ComplaintRepository(c).setFirstContact(id, china(3, 5, 11), QStringLiteral("phone"), now);
    REQUIRE(overwritten.ok());
    CHECK_FALSE(overwritten.value());
    auto after = ComplaintRepository(c).get(id);
    REQUIRE(after.ok());
    CHECK(after->firstContactAt == china(3, 5, 10, 30));
    CHECK(after->firstContactMethod == QStringLiteral("sms"));
    CHECK(after->version == before->version);
    auto history = AuditRepository(c).history(id);
    REQUIRE(history.ok());
    CHECK(std::any_of(history->cbegin(), history->cend(),
                      [](const AuditEntry &e) { return e.action == QStringLiteral("first_contact"); }));

    // A case accepted an hour after it came in: the decision told the complainant in time.
    const qint64 decided = addCase(c, china(3, 6, 9), QStringLiteral("王芳"));
    TransitionRequest accept{decided, CaseStatus::Accepted, {}, {}, china(3, 6, 10), std::nullopt};
    REQUIRE(CaseTransitionService(c).transition(accept, kWorker, china(3, 6, 11)).ok());
    CHECK_FALSE(firstContactDue(c, decided, china(3, 7, 12)));
    // A finished case's first contact is no longer recorded (the window offers it no more either).
    TransitionRequest refuse{decided, CaseStatus::Refused, QStringLiteral("outside_duties"), {}, china(3, 6, 12),
                             std::nullopt};
    const qint64 finished = addCase(c, china(3, 6, 11), QStringLiteral("孙丽"));
    refuse.caseId = finished;
    REQUIRE(CaseTransitionService(c).transition(refuse, kWorker, china(3, 6, 13)).ok());
    CHECK(contacts.record(finished, china(3, 6, 12, 30), ContactMethod::Phone, {}, kWorker, china(3, 7, 9)).error().code ==
          ErrorCode::InvalidInput);
    // One still waiting is not judged yet.
    addCase(c, china(3, 20, 9), QStringLiteral("赵磊"));

    // The 24-hour response rate: two of the three answered came in time, from the summaries and
    // counted live (a caseworker's filter) alike.
    auto stats = StatisticsService::forUser(c, kWorker);
    REQUIRE(stats.ok());
    for (const StatsFilter &filter : {StatsFilter{}, StatsFilter{{}, {}, {}, {}, kWorker, {}}}) {
        auto summary = stats->summary(StatsPeriod::month(2026, 3), filter);
        REQUIRE(summary.ok());
        CHECK(summary->current.contactChecked == 3); // the refusal an hour after receipt answered in time
        CHECK(summary->current.contactInTime == 2);
    }
}
