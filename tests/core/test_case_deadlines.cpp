#include "catch_qt.h"

#include "calendar/holiday_schedule.h"
#include "deadlines/case_deadlines.h"

#include <QTimeZone>

using namespace casedesk;

namespace {

QDate d(int y, int m, int day) { return QDate(y, m, day); }
QDateTime at(int y, int m, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(y, m, day), QTime(hour, minute), QTimeZone(8 * 3600));
}

// The same numbers as the seeded built-in set, written here so the tests need no database.
DeadlineRuleSet samr2019()
{
    DeadlineRuleSet set;
    set.name = QStringLiteral("SAMR 2019/2022");
    set.effectiveFrom = d(2020, 1, 1);
    set.rules = {{DeadlineKind::Accept, QString(), 7, DeadlineUnit::WorkingDays},
                 {DeadlineKind::Mediation, QString(), 45, DeadlineUnit::WorkingDays},
                 {DeadlineKind::TerminationNotice, QString(), 7, DeadlineUnit::WorkingDays},
                 {DeadlineKind::Enterprise, QString(), 10, DeadlineUnit::WorkingDays},
                 {DeadlineKind::HotlineSign, QStringLiteral("12345"), 1, DeadlineUnit::WorkingDays},
                 {DeadlineKind::HotlineReply, QStringLiteral("12345"), 5, DeadlineUnit::WorkingDays},
                 {DeadlineKind::HotlineDispatch, QStringLiteral("12345"), 2, DeadlineUnit::Hours}};
    return set;
}

const WorkingCalendar &calendar()
{
    static const WorkingCalendar shipped = shippedWorkingCalendar().value();
    return shipped;
}

const Deadline *find(const QList<Deadline> &deadlines, DeadlineKind kind)
{
    for (const Deadline &deadline : deadlines) {
        if (deadline.kind == kind)
            return &deadline;
    }
    return nullptr;
}

Deadline only(const CaseTimeline &timeline, DeadlineKind kind, const QDateTime &now,
              const DeadlineRuleSet &rules = samr2019())
{
    const QList<Deadline> deadlines = caseDeadlines(timeline, rules, calendar(), now);
    const Deadline *found = find(deadlines, kind);
    REQUIRE(found != nullptr);
    return *found;
}

// A case received Thursday before Spring Festival 2026, accepted the Monday after the holidays.
CaseTimeline acceptedCase()
{
    CaseTimeline timeline;
    timeline.receivedAt = at(2026, 2, 12, 10, 15);
    timeline.channel = Channel::Platform12315;
    timeline.acceptedAt = at(2026, 3, 2, 9, 30);
    return timeline;
}

} // namespace

TEST_CASE("accept within 7 working days of receipt, over Spring Festival", "[deadlines]")
{
    CaseTimeline timeline;
    timeline.receivedAt = at(2026, 2, 12, 10, 15);
    timeline.channel = Channel::Phone;

    Deadline accept = only(timeline, DeadlineKind::Accept, at(2026, 2, 24, 9));
    CHECK(accept.dueDate == d(2026, 2, 28));
    CHECK(accept.dueAt == at(2026, 2, 28, 23, 59).addSecs(59).addMSecs(999));
    CHECK(accept.daysLeft == 4); // Feb 25, 26, 27, 28
    CHECK_FALSE(accept.overdue);
    CHECK_FALSE(accept.beyondCalendar);

    accept = only(timeline, DeadlineKind::Accept, at(2026, 2, 28, 17));
    CHECK(accept.daysLeft == 0); // the last day
    CHECK_FALSE(accept.overdue);

    accept = only(timeline, DeadlineKind::Accept, at(2026, 3, 2, 9));
    CHECK(accept.overdue);
    CHECK(accept.daysLeft == -1); // Sunday does not count, Monday does

    // Done in time: the margin is kept, however late "now" is.
    timeline.acceptedAt = at(2026, 2, 27, 16);
    accept = only(timeline, DeadlineKind::Accept, at(2026, 6, 1, 9));
    CHECK(accept.doneAt == at(2026, 2, 27, 16));
    CHECK_FALSE(accept.overdue);
    CHECK(accept.daysLeft == 1);

    // A refusal meets the deadline too; late here.
    timeline.acceptedAt = QDateTime();
    timeline.doneAt.insert(DeadlineKind::Accept, at(2026, 3, 3, 11));
    accept = only(timeline, DeadlineKind::Accept, at(2026, 6, 1, 9));
    CHECK(accept.overdue);
    CHECK(accept.daysLeft == -2);

    // Nothing else has started for a phone case that is not accepted.
    CHECK(caseDeadlines(timeline, samr2019(), calendar(), at(2026, 2, 24, 9)).size() == 1);
}

