// File > Connect to Server: the connection is checked before it is tried, remembered on the
// desk by name without a password, offered again next time, and can be forgotten.

#include "catch_qt.h"

#include "notice_bar.h"
#include "server_connect_dialog.h"
#include "server_profiles.h"

#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace casedesk;

namespace {

void clearProfiles()
{
    for (const ServerProfile &p : ServerProfiles().all())
        ServerProfiles().remove(p.name);
}

void choose(QComboBox *box, const QString &data)
{
    const int index = box->findData(data);
    REQUIRE(index >= 0);
    box->setCurrentIndex(index);
}

} // namespace

TEST_CASE("connecting to a server: checked first, remembered without a password, forgotten on request",
          "[ui][server-connect]")
{
    clearProfiles();
    QTemporaryDir dir;
    const QString ca = dir.filePath(QStringLiteral("office-ca.pem"));
    {
        QFile file(ca);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("-----BEGIN CERTIFICATE-----\n");
    }

    ServerConnectDialog dialog(QString{});
    CHECK(dialog.savedList()->count() == 1); // only "a new connection"
    CHECK_FALSE(dialog.forgetButton()->isEnabled());

    // Nothing typed: said so, not tried.
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.notice()->isVisibleTo(&dialog));
    CHECK(dialog.notice()->kind() == NoticeBar::Kind::Error);
    CHECK(dialog.notice()->text().contains(QStringLiteral("server")));

    dialog.nameEdit()->setText(QStringLiteral("区消保委办公室"));
    dialog.hostEdit()->setText(QStringLiteral(" 10.0.0.5 "));
    dialog.portEdit()->setValue(5433);
    dialog.databaseEdit()->setText(QStringLiteral("casedesk"));
    dialog.userEdit()->setText(QStringLiteral("zhang"));
    choose(dialog.securityChoice(), QStringLiteral("verify-full"));
    CHECK(dialog.caFileEdit()->isEnabled());

    // Checking the certificate needs the office's CA file, one that can be read.
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.notice()->text().contains(QStringLiteral("CA")));
    dialog.caFileEdit()->setText(dir.filePath(QStringLiteral("missing.pem")));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.notice()->text().contains(QStringLiteral("missing.pem")));

    dialog.caFileEdit()->setText(ca);
    dialog.accept();
    REQUIRE(dialog.result() == QDialog::Accepted);
    CHECK(dialog.url() ==
          QStringLiteral("postgresql://zhang@10.0.0.5:5433/casedesk?sslmode=verify-full&sslrootcert=") + ca);

    // Remembered by name, without any password.
    const QList<ServerProfile> saved = ServerProfiles().all();
    REQUIRE(saved.size() == 1);
    CHECK(saved.first().name == QStringLiteral("区消保委办公室"));
    CHECK(saved.first().host == QStringLiteral("10.0.0.5"));
    QSettings settings;
    for (const QString &key : settings.allKeys())
        CHECK_FALSE(key.contains(QStringLiteral("password"), Qt::CaseInsensitive));

    // Offered again, filled in, when the window works on that server.
    ServerConnectDialog again(dialog.url());
    CHECK(again.savedList()->currentText() == QStringLiteral("区消保委办公室"));
    CHECK(again.hostEdit()->text() == QStringLiteral("10.0.0.5"));
    CHECK(again.portEdit()->value() == 5433);
    CHECK(again.securityChoice()->currentData().toString() == QStringLiteral("verify-full"));
    CHECK(again.forgetButton()->isEnabled());

    // A second connection without a name gets one; choosing "a new connection" clears the form.
    choose(again.savedList(), QString());
    emit again.savedList()->activated(again.savedList()->currentIndex());
    CHECK(again.hostEdit()->text().isEmpty());
    again.hostEdit()->setText(QStringLiteral("db.council.local"));
    again.databaseEdit()->setText(QStringLiteral("archive"));
    again.accept();
    REQUIRE(again.result() == QDialog::Accepted);
    CHECK(again.url() == QStringLiteral("postgresql://db.council.local:5432/archive"));
    CHECK(ServerProfiles().all().size() == 2);

    // Forgotten on request.
    ServerConnectDialog third(QString{});
    choose(third.savedList(), QStringLiteral("区消保委办公室"));
    emit third.savedList()->activated(third.savedList()->currentIndex());
    CHECK(third.hostEdit()->text() == QStringLiteral("10.0.0.5"));
    third.forgetButton()->click();
    CHECK(third.notice()->kind() == NoticeBar::Kind::Information);
    REQUIRE(ServerProfiles().all().size() == 1);
    CHECK(ServerProfiles().all().first().host == QStringLiteral("db.council.local"));
    clearProfiles();
}

TEST_CASE("a server address that is not valid is refused in the dialog", "[ui][server-connect]")
{
    clearProfiles();
    ServerConnectDialog dialog(QString{});
    dialog.hostEdit()->setText(QStringLiteral("bad host name"));
    dialog.databaseEdit()->setText(QStringLiteral("casedesk"));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.notice()->kind() == NoticeBar::Kind::Error);
    CHECK(ServerProfiles().all().isEmpty());
}
