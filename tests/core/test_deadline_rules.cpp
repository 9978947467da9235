#include "catch_qt.h"
#include "test_support.h"

#include "deadlines/deadline_rules.h"
#include "storage/audit_repository.h"
#include "storage/clock_pause_repository.h"
#include "storage/complaint_repository.h"
#include "storage/deadline_rule_repository.h"

#include <QTimeZone>

using namespace casedesk;
using namespace casedesk::test;

namespace {

QDate d(int y, int m, int day) { return QDate(y, m, day); }
QDateTime at(int y, int m, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(y, m, day), QTime(hour, minute), QTimeZone(8 * 3600));
}

// A set as a caseworker would add it for Order No. 121. The numbers are test data only:
// the real ones are not known to CaseDesk.
DeadlineRuleSet order121()
{
    DeadlineRuleSet set;
    set.name = QStringLiteral("市场监管总局令第121号（测试数字）");
    set.effectiveFrom = d(2026, 4, 15);
    set.rules = {{DeadlineKind::Accept, QString(), 5, DeadlineUnit::WorkingDays},
                 {DeadlineKind::Mediation, QString(), 30, DeadlineUnit::WorkingDays}};
    return set;
}

int amountOf(const DeadlineRuleSet &set, DeadlineKind kind, const QString &channel = QString())
{
    const DeadlineRule *rule = set.rule(kind, channel);
    return rule ? rule->amount : 0;
}

} // namespace

TEST_CASE("the built-in rule set of the 2019/2022 SAMR rules is seeded", "[deadlines][storage]")
{
    TestDatabase db;
    DeadlineRuleRepository repository(db.connection());
    auto sets = repository.ruleSets();
    REQUIRE(sets.ok());
    REQUIRE(sets->size() == 1);
    const DeadlineRuleSet &builtIn = sets->first();
    CHECK(builtIn.effectiveFrom == d(2020, 1, 1));
    CHECK(builtIn.rules.size() == 9);
    const DeadlineRule *firstContact = builtIn.rule(DeadlineKind::FirstContact, QStringLiteral("12315"));
    REQUIRE(firstContact);
    CHECK((firstContact->amount == 24 && firstContact->unit == DeadlineUnit::Hours));
    CHECK(amountOf(builtIn, DeadlineKind::Accept) == 7);
    CHECK(amountOf(builtIn, DeadlineKind::Mediation) == 45);
    CHECK(amountOf(builtIn, DeadlineKind::TerminationNotice) == 7);
    CHECK(amountOf(builtIn, DeadlineKind::Enterprise) == 10);
    CHECK(amountOf(builtIn, DeadlineKind::HotlineSign, QStringLiteral("12345")) == 1);
    CHECK(amountOf(builtIn, DeadlineKind::HotlineReply, QStringLiteral("12345")) == 5);
    CHECK(amountOf(builtIn, DeadlineKind::HotlineDispatch, QStringLiteral("12345")) == 2);
    CHECK(builtIn.rule(DeadlineKind::HotlineDispatch, QStringLiteral("12345"))->unit == DeadlineUnit::Hours);
    CHECK(builtIn.rule(DeadlineKind::HotlineSign, QStringLiteral("12315")) == nullptr); // hotline rules are 12345's
    // Step 25: a liaison point is answered within 5 working days; only its transfers have the rule.
    CHECK(amountOf(builtIn, DeadlineKind::LiaisonReply, QStringLiteral("liaison_point")) == 5);
    CHECK(builtIn.rule(DeadlineKind::LiaisonReply, QStringLiteral("phone")) == nullptr);

    auto before = repository.ruleSetFor(d(2019, 12, 31));
    REQUIRE_FALSE(before.ok());
    CHECK(before.error().code == ErrorCode::NotFound);
}

TEST_CASE("the rule set is chosen by the received date", "[deadlines][storage]")
{
    TestDatabase db;
    DeadlineRuleRepository repository(db.connection());
    auto added = repository.add(order121());
    REQUIRE(added.ok());
    CHECK(added->id > 1);

    auto old = repository.ruleSetFor(d(2026, 4, 14));
    REQUIRE(old.ok());
    CHECK(old->effectiveFrom == d(2020, 1, 1));
    CHECK(amountOf(old.value(), DeadlineKind::Mediation) == 45);
    auto fresh = repository.ruleSetFor(d(2026, 4, 15));
    REQUIRE(fresh.ok());
    CHECK(fresh->name == QStringLiteral("市场监管总局令第121号（测试数字）"));
    CHECK(amountOf(fresh.value(), DeadlineKind::Mediation) == 30);
    CHECK(amountOf(repository.ruleSetFor(d(2030, 1, 1)).value(), DeadlineKind::Accept) == 5);

    // The same choice without a database.
    auto sets = repository.ruleSets();
    REQUIRE(sets.ok());
    REQUIRE(sets->size() == 2);
    CHECK(ruleSetInForce(sets.value(), d(2026, 4, 14))->effectiveFrom == d(2020, 1, 1));
    CHECK(ruleSetInForce(sets.value(), d(2026, 4, 15))->effectiveFrom == d(2026, 4, 15));
    CHECK(ruleSetInForce(sets.value(), d(2019, 1, 1)) == nullptr);

    // A second set from the same day is refused.
    auto twice = repository.add(order121());
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().code == ErrorCode::Conflict);
    CHECK(repository.ruleSets()->size() == 2);
}

