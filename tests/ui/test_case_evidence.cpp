#include "catch_qt.h"
#include "test_support.h"

#include "case_evidence_view.h"
#include "case_history_view.h"
#include "case_pane.h"
#include "storage/complaint_repository.h"
#include "storage/sql_helpers.h"
#include "storage/user_repository.h"

#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>

using namespace casedesk;
using namespace casedesk::test;

TEST_CASE("the evidence tab attaches files, previews images and notices a changed file", "[ui][evidence]")
{
    TestDatabase db;
    auto user = UserRepository(db.connection()).add(QStringLiteral("李敏"), Role::Caseworker);
    REQUIRE(user.ok());
    auto added = ComplaintRepository(db.connection()).add(sampleComplaint(db.connection()), QStringLiteral("李敏"));
    REQUIRE(added.ok());

    CasePane pane;
    pane.setDatabase(db.connection());
    pane.showCase(added->id);
    auto *tabs = pane.findChild<QTabWidget *>(QStringLiteral("caseTabWidget"));
    REQUIRE(tabs);
    // Details, Timeline, History, Prepaid Card, Evidence, Mediation
    CHECK(tabs->tabText(4) == QStringLiteral("Evidence"));
    auto *view = pane.findChild<CaseEvidenceView *>(QStringLiteral("caseEvidenceView"));
    auto *table = pane.findChild<QTableWidget *>(QStringLiteral("evidenceTableWidget"));
    auto *attach = pane.findChild<QPushButton *>(QStringLiteral("attachButton"));
    auto *open = pane.findChild<QPushButton *>(QStringLiteral("openEvidenceButton"));
    auto *preview = pane.findChild<QLabel *>(QStringLiteral("evidencePreviewLabel"));
    REQUIRE((view && table && attach && open && preview));

    // Nobody chosen yet: attaching is off.
    CHECK_FALSE(attach->isEnabled());
    pane.setUser(user.value());
    CHECK(attach->isEnabled());

    const QString picture = db.folder() + QStringLiteral("/发票.png");
    QImage image(40, 20, QImage::Format_RGB32);
    image.fill(Qt::red);
    REQUIRE(image.save(picture));
    const QString missing = db.folder() + QStringLiteral("/没有.jpg");
    const QStringList problems = view->attachFiles({picture, missing});
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().contains(missing));

    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 0)->text() == QStringLiteral("发票.png"));
    CHECK(table->item(0, 1)->text() == QStringLiteral("image/png"));
    CHECK(table->item(0, 4)->text() == QStringLiteral("李敏"));
    // The History tab already shows the attachment.
    auto *history = pane.findChild<CaseHistoryView *>(QStringLiteral("caseHistoryView"));
    REQUIRE(history);
    CHECK(history->toPlainText().contains(QStringLiteral("发票.png")));

    CHECK_FALSE(open->isEnabled());
    table->selectRow(0);
    CHECK(open->isEnabled());
    CHECK_FALSE(preview->isHidden());
    CHECK_FALSE(preview->pixmap().isNull());

    // Changed behind CaseDesk's back: the preview says so instead of showing it.
    REQUIRE(runQuery(db.connection(), QStringLiteral("UPDATE evidence SET content = ?"), {QByteArray("forged")}).ok());
    table->clearSelection();
    table->selectRow(0);
    CHECK(preview->pixmap().isNull());
    CHECK(preview->text().contains(QStringLiteral("changed since it was attached")));
}
