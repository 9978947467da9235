#include "catch_qt.h"
#include "test_support.h"

#include "liaison/assessment_page.h"
#include "liaison/assessment_score_form.h"
#include "liaison/assessment_sheet_view.h"
#include "liaison/liaison_point_service.h"
#include "notice_bar.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>

using namespace casedesk;
using namespace casedesk::test;

namespace {

const QString kSupervisor = QStringLiteral("王主任");
const QString kCaseworker = QStringLiteral("李敏");

qint64 addPoint(const TestDatabase &db, const QString &name)
{
    LiaisonPoint p;
    p.name = name;
    p.type = LiaisonPointType::Market;
    p.street = QStringLiteral("天山路街道");
    auto added = LiaisonPointService(db.connection()).add(p, kSupervisor, QDateTime::currentDateTime());
    REQUIRE(added.ok());
    return added->id;
}

} // namespace

TEST_CASE("assessment page: a sheet copied and edited, a point scored with the total live, ranked, marked a model "
          "point",
          "[ui][liaison][assessment]")
{
    TestDatabase db;
    addTestUser(db.connection(), kSupervisor, Role::Supervisor);
    addTestUser(db.connection(), kCaseworker, Role::Caseworker);
    const qint64 market = addPoint(db, QStringLiteral("天山菜场联络点"));
    addPoint(db, QStringLiteral("虹桥中学联络点"));

    AssessmentPage page(db.connection(), kSupervisor);
    const int year = QDate::currentDate().year() - 1;
    CHECK(page.yearBox()->value() == year);
    CHECK(page.editable());
    // No sheet yet: said so, nothing to score; the sheet starts as a copy (of the default sheet).
    CHECK(page.notice()->kind() == NoticeBar::Kind::Information);
    CHECK_FALSE(page.scoreForm()->saveButton()->isEnabled());
    REQUIRE(page.sheetView()->copyButton()->isEnabled());
    page.sheetView()->copyButton()->click();
    CAPTURE(page.notice()->text());
    REQUIRE(page.sheetView()->tree()->topLevelItemCount() == 5);
    CHECK(page.sheetView()->tree()->topLevelItem(0)->text(0) == QStringLiteral("组织建设"));
    CHECK(page.sheetView()->tree()->topLevelItem(0)->text(1) == QStringLiteral("20"));
    CHECK_FALSE(page.sheetView()->copyButton()->isEnabled());

    // A maximum edited in the tree and saved; a maximum that is not a number is refused.
    QTreeWidgetItem *firstCriterion = page.sheetView()->tree()->topLevelItem(0)->child(0);
    firstCriterion->setText(1, QStringLiteral("四"));
    CHECK_FALSE(page.sheetView()->save());
    CHECK(page.notice()->kind() == NoticeBar::Kind::Error);
    page.sheetView()->tree()->topLevelItem(0)->child(0)->setText(1, QStringLiteral("6"));
    REQUIRE(page.sheetView()->save());
    CHECK(page.sheetView()->sheet().maxPoints() == 102);

    // The market scored: the spin boxes stop at each maximum, the total follows the typing.
    AssessmentScoreForm *form = page.scoreForm();
    form->choosePoint(market);
    REQUIRE(form->criteriaTable()->rowCount() == 21);
    form->pointsBox(0)->setValue(99);
    CHECK(form->pointsBox(0)->value() == 6);
    form->pointsBox(1)->setValue(3);
    CHECK(form->totalLabel()->text() == QStringLiteral("Total: 9 of 102 points"));
    form->criteriaTable()->item(0, 3)->setText(QStringLiteral("牌匾规范"));
    REQUIRE(form->save());
    CHECK(page.notice()->kind() == NoticeBar::Kind::Information);

    // Ranked; marked a model point: on the point and in the table.
    REQUIRE(page.rankingTable()->rowCount() == 1);
    CHECK(page.rankingTable()->item(0, 1)->text() == QStringLiteral("天山菜场联络点"));
    CHECK(page.rankingTable()->item(0, 4)->text() == QStringLiteral("9"));
    page.rankingTable()->selectRow(0);
    REQUIRE(page.markButton()->isEnabled());
    page.markButton()->click();
    CAPTURE(page.notice()->text());
    CHECK(page.rankingTable()->item(0, 5)->text() == QStringLiteral("示范联络点"));
    auto point = LiaisonPointService(db.connection()).get(market, kCaseworker);
    REQUIRE(point.ok());
    CHECK(point->modelYear == year);

    // A caseworker reads the same, with nothing to change.
    AssessmentPage reader(db.connection(), kCaseworker);
    CHECK_FALSE(reader.editable());
    CHECK_FALSE(reader.markButton()->isVisibleTo(&reader));
    CHECK(reader.rankingTable()->rowCount() == 1);
    CHECK(reader.scoreForm()->criteriaTable()->editTriggers() == QAbstractItemView::NoEditTriggers);
}

TEST_CASE("assessment page: a ranking that cannot be loaded says so and is not shown empty", "[ui][liaison][errors]")
{
    TestDatabase db;
    addTestUser(db.connection(), kSupervisor, Role::Supervisor);
    execOrFail(db.connection(), QStringLiteral("ALTER TABLE liaison_assessments RENAME TO liaison_assessments_hidden"));
    AssessmentPage page(db.connection(), kSupervisor);
    CAPTURE(page.notice()->text());
    CHECK(page.notice()->isVisibleTo(&page));
    CHECK(page.notice()->kind() == NoticeBar::Kind::Error);
    CHECK(page.notice()->text().contains(QStringLiteral("could not be loaded")));
    CHECK_FALSE(page.tabs()->isEnabled());
}