TEST_CASE("a rule set with wrong rules is refused and nothing is stored", "[deadlines][storage]")
{
    TestDatabase db;
    DeadlineRuleRepository repository(db.connection());
    DeadlineRuleSet set = order121();

    SECTION("zero and huge amounts")
    {
        set.rules[0].amount = 0;
        set.rules[1].amount = 4500;
    }
    SECTION("no name, no date, no rules")
    {
        set.name = QStringLiteral("  ");
        set.effectiveFrom = QDate();
        set.rules.clear();
    }
    SECTION("unknown channel and a rule twice")
    {
        set.rules.append({DeadlineKind::HotlineSign, QStringLiteral("110"), 1, DeadlineUnit::WorkingDays});
        set.rules.append({DeadlineKind::Accept, QString(), 3, DeadlineUnit::CalendarDays});
    }
    auto added = repository.add(set);
    REQUIRE_FALSE(added.ok());
    CHECK(added.error().code == ErrorCode::InvalidInput);
    CHECK(added.error().fieldErrors.size() >= 2);
    CHECK(rowCount(db.connection(), QStringLiteral("deadline_rule_sets")) == 1);
    CHECK(rowCount(db.connection(), QStringLiteral("deadline_rules")) == 9);
}

TEST_CASE("a channel's own rule wins over the rule for every channel", "[deadlines]")
{
    DeadlineRuleSet set;
    set.rules = {{DeadlineKind::Accept, QString(), 7, DeadlineUnit::WorkingDays},
                 {DeadlineKind::Accept, QStringLiteral("12345"), 3, DeadlineUnit::WorkingDays}};
    CHECK(set.rule(DeadlineKind::Accept, QStringLiteral("12345"))->amount == 3);
    CHECK(set.rule(DeadlineKind::Accept, QStringLiteral("12315"))->amount == 7);
    CHECK(set.rule(DeadlineKind::Mediation, QStringLiteral("12315")) == nullptr);
    CHECK(deadlineKindFromCode(QStringLiteral("hotline_dispatch")) == DeadlineKind::HotlineDispatch);
    CHECK_FALSE(deadlineKindFromCode(QStringLiteral("follow_up")).has_value());
    CHECK(codeOf(DeadlineUnit::CalendarDays) == QStringLiteral("calendar_days"));
}

TEST_CASE("clock pauses are stored with audit lines, one open at a time", "[deadlines][storage]")
{
    TestDatabase db;
    addTestUser(db.connection(), QStringLiteral("李敏"));
    auto complaint =
        ComplaintRepository(db.connection()).add(sampleComplaint(db.connection()), QStringLiteral("李敏"), fixedNow());
    REQUIRE(complaint.ok());
    const qint64 id = complaint->id;
    ClockPauseRepository pauses(db.connection());

    auto started = pauses.start(id, at(2026, 3, 18, 9), QStringLiteral("送检：跑步机电机"), QStringLiteral("李敏"));
    REQUIRE(started.ok());
    CHECK(started->isOpen());
    auto again = pauses.start(id, at(2026, 3, 19, 9), QStringLiteral("x"), QStringLiteral("李敏"));
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == ErrorCode::Conflict);

    auto tooEarly = pauses.end(id, at(2026, 3, 17, 9), QStringLiteral("李敏"));
    REQUIRE_FALSE(tooEarly.ok());
    CHECK(tooEarly.error().code == ErrorCode::InvalidInput);
    auto ended = pauses.end(id, at(2026, 4, 1, 16), QStringLiteral("李敏"));
    REQUIRE(ended.ok());
    CHECK(ended->endedAt == at(2026, 4, 1, 16));
    CHECK_FALSE(pauses.end(id, at(2026, 4, 2, 16), QStringLiteral("李敏")).ok());

    auto stored = pauses.pausesOf(id);
    REQUIRE(stored.ok());
    REQUIRE(stored->size() == 1);
    CHECK(stored->first().startedAt == at(2026, 3, 18, 9));
    CHECK(stored->first().endedAt == at(2026, 4, 1, 16));
    CHECK(stored->first().reason == QStringLiteral("送检：跑步机电机"));

    auto history = AuditRepository(db.connection()).history(id);
    REQUIRE(history.ok());
    QStringList actions;
    for (const AuditEntry &entry : history.value())
        actions.append(entry.action);
    CHECK(actions.contains(QStringLiteral("clock_paused")));
    CHECK(actions.contains(QStringLiteral("clock_resumed")));
}
