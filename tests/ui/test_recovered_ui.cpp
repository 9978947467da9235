#include "catch_qt.h"
#include "test_support.h"

#include "case_recovered_tab.h"
#include "storage/complaint_repository.h"
#include "storage/user_repository.h"

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QTableWidget>
#include <QTimer>

#include <functional>

using namespace casedesk;
using namespace casedesk::test;

TEST_CASE("the Money Recovered tab lists the ledger and asks whether a second source is the same money",
          "[ui][recovered]")
{
    TestDatabase db;
    const QSqlDatabase c = db.connection();
    REQUIRE(UserRepository(c).add(QStringLiteral("李敏"), Role::Caseworker, fixedNow()).ok());
    auto added = ComplaintRepository(c).add(sampleComplaint(c), QStringLiteral("李敏"), fixedNow()); // ¥2,400
    REQUIRE(added.ok());

    CaseRecoveredTab tab;
    tab.setCase(c, added->id, QStringLiteral("李敏"), true);
    CHECK(tab.table()->rowCount() == 0);
    const QDate on = added->receivedAt.date();
    REQUIRE(tab.record(RecoverySource::OnSite, 100000, on, QStringLiteral("当场退款")));
    CHECK(tab.table()->rowCount() == 1);
    CHECK(tab.totalText().contains(QStringLiteral("1,000.00")));

    // A second source: the question is asked; the answer "the same money" links it.
    QString asked;
    std::function<void()> answer = [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            QTimer::singleShot(20, &tab, answer);
            return;
        }
        asked = box->text();
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::YesRole)
                button->click();
        }
    };
    QTimer::singleShot(20, &tab, answer);
    REQUIRE(tab.record(RecoverySource::Enterprise, 100000, on, {}));
    CHECK(asked.contains(QStringLiteral("same money")));
    CHECK(tab.table()->rowCount() == 2);
    CHECK_FALSE(tab.table()->item(1, 3)->text().isEmpty()); // "same money as" the on-site sum
    CHECK(ComplaintRepository(c).get(added->id)->recoveredFen == 100000);
}
