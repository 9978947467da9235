#include "groups_dialog.h"

#include "group_view_widget.h"
#include "groups/group_service.h"
#include "notice_bar.h"

#include "storage/complaint_repository.h"

#include <QInputDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QVBoxLayout>

namespace casedesk {

GroupsDialog::GroupsDialog(const QSqlDatabase &db, const QString &actor, const QString &council, QWidget *parent)
    : QDialog(parent), m_db(db), m_actor(actor), m_list(new QListWidget(this)), m_view(new GroupViewWidget(this)),
      m_notice(new NoticeBar(this))
{
    setObjectName(QStringLiteral("groupsDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Group Cases"));
    resize(1100, 640);
    m_view->setDatabase(db, actor, council);
    m_list->setObjectName(QStringLiteral("groupList"));
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *create = new QPushButton(tr("New Group from Cases..."), left);
    create->setEnabled(!actor.isEmpty());
    connect(create, &QPushButton::clicked, this, &GroupsDialog::newGroupFromCases);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addWidget(create);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_view);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({240, 860});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_notice);
    layout->addWidget(splitter);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        m_view->showGroup(row < 0 ? 0 : m_list->item(row)->data(Qt::UserRole).toLongLong());
    });
    connect(m_view, &GroupViewWidget::caseActivated, this, &GroupsDialog::caseActivated);
    connect(m_view, &GroupViewWidget::problem, this, [this](const QString &text) { m_notice->showError(text); });
    connect(m_view, &GroupViewWidget::groupChanged, this, [this](qint64 groupId, const QString &text) {
        m_notice->hide();
        emit message(text);
        reload();
        showGroup(groupId);
    });
    reload();
}

void GroupsDialog::reload()
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    auto groups = GroupService(m_db).list();
    if (!groups) {
        m_notice->showError(tr("The group cases could not be loaded: %1").arg(groups.error().message));
        return;
    }
    for (const CaseGroup &g : groups.value()) {
        auto *item = new QListWidgetItem(tr("%1\n%n member(s), %2 open", nullptr, g.members).arg(g.name).arg(g.openMembers),
                                         m_list);
        item->setData(Qt::UserRole, g.id);
    }
}

void GroupsDialog::newGroupFromCases()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New Group Case"), tr("Name of the group case:"),
                                               QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    const QString numbers = QInputDialog::getMultiLineText(
        this, tr("New Group Case"), tr("Case numbers, one per line or separated by spaces or commas:"), {}, &ok);
    if (!ok)
        return;
    QList<qint64> ids;
    static const QRegularExpression separators(QStringLiteral("[\\s,，;；]+"));
    for (const QString &number : numbers.split(separators, Qt::SkipEmptyParts)) {
        auto c = ComplaintRepository(m_db).findByCaseNumber(number);
        if (!c) {
            m_notice->showError(c.error().message);
            return;
        }
        ids.append(c->id);
    }
    auto id = GroupService(m_db).createFromCases(ids, name, m_actor);
    if (!id) {
        m_notice->showError(id.error().message);
        return;
    }
    reload();
    showGroup(id.value());
    emit message(tr("Made a group case of %n case(s).", nullptr, int(ids.size())));
}

void GroupsDialog::showGroup(qint64 groupId)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toLongLong() == groupId) {
            m_list->setCurrentRow(row);
            m_view->showGroup(groupId);
            return;
        }
    }
    if (m_list->count() > 0 && groupId == 0)
        m_list->setCurrentRow(0);
}

} // namespace casedesk
