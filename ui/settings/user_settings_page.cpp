#include "user_settings_page.h"

#include "auth/user_administration.h"
#include "notice_bar.h"
#include "storage/user_repository.h"

#include <QApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace casedesk {

UserSettingsPage::UserSettingsPage(QSqlDatabase db, const QString &actor, HashCost cost, QWidget *parent)
    : QWidget(parent), m_db(std::move(db)), m_actor(actor), m_cost(cost), m_users(new QTableWidget(0, 3, this)),
      m_name(new QLineEdit(this)), m_role(new QComboBox(this)), m_password(new QLineEdit(this)),
      m_message(new NoticeBar(this))
{
    setObjectName(QStringLiteral("userSettingsPage"));
    m_users->setObjectName(QStringLiteral("userTable"));
    m_users->setHorizontalHeaderLabels({tr("Name"), tr("Role"), tr("State")});
    m_users->horizontalHeader()->setStretchLastSection(true);
    m_users->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_users->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_users->setSelectionMode(QAbstractItemView::SingleSelection);
    m_users->verticalHeader()->hide();
    m_name->setObjectName(QStringLiteral("userNameLineEdit"));
    m_name->setMaxLength(UserRepository::kMaxNameLength);
    for (Role role : allRoles())
        m_role->addItem(labelOf(role), codeOf(role));
    m_password->setObjectName(QStringLiteral("userPasswordLineEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMaxLength(kMaxPasswordLength);
    m_password->setPlaceholderText(tr("At least %1 characters").arg(kMinPasswordLength));
    connect(m_users, &QTableWidget::itemSelectionChanged, this, [this] {
        const QString name = selectedName();
        if (name.isEmpty())
            return;
        m_name->setText(name);
        if (auto user = UserRepository(m_db).findByName(name))
            m_role->setCurrentIndex(m_role->findData(codeOf(user->role)));
    });

    const auto role = [this] { return roleFromCode(m_role->currentData().toString()).value_or(Role::Caseworker); };
    const auto button = [this](const QString &text, auto action) {
        auto *b = new QPushButton(text, this);
        connect(b, &QPushButton::clicked, this, action);
        return b;
    };
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(button(tr("Add User"), [this, role] { (void)addUser(m_name->text(), role(), m_password->text()); }));
    buttons->addWidget(button(tr("Change Role"), [this, role] { (void)setRole(m_name->text(), role()); }));
    buttons->addWidget(button(tr("Set Password"), [this] { (void)resetPassword(m_name->text(), m_password->text()); }));
    buttons->addWidget(button(tr("Unlock"), [this] { (void)unlock(m_name->text()); }));
    buttons->addWidget(button(tr("Deactivate"), [this] { (void)setActive(m_name->text(), false); }));
    buttons->addWidget(button(tr("Activate"), [this] { (void)setActive(m_name->text(), true); }));
    buttons->addStretch(1);

    auto *form = new QFormLayout;
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Role"), m_role);
    form->addRow(tr("Password"), m_password);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_users, 1);
    layout->addLayout(form);
    layout->addLayout(buttons);
    refresh();
}

QString UserSettingsPage::selectedName() const
{
    const int row = m_users->currentRow();
    return row >= 0 && m_users->item(row, 0) ? m_users->item(row, 0)->text() : QString();
}

void UserSettingsPage::refresh()
{
    m_users->setRowCount(0);
    auto users = UserRepository(m_db).list();
    if (!users) {
        m_message->showError(tr("The users could not be loaded: %1").arg(users.error().message));
        return;
    }
    const QDateTime now = QDateTime::currentDateTime();
    for (const User &user : users.value()) {
        QStringList state{user.active ? tr("active") : tr("inactive")};
        if (!user.hasPassword)
            state << tr("no password");
        if (user.lockedUntil.isValid() && user.lockedUntil > now)
            state << tr("locked until %1").arg(user.lockedUntil.toString(QStringLiteral("HH:mm")));
        const int row = m_users->rowCount();
        m_users->insertRow(row);
        m_users->setItem(row, 0, new QTableWidgetItem(user.name));
        m_users->setItem(row, 1, new QTableWidgetItem(labelOf(user.role)));
        m_users->setItem(row, 2, new QTableWidgetItem(state.join(QStringLiteral(", "))));
    }
    m_users->resizeColumnsToContents();
}

Status UserSettingsPage::report(const Status &done, const QString &success)
{
    if (done)
        m_message->showMessage(success, NoticeBar::Kind::Information);
    else
        m_message->showError(done.error().message);
    if (done) {
        m_password->clear();
        refresh();
    }
    return done;
}

namespace {
template <typename T> Status statusOf(const Result<T> &result) { return result ? Status() : Status(result.error()); }
} // namespace

Status UserSettingsPage::addUser(const QString &name, Role role, const QString &password)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto added = UserAdministration(m_db).addUser(m_actor, name, role, password, m_cost);
    QApplication::restoreOverrideCursor();
    return report(statusOf(added), tr("%1 can now sign in as %2.").arg(name.trimmed(), labelOf(role)));
}

Status UserSettingsPage::setRole(const QString &name, Role role)
{
    return report(statusOf(UserAdministration(m_db).setRole(m_actor, name, role)),
                  tr("%1 is now %2.").arg(name.trimmed(), labelOf(role)));
}

Status UserSettingsPage::setActive(const QString &name, bool active)
{
    return report(statusOf(UserAdministration(m_db).setActive(m_actor, name, active)),
                  active ? tr("%1 may act again.").arg(name.trimmed())
                         : tr("%1 can no longer sign in; their name stays on their cases.").arg(name.trimmed()));
}

Status UserSettingsPage::resetPassword(const QString &name, const QString &password)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto reset = UserAdministration(m_db).resetPassword(m_actor, name, password, m_cost);
    QApplication::restoreOverrideCursor();
    return report(statusOf(reset), tr("%1 has a new password.").arg(name.trimmed()));
}

Status UserSettingsPage::unlock(const QString &name)
{
    return report(statusOf(UserAdministration(m_db).unlock(m_actor, name)), tr("%1 is unlocked.").arg(name.trimmed()));
}

} // namespace casedesk
