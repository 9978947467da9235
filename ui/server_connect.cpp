#include "server_connect.h"

#include "auth/sign_in_service.h"
#include "storage/server_url.h"

#include <QCoreApplication>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QUrl>

namespace casedesk {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(ServerConnect)
};

QString withPassword(const QString &url, const QString &password)
{
    QUrl parsed(url);
    parsed.setPassword(password);
    return parsed.toString();
}

} // namespace

std::optional<std::unique_ptr<Database>> connectToServer(QWidget *parent, const QString &url)
{
    QString current = url;
    bool askedForPassword = false;
    for (;;) {
        auto opened = Database::open(current, Database::OpenMode::OpenExisting);
        if (opened)
            return std::move(opened).value();
        auto server = ServerUrl::parse(current);
        const bool passwordRefused = isRefusedPassword(opened.error());
        // A wrong password counts towards the user's lock-out, as one typed at a desk does
        // (when the server cannot be told, the desk asks again all the same).
        if (server && passwordRefused && !server->password.isEmpty())
            (void)SignInService::noteRefusedConnection(current, server->user);
        // The server refused a missing or wrong password: ask for it (once more after a wrong one).
        if (server && passwordRefused) {
            bool ok = false;
            const QString label = askedForPassword
                                      ? Msg::tr("The server %1 refused the password. Password for %2:")
                                      : Msg::tr("Password for %2 on the server %1:");
            const QString password = QInputDialog::getText(
                parent, Msg::tr("Connect to Server"), label.arg(server->displayName(), server->user),
                QLineEdit::Password, {}, &ok);
            if (!ok)
                return std::nullopt;
            current = withPassword(url, password);
            askedForPassword = true;
            continue;
        }
        QMessageBox box(QMessageBox::Critical, Msg::tr("Connect to Server"),
                        Msg::tr("CaseDesk could not open the office's database on the server."), QMessageBox::NoButton,
                        parent);
        box.setInformativeText(opened.error().message);
        QPushButton *retry = box.addButton(Msg::tr("Retry"), QMessageBox::AcceptRole);
        box.addButton(QMessageBox::Close);
        box.exec();
        if (box.clickedButton() != static_cast<QAbstractButton *>(retry))
            return std::nullopt;
    }
}

} // namespace casedesk
