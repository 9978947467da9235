#include "sign_in_dialog.h"

#include "auth/sign_in_service.h"
#include "demo/demo_generator.h"
#include "notice_bar.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace casedesk {
namespace {

constexpr int kRoleData = Qt::UserRole + 1; // the user's role, as shown

// The dialog's one inline message widget (a refusal, passwords that differ).
NoticeBar *newProblemBar(QWidget *parent)
{
    auto *bar = new NoticeBar(parent);
    bar->setObjectName(QStringLiteral("problemBar"));
    return bar;
}

QLineEdit *passwordField(QWidget *parent, const QString &name)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setEchoMode(QLineEdit::Password);
    edit->setMaxLength(kMaxPasswordLength);
    return edit;
}

// The list of names shows each user's role beside the name ("陈静 · 调解员"); the field keeps
// the bare name, which is what signs in.
class NameWithRoleDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const QString role = index.data(kRoleData).toString();
        if (!role.isEmpty())
            option->text = SignInDialog::tr("%1 · %2").arg(option->text, role);
    }
};

} // namespace

SignInDialog::SignInDialog(QSqlDatabase db, const QString &preselected, Purpose purpose, QWidget *parent)
    : QDialog(parent), m_db(std::move(db)), m_name(new QComboBox(this)),
      m_password(passwordField(this, QStringLiteral("passwordLineEdit"))), m_problem(newProblemBar(this))
{
    setObjectName(QStringLiteral("signInDialog"));
    const bool unlocking = purpose == Purpose::Unlock;
    setWindowTitle(unlocking ? tr("CaseDesk Is Locked") : tr("Sign In to CaseDesk"));
    m_name->setObjectName(QStringLiteral("userNameComboBox"));
    m_name->setEditable(true); // names can be typed; the list offers those who can sign in
    m_name->setInsertPolicy(QComboBox::NoInsert);
    if (auto users = UserRepository(m_db).list(false)) {
        for (const User &user : users.value()) {
            if (user.hasPassword) {
                m_name->addItem(user.name);
                m_name->setItemData(m_name->count() - 1, labelOf(user.role), kRoleData);
            }
        }
    }
    m_name->setItemDelegate(new NameWithRoleDelegate(m_name));
    m_name->setCurrentIndex(m_name->findText(preselected));
    if (m_name->currentIndex() < 0)
        m_name->setEditText(preselected);

    auto *intro = new QLabel(unlocking ? tr("The desk was locked after a while without use. "
                                            "Enter your password to go on working.")
                                       : tr("Enter your user name and password."),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("User name"), m_name);
    form->addRow(tr("Password"), m_password);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(unlocking ? tr("Unlock") : tr("Sign In"), QDialogButtonBox::AcceptRole);
    buttons->addButton(unlocking ? tr("Quit CaseDesk") : tr("Cancel"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    if (isDemoDatabase(m_db)) {
        // The password and the name are kept whole on their line: word joiners (U+2060) between
        // their characters, since a Chinese line may otherwise break inside 管理员.
        const auto whole = [](const QString &text) {
            QString joined;
            for (const QChar c : text) {
                if (!joined.isEmpty())
                    joined += QChar(0x2060);
                joined += c;
            }
            return joined;
        };
        auto *hint = new QLabel(tr("Demo database: every demo user's password is %1 (the administrator is %2).")
                                    .arg(whole(kDemoPassword), whole(kDemoAdministrator)),
                                this);
        hint->setObjectName(QStringLiteral("demoHintLabel"));
        hint->setWordWrap(true);
        hint->setStyleSheet(QStringLiteral("color: #5f6368;"));
        layout->addWidget(hint);
    }
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(380);
    (m_name->currentText().isEmpty() ? static_cast<QWidget *>(m_name) : m_password)->setFocus();
}

void SignInDialog::accept()
{
    QApplication::setOverrideCursor(Qt::WaitCursor); // Argon2id takes a moment, by design
    auto signedIn = SignInService(m_db).signIn(m_name->currentText(), m_password->text());
    QApplication::restoreOverrideCursor();
    m_password->clear();
    if (!signedIn) {
        m_problem->showError(signedIn.error().message);
        m_password->setFocus();
        return;
    }
    m_user = signedIn.value();
    QDialog::accept();
}

FirstAdministratorDialog::FirstAdministratorDialog(QSqlDatabase db, QWidget *parent)
    : QDialog(parent), m_db(std::move(db)), m_name(new QLineEdit(this)),
      m_password(passwordField(this, QStringLiteral("passwordLineEdit"))),
      m_repeat(passwordField(this, QStringLiteral("repeatLineEdit"))), m_problem(newProblemBar(this))
{
    setObjectName(QStringLiteral("firstAdministratorDialog"));
    setWindowTitle(tr("Set Up the Administrator"));
    m_name->setObjectName(QStringLiteral("nameLineEdit"));
    m_name->setMaxLength(UserRepository::kMaxNameLength);
    auto *intro = new QLabel(tr("Nobody can sign in to this database yet. Choose the administrator who will add "
                                "the caseworkers and supervisors. The password needs at least %1 characters.")
                                 .arg(kMinPasswordLength),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Administrator's name"), m_name);
    form->addRow(tr("Password"), m_password);
    form->addRow(tr("Password again"), m_repeat);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create Administrator"));
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstAdministratorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

void FirstAdministratorDialog::accept()
{
    const auto refuse = [this](const QString &message) { m_problem->showError(message); };
    if (m_password->text() != m_repeat->text())
        return refuse(tr("The two passwords differ."));
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto created = SignInService(m_db).createFirstAdministrator(m_name->text(), m_password->text(), HashCost::Interactive);
    QApplication::restoreOverrideCursor();
    if (!created)
        return refuse(created.error().message);
    m_user = created.value();
    QDialog::accept();
}

ChangePasswordDialog::ChangePasswordDialog(QSqlDatabase db, const QString &userName, HashCost cost, QWidget *parent)
    : QDialog(parent), m_db(std::move(db)), m_userName(userName), m_cost(cost),
      m_current(passwordField(this, QStringLiteral("currentPasswordLineEdit"))),
      m_new(passwordField(this, QStringLiteral("newPasswordLineEdit"))),
      m_repeat(passwordField(this, QStringLiteral("repeatLineEdit"))), m_problem(newProblemBar(this))
{
    setObjectName(QStringLiteral("changePasswordDialog"));
    setWindowTitle(tr("Change My Password"));
    auto *form = new QFormLayout;
    form->addRow(tr("User name"), new QLabel(userName, this));
    form->addRow(tr("Current password"), m_current);
    form->addRow(tr("New password"), m_new);
    form->addRow(tr("New password again"), m_repeat);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(380);
}

void ChangePasswordDialog::accept()
{
    if (m_new->text() != m_repeat->text()) {
        m_problem->showError(tr("The two new passwords differ."));
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status changed =
        SignInService(m_db).changeOwnPassword(m_userName, m_current->text(), m_new->text(), m_cost);
    QApplication::restoreOverrideCursor();
    m_current->clear();
    if (!changed) {
        m_problem->showError(changed.error().message);
        return;
    }
    QDialog::accept();
}

std::optional<User> signInTo(const QSqlDatabase &db, const QString &preselected, QWidget *parent)
{
    // Connected to the server with a user's own login: the server has checked the password
    // already, and this desk can be only that user.
    SignInService signIns(db);
    auto own = signIns.connectedUser();
    if (!own || !own->isEmpty()) {
        auto user = own ? signIns.signInConnected() : Result<User>(own.error());
        if (user)
            return user.value();
        QMessageBox::warning(parent, SignInDialog::tr("Sign In"), user.error().message);
        return std::nullopt;
    }
    if (auto firstRun = SignInService(db).needsFirstAdministrator(); firstRun && firstRun.value()) {
        FirstAdministratorDialog setUp(db, parent);
        if (setUp.exec() != QDialog::Accepted)
            return std::nullopt;
        return setUp.user(); // they have just chosen the password: no need to type it again
    }
    SignInDialog dialog(db, preselected, SignInDialog::Purpose::SignIn, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.user();
}

} // namespace casedesk
