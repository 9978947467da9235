#pragma once

#include "storage/user_repository.h"

#include <QDialog>
#include <QSqlDatabase>

class QComboBox;
class QLabel;
class QLineEdit;

namespace casedesk {

// Who is working at this desk: picked from the database's users, or added as a new one.
// (Passwords and sign-in come with the security work; this only records who acts.)
class ChooseUserDialog : public QDialog {
    Q_OBJECT
public:
    ChooseUserDialog(QSqlDatabase db, const QString &preselected, QWidget *parent = nullptr);

    // The chosen or newly added user, after accept().
    User user() const { return m_user; }

    void accept() override;

private:
    QSqlDatabase m_db;
    QComboBox *m_existing;
    QLineEdit *m_newName;
    QComboBox *m_newRole;
    QLabel *m_problem;
    User m_user;
};

} // namespace casedesk
