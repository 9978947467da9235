#include "catch_qt.h"
#include "test_support.h"

#include "auth/permissions.h"
#include "notice_bar.h"
#include "settings/calendar_settings_page.h"
#include "settings/council_settings_page.h"
#include "settings/rule_settings_page.h"
#include "settings/settings_dialog.h"
#include "storage/calendar_repository.h"
#include "storage/deadline_rule_repository.h"
#include "storage/desk_event_repository.h"
#include "storage/settings_repository.h"
#include "storage/user_repository.h"

#include <QDateEdit>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>

using namespace casedesk;
using namespace casedesk::test;

TEST_CASE("settings: a day set by hand, a bad notice refused, a new rule set from a date", "[ui][settings]")
{
    TestDatabase db;
    addTestUser(db.connection(), QStringLiteral("王主任"), Role::Supervisor);
    SettingsDialog dialog(db.connection(), QStringLiteral("王主任"));
    CalendarSettingsPage *calendar = dialog.calendarPage();
    RuleSettingsPage *rules = dialog.rulePage();

    // A district's own day off on a Wednesday.
    const QDate day(2026, 6, 10);
    REQUIRE(calendar->setDay(day, false, QStringLiteral("区政府调休")).ok());
    CHECK_FALSE(CalendarRepository(db.connection()).load()->isWorkingDay(day));
    REQUIRE(calendar->clearDay(day).ok());
    CHECK(CalendarRepository(db.connection()).load()->isWorkingDay(day));

    // A file that is not a holiday notice changes nothing.
    const QString bad = db.folder() + QStringLiteral("/2027.json");
    {
        QFile file(bad);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("{\"year\": 2027, \"days\": [{\"name\": \"元旦\", \"date\": \"2027-13-01\", \"isOffDay\": true}]}");
    }
    CHECK_FALSE(calendar->importFile(bad).ok());
    CHECK_FALSE(CalendarRepository(db.connection()).load()->coversYear(2027));

    // A new rule set from 2026-04-15 with a longer mediation limit.
    rules->nameEdit()->setText(QStringLiteral("第121号令"));
    rules->fromEdit()->setDate(QDate(2026, 4, 15));
    QTableWidget *table = rules->newRulesTable();
    bool changed = false;
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() == labelOf(DeadlineKind::Mediation)) {
            static_cast<QSpinBox *>(table->cellWidget(row, 1))->setValue(60);
            changed = true;
        }
    }
    REQUIRE(changed);
    REQUIRE(rules->addRuleSet().ok());
    auto inForce = DeadlineRuleRepository(db.connection()).ruleSetFor(QDate(2026, 5, 1));
    REQUIRE(inForce.ok());
    CHECK(inForce->name == QStringLiteral("第121号令"));
    CHECK(inForce->rule(DeadlineKind::Mediation, {})->amount == 60);
    CHECK(DeadlineRuleRepository(db.connection()).ruleSetFor(QDate(2026, 4, 14))->name != QStringLiteral("第121号令"));
    // The same start date twice is refused.
    CHECK_FALSE(rules->addRuleSet().ok());
}

namespace {

QString storedCouncilName(const TestDatabase &db)
{
    auto name = SettingsRepository(db.connection()).councilName();
    REQUIRE(name.ok());
    return name.value();
}

// The desk events about the council's name, oldest first.
QList<DeskEvent> councilNameEvents(const TestDatabase &db)
{
    auto events = DeskEventRepository(db.connection()).latest();
    REQUIRE(events.ok());
    QList<DeskEvent> found;
    for (const DeskEvent &event : events.value()) {
        if (event.subject == SettingsRepository::kCouncilName)
            found.prepend(event);
    }
    return found;
}

} // namespace

TEST_CASE("the council's name from its page: refused for a supervisor, saved with a desk event by an administrator",
          "[ui][settings]")
{
    TestDatabase db;
    addTestUser(db.connection(), QStringLiteral("王主任"), Role::Supervisor);
    addTestUser(db.connection(), QStringLiteral("管理员"), Role::Administrator);
    const QString council = QStringLiteral("上海市长宁区消费者权益保护委员会");
    const QString before = storedCouncilName(db);
    REQUIRE(before != council);

    // A supervisor may open the settings but not change the desk's: the Save button is refused
    // with the service's own message in the page's notice bar, and nothing is written.
    SettingsDialog dialog(db.connection(), QStringLiteral("王主任"));
    CouncilSettingsPage *page = dialog.councilPage();
    CHECK_FALSE(page->notice()->isVisibleTo(page));
    page->nameEdit()->setText(council);
    auto *save = page->findChild<QPushButton *>(QStringLiteral("councilSaveButton"));
    REQUIRE(save != nullptr);
    save->click();
    const auto refusal = authorize(db.connection(), QStringLiteral("王主任"), Permission::ManageSettings);
    REQUIRE_FALSE(refusal.ok());
    CHECK(page->notice()->isVisibleTo(page));
    CHECK(page->notice()->kind() == NoticeBar::Kind::Error);
    CHECK(page->notice()->text() == refusal.error().message);
    CHECK(page->notice()->text().contains(QStringLiteral("王主任")));
    CHECK(storedCouncilName(db) == before);
    CHECK(councilNameEvents(db).isEmpty());

    // An administrator: the name is stored trimmed and its desk event says who changed what.
    CouncilSettingsPage admin(db.connection(), QStringLiteral("管理员"));
    CHECK(admin.nameEdit()->text() == before);
    admin.nameEdit()->setText(QStringLiteral("  ") + council + QStringLiteral(" "));
    REQUIRE(admin.save().ok());
    CHECK(admin.notice()->kind() == NoticeBar::Kind::Information);
    CHECK(admin.nameEdit()->text() == council);
    CHECK(storedCouncilName(db) == council);
    auto events = councilNameEvents(db);
    REQUIRE(events.size() == 1);
    CHECK(events.first().actor == QStringLiteral("管理员"));
    CHECK(events.first().action == QStringLiteral("setting_changed"));
    CHECK(events.first().detail == before + QStringLiteral(" → ") + council);

    // The service's rule: a blank name is refused on the page, nothing written.
    admin.nameEdit()->setText(QStringLiteral("   "));
    const Status blank = admin.save();
    REQUIRE_FALSE(blank.ok());
    CHECK(blank.error().code == ErrorCode::InvalidInput);
    CHECK(admin.notice()->kind() == NoticeBar::Kind::Error);
    CHECK(admin.notice()->text() == blank.error().message);
    CHECK(storedCouncilName(db) == council);

    // A name whose desk event cannot be written is not kept either (one transaction).
    execOrFail(db.connection(), QStringLiteral("ALTER TABLE desk_events RENAME TO desk_events_hidden"));
    admin.nameEdit()->setText(QStringLiteral("长宁区消保委"));
    CHECK_FALSE(admin.save().ok());
    CHECK(admin.notice()->kind() == NoticeBar::Kind::Error);
    CHECK_FALSE(admin.notice()->text().isEmpty());
    CHECK(storedCouncilName(db) == council);
    execOrFail(db.connection(), QStringLiteral("ALTER TABLE desk_events_hidden RENAME TO desk_events"));
    CHECK(councilNameEvents(db).size() == 1);
}