TEST_CASE("mediation ends within 45 working days of acceptance", "[deadlines]")
{
    const Deadline mediation = only(acceptedCase(), DeadlineKind::Mediation, at(2026, 3, 20, 15));
    CHECK(mediation.startedAt == at(2026, 3, 2, 9, 30));
    CHECK(mediation.dueDate == d(2026, 5, 8)); // over 清明 and 劳动节
    CHECK(mediation.daysLeft == calendar().workingDaysBetween(d(2026, 3, 20), d(2026, 5, 8)));
    CHECK(mediation.pausedDays == 0);

    // Terminated: the mediation deadline is met and the 7-day notice starts.
    CaseTimeline terminated = acceptedCase();
    terminated.terminatedAt = at(2026, 4, 30, 10);
    const QList<Deadline> all = caseDeadlines(terminated, samr2019(), calendar(), at(2026, 5, 6, 9));
    CHECK_FALSE(find(all, DeadlineKind::Mediation)->overdue);
    CHECK(find(all, DeadlineKind::Mediation)->doneAt == at(2026, 4, 30, 10));
    const Deadline *notice = find(all, DeadlineKind::TerminationNotice);
    REQUIRE(notice != nullptr);
    CHECK(notice->dueDate == d(2026, 5, 13)); // May 6, 7, 8, 9 (make-up Saturday), 11, 12, 13
    CHECK(notice->dueDate == calendar().addWorkingDays(d(2026, 4, 30), 7));
}

TEST_CASE("appraisal and testing stop the clock", "[deadlines][pause]")
{
    CaseTimeline timeline = acceptedCase();
    const QDate unpaused = d(2026, 5, 8);

    SECTION("a closed pause of 10 working days moves the end by 10 working days")
    {
        // Out Tuesday 2026-03-10, back Tuesday 2026-03-24: Mar 11-13, 16-20, 23, 24.
        timeline.pauses = {
            {1, 1, at(2026, 3, 10, 14), at(2026, 3, 24, 11), QStringLiteral("检测"), QStringLiteral("李敏")}};
        const Deadline mediation = only(timeline, DeadlineKind::Mediation, at(2026, 4, 1, 9));
        CHECK(mediation.pausedDays == 10);
        CHECK(mediation.dueDate == calendar().addWorkingDays(unpaused, 10));
        CHECK(mediation.dueDate == d(2026, 5, 21)); // May 9 (make-up Saturday), 11-15, 18-21
        CHECK_FALSE(mediation.clockPaused);
        // The accept deadline had been met before the pause: untouched.
        CHECK(only(timeline, DeadlineKind::Accept, at(2026, 4, 1, 9)).pausedDays == 0);
    }
    SECTION("an open pause holds the days left while it runs")
    {
        timeline.pauses = {{1, 1, at(2026, 3, 10, 14), QDateTime(), QStringLiteral("鉴定"), QStringLiteral("李敏")}};
        const Deadline atStart = only(timeline, DeadlineKind::Mediation, at(2026, 3, 10, 16));
        CHECK(atStart.dueDate == unpaused);
        CHECK(atStart.clockPaused);
        const Deadline aWeekLater = only(timeline, DeadlineKind::Mediation, at(2026, 3, 17, 16));
        CHECK(aWeekLater.pausedDays == 5);
        CHECK(aWeekLater.dueDate == d(2026, 5, 14));
        CHECK(aWeekLater.daysLeft == atStart.daysLeft);
        const Deadline overTheWeekend = only(timeline, DeadlineKind::Mediation, at(2026, 3, 22, 10)); // Sunday
        CHECK(overTheWeekend.pausedDays == 8);
        CHECK(overTheWeekend.daysLeft == atStart.daysLeft);
        CHECK_FALSE(overTheWeekend.overdue);
    }
    SECTION("only the part of a pause inside the deadline's window counts")
    {
        // Started before acceptance: counts from the acceptance day (Mar 3-6 = 4 working days).
        timeline.pauses = {{1, 1, at(2026, 2, 26, 9), at(2026, 3, 6, 9), QString(), QString()}};
        CHECK(only(timeline, DeadlineKind::Mediation, at(2026, 4, 1, 9)).pausedDays == 4);
        // Started after the due date: the deadline had passed, nothing is rescued.
        timeline.pauses = {{1, 1, at(2026, 5, 11, 9), at(2026, 5, 20, 9), QString(), QString()}};
        const Deadline late = only(timeline, DeadlineKind::Mediation, at(2026, 5, 25, 9));
        CHECK(late.pausedDays == 0);
        CHECK(late.dueDate == unpaused);
        CHECK(late.overdue);
        // Two overlapping pauses count their days once: Mar 11-13 and 16-17, then Mar 18-20.
        timeline.pauses = {{1, 1, at(2026, 3, 10, 9), at(2026, 3, 17, 9), QString(), QString()},
                           {2, 1, at(2026, 3, 16, 9), at(2026, 3, 20, 9), QString(), QString()}};
        CHECK(only(timeline, DeadlineKind::Mediation, at(2026, 4, 1, 9)).pausedDays == 8);
        // Same-day pause: no working day lost.
        timeline.pauses = {{1, 1, at(2026, 3, 10, 9), at(2026, 3, 10, 17), QString(), QString()}};
        CHECK(only(timeline, DeadlineKind::Mediation, at(2026, 4, 1, 9)).pausedDays == 0);
    }
}

