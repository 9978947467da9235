#include "catch_qt.h"
#include "test_support.h"

#include "settings/calendar_settings_page.h"
#include "settings/rule_settings_page.h"
#include "settings/settings_dialog.h"
#include "storage/calendar_repository.h"
#include "storage/deadline_rule_repository.h"

#include <QDateEdit>
#include <QFile>
#include <QLineEdit>
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
