#include "catch_qt.h"
#include "test_support.h"

#include "demo/demo_generator.h"
#include "storage/sql_helpers.h"
#include "storage/stored_values.h"
#include "storage/user_repository.h"
#include "workflow/case_workflow.h"

#include <QHash>
#include <QSqlQuery>
#include <QTimeZone>

using namespace casedesk;
using namespace casedesk::test;

namespace {

struct DemoCase {
    QString caseNumber;
    QDateTime receivedAt;
    QString status;
    QString assignee;
    QString acceptedAt;
    QString closedAt;
};

struct DemoEvent {
    QDateTime at;
    QString actor;
    QString from;
    QString to;
    QString ground;
    QString note;
};

QHash<qint64, DemoCase> demoCases(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    REQUIRE(q.exec(QStringLiteral("SELECT id, case_number, received_at, status, assignee, accepted_at, closed_at "
                                  "FROM complaints")));
    QHash<qint64, DemoCase> cases;
    while (q.next()) {
        cases.insert(q.value(0).toLongLong(),
                     {q.value(1).toString(), dateTimeFromStored(q.value(2)), q.value(3).toString(),
                      q.value(4).toString(), q.value(5).toString(), q.value(6).toString()});
    }
    return cases;
}

QHash<qint64, QList<DemoEvent>> demoEvents(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    REQUIRE(q.exec(QStringLiteral("SELECT complaint_id, at, actor, from_status, to_status, ground, note "
                                  "FROM case_events ORDER BY complaint_id, id")));
    QHash<qint64, QList<DemoEvent>> events;
    while (q.next()) {
        events[q.value(0).toLongLong()].append({dateTimeFromStored(q.value(1)), q.value(2).toString(),
                                                q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                                                q.value(6).toString()});
    }
    return events;
}

} // namespace

TEST_CASE("every demo case has a timeline the workflow rules allow, ending in its status", "[demo][workflow]")
{
    TestDatabase db;
    const QDate until(2026, 6, 1);
    REQUIRE(generateDemoData(db.connection(), DemoOptions{3000, 7, until}).ok());
    const QDateTime end(until, QTime(0, 0), QTimeZone(8 * 3600));

    QHash<QString, Role> roles;
    const auto users = UserRepository(db.connection()).list();
    REQUIRE(users.ok());
    for (const User &user : users.value())
        roles.insert(user.name, user.role);
    CHECK(roles.size() >= 5);
    CHECK(roles.values().count(Role::Supervisor) == 1);

    const auto cases = demoCases(db.connection());
    const auto events = demoEvents(db.connection());
    REQUIRE(cases.size() == 3000);
    int acceptedWithinAWeek = 0;
    int accepted = 0;
    QHash<QString, int> statuses;
    for (auto it = cases.cbegin(); it != cases.cend(); ++it) {
        const DemoCase &c = it.value();
        const QList<DemoEvent> timeline = events.value(it.key());
        CAPTURE(c.caseNumber, c.status);
        statuses[c.status] += 1;
        if (!c.assignee.isEmpty())
            CHECK(roles.contains(c.assignee)); // assignees are real users

        if (timeline.isEmpty()) {
            CHECK(c.status == QStringLiteral("registered"));
            CHECK(c.acceptedAt.isEmpty());
            CHECK(c.closedAt.isEmpty());
            continue;
        }
        CHECK(timeline.last().to == c.status);
        QString current = QStringLiteral("registered");
        QDateTime previous = c.receivedAt;
        QDateTime firstAcceptance;
        for (const DemoEvent &e : timeline) {
            CAPTURE(e.from, e.to, e.ground);
            CHECK(e.from == current);
            CHECK(e.at >= previous);
            CHECK(e.at <= end);
            REQUIRE(roles.contains(e.actor));
            CHECK(checkTransition(statusFromCode(e.from).value(), statusFromCode(e.to).value(), roles.value(e.actor),
                                  e.ground, e.note)
                      .ok());
            if (e.to == QStringLiteral("accepted") && !firstAcceptance.isValid())
                firstAcceptance = e.at;
            current = e.to;
            previous = e.at;
        }
        const bool finished = c.status == QStringLiteral("closed") || c.status == QStringLiteral("refused") ||
                           c.status == QStringLiteral("returned");
        CHECK(c.closedAt.isEmpty() == !finished);
        if (finished)
            CHECK(dateTimeFromStored(c.closedAt) == timeline.last().at);
        // Accepted for every case past registration except the refused and returned.
        const bool wasAccepted = c.status != QStringLiteral("refused") && c.status != QStringLiteral("returned");
        CHECK(c.acceptedAt.isEmpty() == !wasAccepted);
        if (wasAccepted) {
            CHECK(dateTimeFromStored(c.acceptedAt) == firstAcceptance);
            ++accepted;
            if (c.receivedAt.secsTo(firstAcceptance) <= 7 * 86400)
                ++acceptedWithinAWeek;
        }
    }
    // Most cases are accepted within the 7-day limit; all statuses occur.
    CHECK(double(acceptedWithinAWeek) / accepted > 0.8);
    CHECK(statuses.size() == 9);
}

TEST_CASE("demo timelines are the same for the same seed", "[demo][workflow]")
{
    const DemoOptions options{300, 11, QDate(2026, 6, 1)};
    TestDatabase a, b;
    REQUIRE(generateDemoData(a.connection(), options).ok());
    REQUIRE(generateDemoData(b.connection(), options).ok());
    const auto dump = [](const QSqlDatabase &db) {
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("SELECT complaint_id || at || actor || from_status || to_status || ground || note "
                                      "FROM case_events ORDER BY id")));
        QStringList rows;
        while (q.next())
            rows << q.value(0).toString();
        return rows;
    };
    const QStringList first = dump(a.connection());
    CHECK(first.size() > 300);
    CHECK(first == dump(b.connection()));
}
