#include "catch_qt.h"
#include "test_support.h"

#include "case_pane.h"
#include "case_table_model.h"
#include "main_window.h"
#include "storage/complaint_repository.h"
#include "storage/user_repository.h"

#include <QPushButton>
#include <QTableView>
#include <QTextBrowser>
#include <QTest>

using namespace casedesk;
using namespace casedesk::test;

namespace {

QStringList actionButtons(QWidget *window)
{
    QCoreApplication::processEvents(); // buttons added to a shown window appear on the next turn
    QStringList names;
    for (auto *button : window->findChildren<QPushButton *>()) {
        if (button->objectName().startsWith(QStringLiteral("action_")) && button->isVisible())
            names << button->objectName().mid(7);
    }
    names.sort();
    return names;
}

} // namespace

TEST_CASE("the case pane offers only the allowed actions and records a status change", "[ui][workflow]")
{
    TestDatabase db;
    REQUIRE(UserRepository(db.connection()).add(QStringLiteral("李敏"), Role::Caseworker).ok());
    auto added = ComplaintRepository(db.connection()).add(sampleComplaint(db.connection()), QStringLiteral("李敏"));
    REQUIRE(added.ok());

    MainWindow window(db.openAgain());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.caseTable()->selectRow(0);

    // Nobody chosen yet: no actions, and a hint how to choose.
    CHECK(actionButtons(&window).isEmpty());
    REQUIRE(window.setCurrentUser(QStringLiteral("李敏")));
    CHECK(actionButtons(&window) == QStringList{QStringLiteral("accepted"), QStringLiteral("refused"),
                                                QStringLiteral("returned")});

    TransitionRequest request;
    request.caseId = added->id;
    request.to = CaseStatus::Accepted;
    request.note = QStringLiteral("材料齐全，予以受理");
    auto moved = window.casePane()->applyTransition(request);
    REQUIRE(moved.ok());
    CHECK(moved->status == CaseStatus::Accepted);

    // The list, the actions and the timeline follow.
    CaseTableModel *model = window.caseModel();
    CHECK(model->data(model->index(0, CaseTableModel::Status)).toString() == QStringLiteral("Accepted"));
    CHECK(actionButtons(&window) == QStringList{QStringLiteral("forwarded"), QStringLiteral("in_mediation")});
    auto *timeline = window.findChild<QTextBrowser *>(QStringLiteral("caseTimelineView"));
    REQUIRE(timeline);
    CHECK(timeline->toPlainText().contains(QStringLiteral("材料齐全，予以受理")));

    // A refusal without its ground is refused with a message; nothing changes.
    request.to = CaseStatus::Refused;
    request.note.clear();
    auto refused = window.casePane()->applyTransition(request);
    CHECK_FALSE(refused.ok());
    CHECK(ComplaintRepository(db.connection()).get(added->id)->status == CaseStatus::Accepted);
}

TEST_CASE("the case pane assigns a case and stops and restarts its clock", "[ui][workflow]")
{
    TestDatabase db;
    UserRepository users(db.connection());
    REQUIRE(users.add(QStringLiteral("李敏"), Role::Caseworker).ok());
    REQUIRE(users.add(QStringLiteral("王强"), Role::Caseworker).ok());
    auto added = ComplaintRepository(db.connection()).add(sampleComplaint(db.connection()), QStringLiteral("李敏"));
    REQUIRE(added.ok());

    MainWindow window(db.openAgain(), QStringLiteral("李敏"));
    window.show();
    window.caseTable()->selectRow(0);
    CasePane *pane = window.casePane();
    auto *assign = window.findChild<QPushButton *>(QStringLiteral("assignButton"));
    auto *clock = window.findChild<QPushButton *>(QStringLiteral("clockButton"));
    REQUIRE(assign);
    REQUIRE(clock);
    CHECK(assign->isEnabled());

    REQUIRE(pane->assignTo(QStringLiteral("王强")).ok());
    CHECK(ComplaintRepository(db.connection()).get(added->id)->assignee == QStringLiteral("王强"));
    CHECK(window.caseModel()->data(window.caseModel()->index(0, CaseTableModel::Assignee)).toString() ==
          QStringLiteral("王强"));
    CHECK_FALSE(pane->assignTo(QStringLiteral("无此人")).ok());

    REQUIRE(pane->stopClock(QStringLiteral("样品送检")).ok());
    CHECK(clock->text() == QStringLiteral("Restart Clock"));
    CHECK_FALSE(pane->stopClock(QStringLiteral("again")).ok()); // already stopped
    REQUIRE(pane->restartClock().ok());
    CHECK(clock->text() == QStringLiteral("Stop Clock..."));
}
