// A window on a server connected with a user's own login (server_rights.h): the server has
// checked the password, so the desk signs in as that user without asking again, or says why
// it cannot (locked out).

#include "catch_qt.h"
#include "test_server.h"
#include "test_support.h"

#include "auth/sign_in_service.h"
#include "auth/user_administration.h"
#include "case_table_model.h"
#include "main_window.h"
#include "sign_in_dialog.h"
#include "storage/complaint_repository.h"
#include "storage/sql_helpers.h"

#include <QApplication>
#include <QMessageBox>
#include <QTest>
#include <QTimer>
#include <QUrl>

using namespace casedesk;
using namespace casedesk::test;

namespace {

const QString kCaseworker = QStringLiteral("李敏");

// Closes every dialog that opens while it lives and keeps what it said.
class DialogWatch {
public:
    DialogWatch()
    {
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal)
                return;
            auto *box = qobject_cast<QMessageBox *>(modal);
            m_seen << (box ? box->text() : QString::fromLatin1(modal->metaObject()->className()));
            if (auto *dialog = qobject_cast<QDialog *>(modal))
                dialog->reject();
        });
        m_timer.start(20);
    }
    QStringList seen() const { return m_seen; }

private:
    QTimer m_timer;
    QStringList m_seen;
};

QString ownLogin(const QSqlDatabase &maintenance, const QString &dbUrl)
{
    return loginUrlOf(maintenance, dbUrl, kCaseworker, kTestPassword);
}

// An administrator and the caseworker, added as an administrator adds users (which gives the
// caseworker's login its password).
void addOffice(const QSqlDatabase &maintenance)
{
    REQUIRE(SignInService(maintenance)
                .createFirstAdministrator(QStringLiteral("管理员"), QStringLiteral("admin-password-1"),
                                          HashCost::CheapForTests)
                .ok());
    REQUIRE(UserAdministration(maintenance)
                .addUser(QStringLiteral("管理员"), kCaseworker, Role::Caseworker, kTestPassword, HashCost::CheapForTests)
                .ok());
}

} // namespace

TEST_CASE("a window connected with a user's own login works as them without a second sign-in",
          "[server-only][ui][rights]")
{
    TestDatabase db;
    REQUIRE(db.onServer());
    const QSqlDatabase maintenance = db.connection();
    addOffice(maintenance);
    REQUIRE(ComplaintRepository(maintenance).add(sampleComplaint(maintenance), kCaseworker).ok());

    auto desk = Database::open(ownLogin(maintenance, db.path()), Database::OpenMode::OpenExisting);
    REQUIRE(desk.ok());
    std::optional<User> user;
    QStringList dialogs;
    {
        DialogWatch watch;
        user = signInTo(desk.value()->connection(), QString());
        dialogs = watch.seen();
    }
    CHECK(dialogs.isEmpty());
    REQUIRE(user.has_value());
    CHECK(user->name == kCaseworker);

    MainWindow window(std::move(desk).value(), user->name);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CHECK(window.caseModel()->rowCount() == 1);
}

TEST_CASE("a window connected as a locked-out user says so and does not open", "[server-only][ui][rights]")
{
    TestDatabase db;
    REQUIRE(db.onServer());
    const QSqlDatabase maintenance = db.connection();
    addOffice(maintenance);
    // Five passwords the server refused, noted as a desk does.
    const QString login = ownLogin(maintenance, db.path());
    for (int i = 0; i < SignInService::kMaxFailures; ++i)
        REQUIRE(SignInService::noteRefusedConnection(login, QUrl(login).userName()).ok());

    auto desk = Database::open(login, Database::OpenMode::OpenExisting);
    REQUIRE(desk.ok());
    DialogWatch watch;
    const auto user = signInTo(desk.value()->connection(), QString());
    CHECK_FALSE(user.has_value());
    REQUIRE(watch.seen().size() == 1);
    CHECK(watch.seen().first().contains(QStringLiteral("locked out")));
}
