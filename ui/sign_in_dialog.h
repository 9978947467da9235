#pragma once

#include "auth/password_hash.h"
#include "storage/user_repository.h"

#include <QDialog>
#include <QSqlDatabase>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace casedesk {
class NoticeBar;

// Signing in to a database: a user's name and password (SignInService: wrong passwords
// count towards the lock-out). Also the lock screen after idle time, with the signed-in
// user's name filled in. On a demo database the published demo password is shown.
class SignInDialog : public QDialog {
    Q_OBJECT
public:
    enum class Purpose { SignIn, Unlock };

    SignInDialog(QSqlDatabase db, const QString &preselected, Purpose purpose = Purpose::SignIn,
                 QWidget *parent = nullptr);

    // The signed-in user, after accept().
    User user() const { return m_user; }

    QComboBox *nameBox() const { return m_name; }
    QLineEdit *passwordEdit() const { return m_password; }
    NoticeBar *problemBar() const { return m_problem; }

    void accept() override;

private:
    QSqlDatabase m_db;
    QComboBox *m_name;
    QLineEdit *m_password;
    NoticeBar *m_problem;
    User m_user;
};

// The first administrator of a database nobody can sign in to yet (a new file, or one
// from before sign-in existed): name, password and the password again.
class FirstAdministratorDialog : public QDialog {
    Q_OBJECT
public:
    explicit FirstAdministratorDialog(QSqlDatabase db, QWidget *parent = nullptr);

    User user() const { return m_user; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *repeatEdit() const { return m_repeat; }
    NoticeBar *problemBar() const { return m_problem; }

    void accept() override;

private:
    QSqlDatabase m_db;
    QLineEdit *m_name;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    NoticeBar *m_problem;
    User m_user;
};

// The signed-in user changes their own password, proving the current one.
class ChangePasswordDialog : public QDialog {
    Q_OBJECT
public:
    ChangePasswordDialog(QSqlDatabase db, const QString &userName, HashCost cost = HashCost::Interactive,
                         QWidget *parent = nullptr);

    QLineEdit *currentEdit() const { return m_current; }
    QLineEdit *newEdit() const { return m_new; }
    QLineEdit *repeatEdit() const { return m_repeat; }
    NoticeBar *problemBar() const { return m_problem; }

    void accept() override;

private:
    QSqlDatabase m_db;
    QString m_userName;
    HashCost m_cost;
    QLineEdit *m_current;
    QLineEdit *m_new;
    QLineEdit *m_repeat;
    NoticeBar *m_problem;
};

// Who works with `db`: on a database nobody can sign in to yet, the first administrator it
// sets up (who has just chosen the password); otherwise whoever signs in. Nothing if cancelled.
std::optional<User> signInTo(const QSqlDatabase &db, const QString &preselected, QWidget *parent = nullptr);

} // namespace casedesk
