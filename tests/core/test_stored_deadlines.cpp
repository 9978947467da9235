#include "catch_qt.h"
#include "test_support.h"

#include "deadlines/case_deadline_service.h"
#include "deadlines/due_list.h"
#include "deadlines/stored_deadlines.h"
#include "demo/demo_generator.h"
#include "domain/grounds.h"
#include "storage/calendar_repository.h"
#include "storage/case_deadline_repository.h"
#include "storage/clock_pause_repository.h"
#include "storage/complaint_repository.h"
#include "storage/deadline_rule_repository.h"
#include "storage/sql_helpers.h"
#include "workflow/case_transition_service.h"
#include "workflow/case_workflow.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTimeZone>

using namespace casedesk;
using namespace casedesk::test;

namespace {

QDateTime china(int y, int m, int d, int h = 10)
{
    return QDateTime(QDate(y, m, d), QTime(h, 0), QTimeZone(8 * 3600));
}

// Everything a caseworker sees of a deadline, as one comparable line.
QString describe(qint64 caseId, const Deadline &d)
{
    return QStringLiteral("%1 %2 due %3 %4 left %5/%6 overdue %7 paused %8/%9 beyond %10")
        .arg(caseId)
        .arg(codeOf(d.kind))
        .arg(d.dueDate.toString(Qt::ISODate), d.dueAt.toString(Qt::ISODateWithMs))
        .arg(d.daysLeft)
        .arg(d.minutesLeft)
        .arg(d.overdue)
        .arg(d.pausedDays)
        .arg(d.clockPaused)
        .arg(d.beyondCalendar);
}

QString describe(const DueItem &item)
{
    return describe(item.caseId, item.deadline) + QStringLiteral(" %1 %2 %3 %4")
                                                      .arg(item.caseNumber, item.assignee, codeOf(item.status))
                                                      .arg(item.agreementPerformance);
}

// A page of the due list is the first lines of the whole list, in its order, with the whole
// list counted; for every caseworker and for the busiest one. `longOverdue`: the fewest
// deadlines of the office overdue for days that `now` should find (the busiest caseworker
// having some of them too), so that the page's SQL count and short read are exercised.
void checkPages(const QSqlDatabase &db, const QDateTime &now, qint64 longOverdue)
{
    for (const QString &who : {QString(), QStringLiteral("%")}) {
        QString assignee = who;
        if (who == QStringLiteral("%")) {
            auto busiest = queryScalar(db, QStringLiteral("SELECT assignee FROM complaints WHERE closed_at IS NULL "
                                                          "GROUP BY assignee ORDER BY count(*) DESC LIMIT 1"));
            REQUIRE(busiest.ok());
            assignee = busiest->toString();
        }
        auto all = dueSoonOrOverdue(db, now, 3, assignee);
        REQUIRE(all.ok());
        auto counted = CaseDeadlineRepository(db).countUnpausedDue(now.date().addDays(-2), assignee);
        REQUIRE(counted.ok());
        CHECK(counted.value() >= (assignee.isEmpty() ? longOverdue : std::min<qint64>(longOverdue, 1)));
        const qint64 overdue = std::count_if(all->cbegin(), all->cend(),
                                             [](const DueItem &item) { return item.deadline.overdue; });
        QStringList whole;
        for (const DueItem &item : all.value())
            whole << describe(item);
        for (int limit : {0, 1, 3, 7, 40, 100000}) {
            auto page = dueSoonOrOverduePage(db, now, 3, limit, assignee);
            REQUIRE(page.ok());
            QStringList shown;
            for (const DueItem &item : page->items)
                shown << describe(item);
            INFO("limit " << limit << " for " << assignee.toStdString() << " as of "
                          << now.toString(Qt::ISODate).toStdString());
            CHECK(shown == whole.mid(0, limit));
            CHECK(page->total == all->size());
            CHECK(page->overdue == overdue);
        }
    }
}

// The stored pending deadlines of every open case as of `now`, against each case's own
// computation (deadlinesOfCase, as the case pane shows them).
void checkEveryOpenCase(const QSqlDatabase &db, const QDateTime &now)
{
    auto calendar = CalendarRepository(db).load();
    REQUIRE(calendar.ok());
    auto rows = CaseDeadlineRepository(db).dueBefore(QDate(9999, 12, 31));
    REQUIRE(rows.ok());
    QSet<QString> stored;
    for (const StoredDueRow &row : rows.value())
        stored.insert(describe(row.caseId, pendingDeadlineAsOf(row.deadline, calendar.value(), now)));

    QSet<QString> computed;
    auto open = runQuery(db, QStringLiteral("SELECT id FROM complaints WHERE closed_at IS NULL"));
    REQUIRE(open.ok());
    while (open->next()) {
        const qint64 id = open->value(0).toLongLong();
        auto deadlines = deadlinesOfCase(db, id, now);
        REQUIRE(deadlines.ok());
        for (const Deadline &d : deadlines.value()) {
            if (d.doneAt.isNull())
                computed.insert(describe(id, d));
        }
    }
    INFO("as of " << now.toString(Qt::ISODate).toStdString());
    CHECK(computed.size() > 20);
    CHECK((QSet<QString>(stored) - computed).values() == QStringList());
    CHECK((QSet<QString>(computed) - stored).values() == QStringList());
    CHECK(stored.size() == rows->size()); // no deadline stored twice

    // The list itself, for two windows and one caseworker, against today's computation.
    for (int within : {0, 3, 10}) {
        auto fromTable = dueSoonOrOverdue(db, now, within);
        auto fromCases = dueSoonOrOverdueComputed(db, now, within);
        REQUIRE(fromTable.ok());
        REQUIRE(fromCases.ok());
        QStringList a, b;
        for (const DueItem &item : fromTable.value())
            a << describe(item);
        for (const DueItem &item : fromCases.value())
            b << describe(item);
        CHECK(a.size() == b.size());
        a.sort();
        b.sort();
        CHECK(a == b);
    }
    // Pages of it, as of now and a quarter later, when most deadlines are long overdue.
    checkPages(db, now, 0);
    checkPages(db, now.addDays(90), 30);

    auto someone = queryScalar(db, QStringLiteral("SELECT assignee FROM complaints WHERE closed_at IS NULL LIMIT 1"));
    REQUIRE(someone.ok());
    auto mine = dueSoonOrOverdue(db, now, 5, someone->toString());
    auto mineComputed = dueSoonOrOverdueComputed(db, now, 5, someone->toString());
    REQUIRE(mine.ok());
    REQUIRE(mineComputed.ok());
    CHECK(mine->size() == mineComputed->size());
}

} // namespace