TEST_CASE("12345 transfers: sign and reply in working days, dispatch in clock hours", "[deadlines][hotline]")
{
    CaseTimeline timeline;
    timeline.receivedAt = at(2026, 2, 13, 17, 30); // Friday before Spring Festival
    timeline.channel = Channel::Hotline12345;

    const QList<Deadline> all = caseDeadlines(timeline, samr2019(), calendar(), at(2026, 2, 13, 18));
    REQUIRE(all.size() == 4);                                               // accept, sign, reply, dispatch
    CHECK(find(all, DeadlineKind::HotlineSign)->dueDate == d(2026, 2, 14)); // the make-up Saturday
    CHECK(find(all, DeadlineKind::HotlineReply)->dueDate == d(2026, 2, 27));

    const Deadline *dispatch = find(all, DeadlineKind::HotlineDispatch);
    REQUIRE(dispatch != nullptr);
    CHECK(dispatch->dueAt == at(2026, 2, 13, 19, 30));
    CHECK(dispatch->minutesLeft == 90);
    CHECK_FALSE(dispatch->overdue);

    Deadline late = only(timeline, DeadlineKind::HotlineDispatch, at(2026, 2, 13, 20));
    CHECK(late.overdue);
    CHECK(late.minutesLeft == -30);
    CHECK(only(timeline, DeadlineKind::HotlineDispatch, at(2026, 2, 13, 19, 30).addSecs(1)).minutesLeft == -1);

    // Hours run through the night and the holidays, and pauses do not stop them.
    timeline.receivedAt = at(2026, 2, 15, 23, 10);
    timeline.pauses = {{1, 1, at(2026, 2, 15, 23, 20), QDateTime(), QString(), QString()}};
    late = only(timeline, DeadlineKind::HotlineDispatch, at(2026, 2, 16, 2));
    CHECK(late.dueAt == at(2026, 2, 16, 1, 10));
    CHECK(late.overdue);

    // Dispatched in time.
    timeline.doneAt.insert(DeadlineKind::HotlineDispatch, at(2026, 2, 16, 0, 40));
    const Deadline done = only(timeline, DeadlineKind::HotlineDispatch, at(2026, 2, 20, 9));
    CHECK_FALSE(done.overdue);
    CHECK(done.minutesLeft == 30);
}

