#include "catch_qt.h"
#include "test_support.h"

#include "case_edit_dialog.h"
#include "storage/audit_repository.h"
#include "storage/complaint_repository.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>

using namespace casedesk;
using namespace casedesk::test;

TEST_CASE("correcting a case: edits undo and redo, and the save is audited and checked against races",
          "[ui][edit]")
{
    TestDatabase db;
    addTestUser(db.connection(), QStringLiteral("李敏"));
    addTestUser(db.connection(), QStringLiteral("王强"));
    auto added = ComplaintRepository(db.connection()).add(sampleComplaint(db.connection()), QStringLiteral("李敏"));
    REQUIRE(added.ok());

    CaseEditDialog dialog(db.connection(), added.value(), QStringLiteral("李敏"));
    dialog.show();
    dialog.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    auto *address = dialog.findChild<QLineEdit *>(QStringLiteral("consumer.address"));
    auto *demand = dialog.findChild<QPlainTextEdit *>(QStringLiteral("demand"));
    REQUIRE(address);
    REQUIRE(demand);

    // Typing in one field is one step; another field is another step.
    address->setFocus();
    address->selectAll();
    QTest::keyClicks(address, QStringLiteral("Room 5"));
    demand->setFocus();
    demand->setPlainText(QStringLiteral("要求全额退款"));
    CHECK(dialog.undoStack()->count() == 2);

    dialog.undoStack()->undo();
    CHECK(demand->toPlainText() == added->demand);
    CHECK(address->text() == QStringLiteral("Room 5"));
    dialog.undoStack()->undo();
    CHECK(address->text() == added->consumer.address);
    dialog.undoStack()->redo();
    dialog.undoStack()->redo();
    CHECK(address->text() == QStringLiteral("Room 5"));
    CHECK(demand->toPlainText() == QStringLiteral("要求全额退款"));

    SECTION("saved, with a history line per changed field")
    {
        REQUIRE(dialog.save().ok());
        const Complaint stored = ComplaintRepository(db.connection()).get(added->id).value();
        CHECK(stored.demand == QStringLiteral("要求全额退款"));
        CHECK(stored.consumer.address == QStringLiteral("Room 5"));
        CHECK(stored.version == 2);
        QStringList fields;
        for (const AuditEntry &entry : AuditRepository(db.connection()).history(added->id).value())
            fields << entry.field;
        CHECK(fields.contains(QStringLiteral("demand")));
        CHECK(fields.contains(QStringLiteral("consumer.address")));
    }
    SECTION("a colleague saved first: refused, nothing overwritten")
    {
        auto otherDesk = db.openAgain();
        Complaint theirs = ComplaintRepository(otherDesk->connection()).get(added->id).value();
        theirs.facts = QStringLiteral("同事补充的事实");
        REQUIRE(ComplaintRepository(otherDesk->connection()).update(theirs, QStringLiteral("王强")).ok());
        auto saved = dialog.save();
        REQUIRE_FALSE(saved.ok());
        CHECK(saved.error().code == ErrorCode::Conflict);
        const Complaint stored = ComplaintRepository(db.connection()).get(added->id).value();
        CHECK(stored.facts == QStringLiteral("同事补充的事实"));
        CHECK(stored.demand == added->demand);
    }
}

TEST_CASE("correcting a case shows phone and ID masked; untouched they stay, typed anew they change", "[ui][edit][privacy]")
{
    TestDatabase db;
    addTestUser(db.connection(), QStringLiteral("李敏"));
    auto added = ComplaintRepository(db.connection()).add(sampleComplaint(db.connection()), QStringLiteral("李敏"));
    REQUIRE(added.ok());
    {
        CaseEditDialog dialog(db.connection(), added.value(), QStringLiteral("李敏"));
        auto *phone = dialog.findChild<QLineEdit *>(QStringLiteral("consumer.phone"));
        auto *id = dialog.findChild<QLineEdit *>(QStringLiteral("consumer.idNumber"));
        REQUIRE(phone);
        REQUIRE(id);
        CHECK(phone->text() == QStringLiteral("138****5678"));
        CHECK(id->text() == QStringLiteral("110105********002X"));
        dialog.findChild<QPlainTextEdit *>(QStringLiteral("demand"))->setPlainText(QStringLiteral("要求退款"));
        REQUIRE(dialog.save().ok());
    }
    Complaint stored = ComplaintRepository(db.connection()).get(added->id).value();
    CHECK(stored.consumer.phone == QStringLiteral("13812345678"));
    CHECK(stored.consumer.idNumber == QStringLiteral("11010519491231002X"));
    CHECK(stored.demand == QStringLiteral("要求退款"));
    {
        CaseEditDialog dialog(db.connection(), stored, QStringLiteral("李敏"));
        dialog.findChild<QLineEdit *>(QStringLiteral("consumer.phone"))->setText(QStringLiteral("13900001111"));
        REQUIRE(dialog.save().ok());
    }
    stored = ComplaintRepository(db.connection()).get(added->id).value();
    CHECK(stored.consumer.phone == QStringLiteral("13900001111"));
    CHECK(stored.consumer.idNumber == QStringLiteral("11010519491231002X"));
}
