#include "catch_qt.h"
#include "stats_fixture.h"
#include "test_support.h"

#include "notice_bar.h"

#include "case_history_view.h"
#include "followup/follow_up_dialog.h"
#include "followup/follow_up_service.h"
#include "followup/spot_check_dialog.h"
#include "followup/typical_case_dialog.h"
#include "storage/audit_repository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableWidget>

using namespace casedesk;
using namespace casedesk::test;

TEST_CASE("the follow-up dialog records a visit, or says why it cannot", "[ui][followup]")
{
    TestDatabase db;
    buildStatsFixture(db.connection());
    FollowUpDialog dialog(db.connection(), QStringLiteral("李敏"), 1, QStringLiteral("长宁-TEST-1"));
    dialog.resultComboBox()->setCurrentIndex(1); // 基本满意
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    auto visits = FollowUpService(db.connection()).visits(1);
    REQUIRE(visits.ok());
    REQUIRE(visits->size() == 2);
    CHECK(visits->last().result == FollowUpResult::BasicallySatisfied);
    // The case's history tells of it in words.
    CaseHistoryView history;
    history.showHistory(AuditRepository(db.connection()).history(1).value());
    INFO(history.toPlainText().toStdString());
    CHECK(history.toPlainText().contains(QStringLiteral("Follow-up visit · Result: Basically satisfied")));

    // Not reached: no result is recorded, and the result box is disabled.
    FollowUpDialog attempt(db.connection(), QStringLiteral("李敏"), 2, QStringLiteral("长宁-TEST-2"));
    attempt.reachedCheckBox()->setChecked(false);
    CHECK_FALSE(attempt.resultComboBox()->isEnabled());
    CHECK(attempt.request().result == FollowUpResult::None);
    attempt.accept();
    CHECK(attempt.result() == QDialog::Accepted);

    // An open case cannot be visited yet: the dialog stays open with the reason.
    FollowUpDialog open(db.connection(), QStringLiteral("李敏"), 4, QStringLiteral("长宁-TEST-4"));
    open.accept();
    CHECK(open.result() != QDialog::Accepted);
    CHECK_FALSE(open.errorLabel()->isHidden());
    CHECK(open.errorLabel()->text().contains(QStringLiteral("长宁-TEST-4")));
}

TEST_CASE("the typical case dialog flags, edits and unflags a case", "[ui][followup]")
{
    TestDatabase db;
    buildStatsFixture(db.connection());
    {
        TypicalCaseDialog dialog(db.connection(), QStringLiteral("李敏"), 1, QStringLiteral("长宁-TEST-1"));
        dialog.accept(); // empty title
        CHECK_FALSE(dialog.errorLabel()->isHidden());
        dialog.titleEdit()->setText(QStringLiteral("健身房闭店预付卡退费案"));
        dialog.summaryEdit()->setPlainText(QStringLiteral("经调解，经营者退还剩余卡费。"));
        dialog.accept();
        CHECK(dialog.result() == QDialog::Accepted);
    }
    TypicalCaseDialog again(db.connection(), QStringLiteral("李敏"), 1, QStringLiteral("长宁-TEST-1"));
    CHECK(again.titleEdit()->text() == QStringLiteral("健身房闭店预付卡退费案"));
    CHECK(FollowUpService(db.connection()).typicalCases()->size() == 1);
}

TEST_CASE("the spot-check dialog draws and lists the month's sample", "[ui][followup]")
{
    TestDatabase db;
    buildStatsFixture(db.connection());
    SpotCheckDialog dialog(db.connection(), QStringLiteral("王主任"));
    dialog.setMonth(QDate(2026, 1, 1));
    CHECK(dialog.table()->rowCount() == 0);
    dialog.draw();
    REQUIRE(dialog.table()->rowCount() == 2); // 10%: one of 李敏's three, 张强's one

    // A visit on a drawn case is taken for its spot check.
    const qint64 drawn = dialog.table()->item(0, 0)->data(Qt::UserRole).toLongLong();
    FollowUpDialog visit(db.connection(), QStringLiteral("王主任"), drawn, dialog.table()->item(0, 0)->text());
    CHECK(visit.request().spotCheck);
    visit.accept();
    REQUIRE(visit.result() == QDialog::Accepted);
    dialog.setMonth(QDate(2025, 12, 1));
    dialog.setMonth(QDate(2026, 1, 1));
    CHECK(dialog.table()->item(0, 2)->text() == QStringLiteral("Done"));
    FollowUpDialog another(db.connection(), QStringLiteral("王主任"), 4, QStringLiteral("长宁-TEST-4"));
    CHECK_FALSE(another.request().spotCheck);
}