TEST_CASE("a 12345 order's own dispatch and due times from the hotline's file", "[deadlines][hotline]")
{
    CaseTimeline timeline;
    timeline.receivedAt = at(2026, 3, 2, 9);          // the call, Monday
    timeline.channel = Channel::Hotline12345;
    timeline.orderDispatchedAt = at(2026, 3, 3, 14);  // dispatched to the council Tuesday
    timeline.orderDueAt = at(2026, 3, 6, 17, 30);      // the hotline wants the reply Friday 17:30

    const QList<Deadline> all = caseDeadlines(timeline, samr2019(), calendar(), at(2026, 3, 6, 17));
    // Accept still counts from receipt; the hotline's limits from the dispatch.
    CHECK(find(all, DeadlineKind::Accept)->startedAt == at(2026, 3, 2, 9));
    CHECK(find(all, DeadlineKind::HotlineSign)->dueDate == d(2026, 3, 4));
    CHECK(find(all, DeadlineKind::HotlineDispatch)->dueAt == at(2026, 3, 3, 16));
    const Deadline *reply = find(all, DeadlineKind::HotlineReply);
    REQUIRE(reply != nullptr);
    CHECK(reply->dueAt == at(2026, 3, 6, 17, 30)); // not the rule's five working days (10 March)
    CHECK(reply->minutesLeft == 30);
    CHECK_FALSE(reply->overdue);
    CHECK(only(timeline, DeadlineKind::HotlineReply, at(2026, 3, 6, 18)).overdue);

    // The stored due list keeps the same moment.
    CHECK(pendingDeadlineAsOf(pendingOf(*reply), calendar(), at(2026, 3, 9, 9)).dueAt == at(2026, 3, 6, 17, 30));

    // A due time not after the dispatch is a broken row: the rule applies.
    timeline.orderDueAt = at(2026, 3, 3, 13);
    CHECK(only(timeline, DeadlineKind::HotlineReply, at(2026, 3, 4, 9)).dueDate == d(2026, 3, 10));
}

TEST_CASE("enterprise deadline for forwarded cases; warnings past the published calendar", "[deadlines]")
{
    CaseTimeline timeline;
    timeline.receivedAt = at(2026, 9, 28, 9);
    timeline.channel = Channel::Platform12315;
    timeline.forwardedAt = at(2026, 9, 29, 10);
    const Deadline enterprise = only(timeline, DeadlineKind::Enterprise, at(2026, 9, 29, 11));
    CHECK(enterprise.dueDate == d(2026, 10, 19)); // Sep 30, (Oct 1-7 off), Oct 8, 9, 10 (make-up Sat), 12-16, 19

    CaseTimeline lateInYear;
    lateInYear.receivedAt = at(2026, 11, 18, 9);
    lateInYear.acceptedAt = at(2026, 11, 20, 9);
    const Deadline mediation = only(lateInYear, DeadlineKind::Mediation, at(2026, 11, 20, 10));
    CHECK(mediation.beyondCalendar); // ends in 2027, whose holidays are not known yet
    CHECK(mediation.dueDate == d(2027, 1, 22));
    CHECK_FALSE(only(lateInYear, DeadlineKind::Accept, at(2026, 11, 20, 10)).beyondCalendar);
}

TEST_CASE("a later rule set with other numbers gives other deadlines", "[deadlines]")
{
    DeadlineRuleSet newer;
    newer.effectiveFrom = d(2026, 4, 15);
    newer.rules = {{DeadlineKind::Accept, QString(), 10, DeadlineUnit::CalendarDays}};
    CaseTimeline timeline;
    timeline.receivedAt = at(2026, 4, 30, 9);
    const QList<Deadline> all = caseDeadlines(timeline, newer, calendar(), at(2026, 5, 1, 9));
    REQUIRE(all.size() == 1);
    CHECK(all.first().dueDate == d(2026, 5, 10)); // calendar days ignore the May holidays
    CHECK(all.first().daysLeft == 9);
}
