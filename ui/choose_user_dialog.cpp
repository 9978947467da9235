#include "choose_user_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace casedesk {

ChooseUserDialog::ChooseUserDialog(QSqlDatabase db, const QString &preselected, QWidget *parent)
    : QDialog(parent), m_db(std::move(db)), m_existing(new QComboBox(this)), m_newName(new QLineEdit(this)),
      m_newRole(new QComboBox(this)), m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("chooseUserDialog"));
    setWindowTitle(tr("Who Is Working?"));
    m_existing->setObjectName(QStringLiteral("userComboBox"));
    m_newName->setObjectName(QStringLiteral("newUserLineEdit"));
    m_existing->addItem(tr("(a new user)"));
    if (auto users = UserRepository(m_db).list(false)) {
        for (const User &user : users.value())
            m_existing->addItem(QStringLiteral("%1 (%2)").arg(user.name, labelOf(user.role)), user.name);
    }
    m_existing->setCurrentIndex(std::max(m_existing->count() > 1 ? 1 : 0, m_existing->findData(preselected)));
    for (Role role : allRoles())
        m_newRole->addItem(labelOf(role), codeOf(role));
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("I am"), m_existing);
    form->addRow(tr("New user's name"), m_newName);
    form->addRow(tr("New user's role"), m_newRole);
    const auto updateNewFields = [this] {
        const bool adding = m_existing->currentIndex() == 0;
        m_newName->setEnabled(adding);
        m_newRole->setEnabled(adding);
    };
    connect(m_existing, &QComboBox::currentIndexChanged, this, updateNewFields);
    updateNewFields();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ChooseUserDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
}

void ChooseUserDialog::accept()
{
    UserRepository users(m_db);
    auto chosen = m_existing->currentIndex() == 0
                      ? users.add(m_newName->text().trimmed(),
                                  roleFromCode(m_newRole->currentData().toString()).value_or(Role::Caseworker))
                      : users.findByName(m_existing->currentData().toString());
    if (!chosen) {
        m_problem->setText(chosen.error().message);
        m_problem->show();
        return;
    }
    m_user = chosen.value();
    QDialog::accept();
}

} // namespace casedesk