TEST_CASE("the stored due list equals the per-case computation after random steps and a calendar change",
          "[deadlines][duelist][stored]")
{
    TestDatabase db;
    const QSqlDatabase c = db.connection();
    REQUIRE(generateDemoData(c, DemoOptions{800, 15, QDate(2026, 6, 1), HashCost::CheapForTests}).ok());
    auto supervisor = queryScalar(c, QStringLiteral("SELECT name FROM users WHERE role = 'supervisor' LIMIT 1"));
    REQUIRE(supervisor.ok());
    const QString actor = supervisor->toString();
    REQUIRE_FALSE(actor.isEmpty());

    // What the bulk writer stored.
    checkEveryOpenCase(c, china(2026, 6, 2, 9));

    QRandomGenerator random(15);
    QDateTime now = china(2026, 6, 2, 9);
    auto ids = runQuery(c, QStringLiteral("SELECT id FROM complaints ORDER BY id"));
    REQUIRE(ids.ok());
    QList<qint64> cases;
    while (ids->next())
        cases << ids->value(0).toLongLong();

    // Random workflow steps (reopenings included), clock pauses started and ended.
    CaseTransitionService workflow(c);
    ClockPauseRepository pauses(c);
    int moved = 0;
    int paused = 0;
    // The newest 150 cases, so that each takes several steps.
    cases = cases.mid(cases.size() - 150);
    for (int step = 0; step < 500; ++step) {
        now = now.addSecs(20 * 60);
        const qint64 id = cases.at(random.bounded(int(cases.size())));
        auto current = ComplaintRepository(c).get(id);
        REQUIRE(current.ok());
        if (current->status == CaseStatus::InMediation && random.bounded(3) != 0) {
            auto open = pauses.pausesOf(id);
            REQUIRE(open.ok());
            const bool running = !open->isEmpty() && open->last().isOpen();
            if (running)
                REQUIRE(pauses.end(id, now, actor).ok());
            else
                REQUIRE(pauses.start(id, now, QStringLiteral("检测"), actor).ok());
            ++paused;
            continue;
        }
        const auto next = allowedTransitions(current->status, Role::Supervisor);
        if (next.isEmpty())
            continue;
        TransitionRequest request;
        request.caseId = id;
        request.to = next.at(random.bounded(int(next.size())));
        const QStringList grounds = groundCodes(groundKindFor(request.to));
        if (!grounds.isEmpty())
            request.ground = grounds.first();
        request.note = QStringLiteral("测试");
        request.at = now;
        auto done = workflow.transition(request, actor, now);
        INFO((done ? std::string() : done.error().message.toStdString()));
        REQUIRE(done.ok());
        ++moved;
    }
    CHECK(moved > 100);
    CHECK(paused > 5);
    CHECK(rowCount(c, QStringLiteral("case_deadlines WHERE pause_from IS NOT NULL")) > 0);

    // A correction: a case now counts by the hotline's rules.
    auto open =
        queryScalar(c, QStringLiteral("SELECT id FROM complaints WHERE closed_at IS NULL AND channel <> '12345' "
                                      "ORDER BY id DESC LIMIT 1"));
    REQUIRE(open.ok());
    auto corrected = ComplaintRepository(c).get(open->toLongLong());
    REQUIRE(corrected.ok());
    corrected->channel = Channel::Hotline12345;
    auto saved = ComplaintRepository(c).update(corrected.value(), actor, now);
    INFO((saved ? std::string() : saved.error().message.toStdString()));
    REQUIRE(saved.ok());

    // A calendar change: a working day of the last weeks becomes a day off, and a Saturday
    // a make-up working day.
    REQUIRE(CalendarRepository(c).setDay(QDate(2026, 5, 20), false, QStringLiteral("区里停电")).ok());
    REQUIRE(CalendarRepository(c).setDay(QDate(2026, 6, 6), true, QStringLiteral("调休")).ok());
    checkEveryOpenCase(c, now);

    // A new rule set for the cases received from mid-May.
    DeadlineRuleSet set;
    set.name = QStringLiteral("测试规则");
    set.effectiveFrom = QDate(2026, 5, 15);
    set.rules = {{DeadlineKind::Accept, {}, 5, DeadlineUnit::WorkingDays},
                 {DeadlineKind::Mediation, {}, 40, DeadlineUnit::CalendarDays},
                 {DeadlineKind::HotlineDispatch, QStringLiteral("12345"), 2, DeadlineUnit::Hours},
                 {DeadlineKind::TerminationNotice, {}, 7, DeadlineUnit::WorkingDays}};
    auto added = DeadlineRuleRepository(c).add(set);
    INFO((added ? std::string() : added.error().message.toStdString()));
    REQUIRE(added.ok());
    REQUIRE(CalendarRepository(c).clearDay(QDate(2026, 5, 20)).ok());

    // The stored list holds as the days go by: open pauses move their due dates every day.
    for (int days : {0, 1, 4, 9, 30})
        checkEveryOpenCase(c, now.addDays(days));
}

TEST_CASE("schema step 16 fills the stored deadlines of the cases already there", "[deadlines][stored][migrations]")
{
    TestDatabase db;
    const QSqlDatabase c = db.connection();
    REQUIRE(generateDemoData(c, DemoOptions{300, 15, QDate(2026, 6, 1), HashCost::CheapForTests}).ok());
    const qint64 before = rowCount(c, QStringLiteral("case_deadlines"));
    CHECK(before > 0);
    execOrFail(c, QStringLiteral("DELETE FROM case_deadlines"));
    REQUIRE(fillStoredDeadlines(c).ok());
    CHECK(rowCount(c, QStringLiteral("case_deadlines")) == before);
    checkEveryOpenCase(c, china(2026, 6, 3, 15));
}
