// A list that could not be loaded says so in the window's message line (NoticeBar); it is
// never shown as an empty list. The failures are made by renaming the table a list reads.

#include "catch_qt.h"
#include "test_support.h"

#include "businesses/businesses_dialog.h"
#include "case_edit_dialog.h"
#include "case_pane.h"
#include "due_list_dialog.h"
#include "funds/funds_dialog.h"
#include "groups/groups_dialog.h"
#include "intake/intake_dialog.h"
#include "mediation/agenda_dialog.h"
#include "mediation/directory_dialog.h"
#include "notice_bar.h"
#include "settings/calendar_settings_page.h"
#include "settings/council_settings_page.h"
#include "settings/rule_settings_page.h"
#include "settings/user_settings_page.h"
#include "storage/complaint_repository.h"
#include "storage/user_repository.h"
#include "warning/alert_list_dialog.h"
#include "warning/warning_rules_dialog.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QTableWidget>

using namespace casedesk;
using namespace casedesk::test;

namespace {

void hideTable(const TestDatabase &db, const QString &table)
{
    execOrFail(db.connection(), QStringLiteral("ALTER TABLE %1 RENAME TO %1_hidden").arg(table));
}

void checkFailureShown(const NoticeBar *notice, const QString &what)
{
    CAPTURE(notice->text());
    CHECK(notice->isVisibleTo(notice->parentWidget()));
    CHECK(notice->kind() == NoticeBar::Kind::Error);
    CHECK(notice->text().contains(what));
    CHECK(notice->text().contains(QStringLiteral("could not be loaded")));
}

} // namespace

TEST_CASE("funds and businesses that cannot be loaded say so", "[ui][errors]")
{
    TestDatabase db;
    addTestUser(db.connection(), QStringLiteral("李敏"));
    {
        FundsDialog loaded(db.connection(), QStringLiteral("李敏"));
        CHECK_FALSE(loaded.findChild<NoticeBar *>()->isVisibleTo(&loaded)); // an empty list is just empty
    }
    hideTable(db, QStringLiteral("funds"));
    FundsDialog funds(db.connection(), QStringLiteral("李敏"));
    checkFailureShown(funds.findChild<NoticeBar *>(), QStringLiteral("funds"));

    BusinessesDialog before(db.connection(), QStringLiteral("李敏"));
    CHECK_FALSE(before.notice()->isVisibleTo(&before));
    hideTable(db, QStringLiteral("businesses"));
    BusinessesDialog businesses(db.connection(), QStringLiteral("李敏"));
    checkFailureShown(businesses.notice(), QStringLiteral("businesses"));
    CHECK(businesses.table()->rowCount() == 0);
}

TEST_CASE("a case whose deadlines cannot be worked out says so instead of showing none", "[ui][errors]")
{
    TestDatabase db;
    REQUIRE(UserRepository(db.connection()).add(QStringLiteral("李敏"), Role::Caseworker).ok());
    auto added = ComplaintRepository(db.connection()).add(sampleComplaint(db.connection()), QStringLiteral("李敏"));
    REQUIRE(added.ok());
    CasePane pane;
    pane.setDatabase(db.connection());
    pane.showCase(added->id);
    CHECK_FALSE(pane.notice()->isVisibleTo(&pane));

    hideTable(db, QStringLiteral("deadline_rules"));
    pane.showCase(added->id);
    checkFailureShown(pane.notice(), QStringLiteral("the deadlines"));
    CHECK(pane.notice()->text().contains(added->caseNumber));
    pane.showCase(0); // another case: the message was about the one before
    CHECK_FALSE(pane.notice()->isVisibleTo(&pane));
}

TEST_CASE("settings pages whose lists cannot be loaded say so", "[ui][errors]")
{
    TestDatabase db;
    addTestUser(db.connection(), QStringLiteral("管理员"), Role::Administrator);
    hideTable(db, QStringLiteral("deadline_rule_sets"));
    RuleSettingsPage rules(db.connection(), QStringLiteral("管理员"));
    checkFailureShown(rules.findChild<NoticeBar *>(), QStringLiteral("rule sets"));

    hideTable(db, QStringLiteral("calendar_days"));
    CalendarSettingsPage calendar(db.connection(), QStringLiteral("管理员"));
    checkFailureShown(calendar.findChild<NoticeBar *>(), QStringLiteral("calendar"));

    UserSettingsPage users(db.connection(), QStringLiteral("管理员"), HashCost::CheapForTests);
    CHECK_FALSE(users.notice()->isVisibleTo(&users));
    hideTable(db, QStringLiteral("users"));
    UserSettingsPage broken(db.connection(), QStringLiteral("管理员"), HashCost::CheapForTests);
    checkFailureShown(broken.notice(), QStringLiteral("users"));
    CHECK(broken.userTable()->rowCount() == 0);
}

