#include "business_cases_dialog.h"

#include "domain/money.h"
#include "groups/group_service.h"
#include "notice_bar.h"
#include "prepaid/prepaid_card.h"
#include "privacy/masking.h"
#include "storage/business_repository.h"
#include "storage/complaint_repository.h"
#include "storage/group_repository.h"
#include "storage/prepaid_card_repository.h"
#include "workflow/case_workflow.h"

#include <QDate>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace casedesk {

BusinessCasesDialog::BusinessCasesDialog(const QSqlDatabase &db, qint64 businessId, const QString &actor,
                                         QWidget *parent)
    : QDialog(parent), m_db(db), m_businessId(businessId), m_actor(actor), m_summary(new QLabel(this)),
      m_notice(new NoticeBar(this)), m_table(new QTableWidget(this)),
      m_makeGroup(new QPushButton(tr("Make Group Case of Open Complaints"), this))
{
    setObjectName(QStringLiteral("businessCasesDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    resize(820, 520);
    m_summary->setWordWrap(true);
    m_makeGroup->setObjectName(QStringLiteral("makeGroupButton"));
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels(
        {tr("Case number"), tr("Received"), tr("Complainant"), tr("Status"), tr("Card balance (¥)"), tr("Group")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_makeGroup, QDialogButtonBox::ActionRole);
    auto *selected = buttons->addButton(tr("Group Selected"), QDialogButtonBox::ActionRole);
    selected->setToolTip(tr("Make a group case of the selected complaints only"));
    selected->setEnabled(!m_actor.isEmpty());
    connect(selected, &QPushButton::clicked, this, &BusinessCasesDialog::groupSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_makeGroup, &QPushButton::clicked, this, &BusinessCasesDialog::makeGroup);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        emit caseActivated(m_table->item(row, 0)->data(Qt::UserRole).toLongLong());
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_notice);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    reload();
}

void BusinessCasesDialog::reload()
{
    m_notice->hide();
    auto business = BusinessRepository(m_db).get(m_businessId);
    if (!business) {
        m_notice->showError(tr("The business could not be loaded: %1").arg(business.error().message));
        m_makeGroup->setEnabled(false);
        return;
    }
    m_businessName = business->name;
    setWindowTitle(tr("Complaints about %1").arg(business->name));
    m_summary->setText(tr("%1 (%2): %3 open and %4 finished complaints, %5 with a prepaid card. Business now: %6.")
                           .arg(business->name,
                                business->creditCode.isEmpty() ? tr("no credit code") : business->creditCode)
                           .arg(business->openComplaints)
                           .arg(business->closedComplaints)
                           .arg(business->prepaidComplaints)
                           .arg(labelOf(business->state)));
    m_makeGroup->setEnabled(business->openComplaints > 0 && !m_actor.isEmpty());
    auto ids = BusinessRepository(m_db).complaintsOf(m_businessId);
    if (!ids) {
        m_table->setRowCount(0);
        m_notice->showError(tr("The business's complaints could not be loaded: %1").arg(ids.error().message));
        return;
    }
    int unread = 0;
    m_table->setRowCount(int(ids->size()));
    int row = 0;
    for (qint64 id : ids.value()) {
        auto c = ComplaintRepository(m_db).get(id);
        if (!c) {
            ++unread;
            continue;
        }
        auto card = PrepaidCardRepository(m_db).get(id);
        auto group = GroupRepository(m_db).groupOf(id);
        QString groupName;
        if (group && group.value() > 0) {
            if (auto g = GroupRepository(m_db).get(group.value()))
                groupName = g->name;
        }
        const QStringList cells = {c->caseNumber, c->receivedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                   maskName(c->consumer.name) + QStringLiteral("  ") + maskPhone(c->consumer.phone),
                                   labelOf(c->status),
                                   card && card->has_value() ? formatYuan(card->value().balanceFen) : QString(),
                                   groupName};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setData(Qt::UserRole, id);
            m_table->setItem(row, column, item);
        }
        ++row;
    }
    m_table->setRowCount(row);
    m_table->resizeColumnsToContents();
    if (unread > 0)
        m_notice->showError(tr("%n of the business's complaints could not be loaded.", nullptr, unread));
}

void BusinessCasesDialog::groupSelected()
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        ids.append(index.data(Qt::UserRole).toLongLong());
    if (ids.isEmpty())
        return;
    const QString name = tr("%1 group complaint %2").arg(m_businessName, QDate::currentDate().toString(Qt::ISODate));
    auto id = GroupService(m_db).createFromCases(ids, name, m_actor);
    if (!id) {
        m_notice->showError(id.error().message);
        return;
    }
    emit groupCreated(id.value());
    reload();
}

void BusinessCasesDialog::makeGroup()
{
    const QString name = tr("%1 group complaint %2").arg(m_businessName, QDate::currentDate().toString(Qt::ISODate));
    auto id = GroupService(m_db).createFromBusiness(m_businessId, name, m_actor);
    if (!id) {
        m_notice->showError(id.error().message);
        return;
    }
    emit groupCreated(id.value());
    reload();
}

} // namespace casedesk