TEST_CASE("the council's name and the warning rules that cannot be loaded say so", "[ui][errors]")
{
    TestDatabase db;
    addTestUser(db.connection(), QStringLiteral("王主任"), Role::Supervisor);
    hideTable(db, QStringLiteral("warning_rules"));
    WarningRulesDialog rules(db.connection(), QStringLiteral("王主任"));
    checkFailureShown(rules.findChild<NoticeBar *>(), QStringLiteral("rules"));

    hideTable(db, QStringLiteral("settings"));
    CouncilSettingsPage council(db.connection(), QStringLiteral("王主任"));
    checkFailureShown(council.notice(), QStringLiteral("council"));
    CHECK(council.nameEdit()->text().isEmpty());
}

TEST_CASE("correcting a case whose categories cannot be loaded says so", "[ui][errors]")
{
    TestDatabase db;
    REQUIRE(UserRepository(db.connection()).add(QStringLiteral("李敏"), Role::Caseworker).ok());
    auto added = ComplaintRepository(db.connection()).add(sampleComplaint(db.connection()), QStringLiteral("李敏"));
    REQUIRE(added.ok());
    {
        CaseEditDialog fine(db.connection(), added.value(), QStringLiteral("李敏"));
        CHECK_FALSE(fine.notice()->isVisibleTo(&fine));
    }
    hideTable(db, QStringLiteral("categories"));
    CaseEditDialog dialog(db.connection(), added.value(), QStringLiteral("李敏"));
    checkFailureShown(dialog.notice(), QStringLiteral("categories"));
}

TEST_CASE("mediators and courts that cannot be loaded say so", "[ui][errors]")
{
    TestDatabase db;
    addTestUser(db.connection(), QStringLiteral("王主任"), Role::Supervisor);
    {
        DirectoryDialog fine(db.connection(), QStringLiteral("王主任"));
        CHECK_FALSE(fine.notice()->isVisibleTo(&fine));
    }
    hideTable(db, QStringLiteral("courts"));
    DirectoryDialog dialog(db.connection(), QStringLiteral("王主任"));
    checkFailureShown(dialog.notice(), QStringLiteral("courts"));
    CHECK_FALSE(dialog.notice()->text().contains(QStringLiteral("mediators")));
}

TEST_CASE("registering, group cases, early warnings and the agenda say so when their lists cannot be loaded",
          "[ui][errors]")
{
    TestDatabase db;
    addTestUser(db.connection(), QStringLiteral("李敏"));
    {
        IntakeDialog fine(db.connection(), db.path(), QStringLiteral("李敏"));
        CHECK_FALSE(fine.findChild<NoticeBar *>()->isVisibleTo(&fine));
        GroupsDialog groups(db.connection(), QStringLiteral("李敏"), QStringLiteral("长宁区消费者权益保护委员会"));
        CHECK_FALSE(groups.findChild<NoticeBar *>()->isVisibleTo(&groups));
    }
    hideTable(db, QStringLiteral("categories"));
    IntakeDialog intake(db.connection(), db.path(), QStringLiteral("李敏"));
    checkFailureShown(intake.findChild<NoticeBar *>(), QStringLiteral("categories"));

    hideTable(db, QStringLiteral("case_groups"));
    auto *groups =
        new GroupsDialog(db.connection(), QStringLiteral("李敏"), QStringLiteral("长宁区消费者权益保护委员会"));
    checkFailureShown(groups->findChild<NoticeBar *>(), QStringLiteral("group cases"));
    delete groups;

    hideTable(db, QStringLiteral("warning_alerts"));
    AlertListDialog alerts(db.connection(), QStringLiteral("李敏"));
    QSignalSpy loaded(&alerts, &AlertListDialog::loaded);
    REQUIRE((loaded.count() > 0 || loaded.wait(10000)));
    checkFailureShown(alerts.findChild<NoticeBar *>(), QStringLiteral("early warnings"));

    hideTable(db, QStringLiteral("mediation_sessions"));
    AgendaDialog agenda(db.connection());
    checkFailureShown(agenda.findChild<NoticeBar *>(), QStringLiteral("agenda"));
}

TEST_CASE("a due list that cannot be worked out says so and shows no stale rows", "[ui][errors]")
{
    TestDatabase db;
    REQUIRE(UserRepository(db.connection()).add(QStringLiteral("李敏"), Role::Caseworker).ok());
    REQUIRE(ComplaintRepository(db.connection()).add(sampleComplaint(db.connection()), QStringLiteral("李敏")).ok());
    DueListDialog dialog(db.connection(), QString());
    QSignalSpy loaded(&dialog, &DueListDialog::loaded);
    REQUIRE((loaded.count() > 0 || loaded.wait(10000)));
    CHECK_FALSE(dialog.findChild<NoticeBar *>()->isVisibleTo(&dialog));
    CHECK(dialog.findChild<QTableWidget *>()->rowCount() > 0);

    hideTable(db, QStringLiteral("case_deadlines")); // the stored deadlines the list reads
    loaded.clear();
    dialog.refresh();
    REQUIRE((loaded.count() > 0 || loaded.wait(10000)));
    checkFailureShown(dialog.findChild<NoticeBar *>(), QStringLiteral("deadlines"));
    CHECK(dialog.findChild<QTableWidget *>()->rowCount() == 0);
}
