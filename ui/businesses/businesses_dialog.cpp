#include "businesses_dialog.h"

#include "business_cases_dialog.h"
#include "notice_bar.h"
#include "enterprises/enterprise_agreement_dialog.h"
#include "talks/talks_dialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace casedesk {

BusinessesDialog::BusinessesDialog(const QSqlDatabase &db, const QString &actor, QWidget *parent)
    : QDialog(parent), m_db(db), m_actor(actor), m_search(new QLineEdit(this)), m_table(new QTableWidget(this)),
      m_notice(new NoticeBar(this))
{
    setObjectName(QStringLiteral("businessesDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Businesses"));
    resize(1000, 560);
    m_search->setPlaceholderText(tr("Search by name or credit code"));
    m_search->setClearButtonEnabled(true);
    m_table->setObjectName(QStringLiteral("businessTable"));
    m_table->setColumnCount(8);
    m_table->setHorizontalHeaderLabels({tr("Business"), tr("Credit code"), tr("Open"), tr("Finished"), tr("Groups"),
                                        tr("Prepaid"), tr("State"), tr("Networked")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *complaints = new QPushButton(tr("Show Complaints"), this);
    auto *merge = new QPushButton(tr("Merge Two..."), this);
    merge->setToolTip(tr("Select two records of the same business; the first keeps its name and gets every case"));
    auto *networked = new QPushButton(tr("Network Agreement..."), this);
    auto *talks = new QPushButton(tr("Talks..."), this);
    talks->setObjectName(QStringLiteral("talksButton"));
    talks->setToolTip(tr("Talks (约谈) with the business: what it promised and whether it kept it"));
    networked->setToolTip(tr("The complaint-network agreement (投诉联网) with the selected business: while it runs, "
                             "the business is a networked enterprise"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(complaints, QDialogButtonBox::ActionRole);
    buttons->addButton(merge, QDialogButtonBox::ActionRole);
    buttons->addButton(networked, QDialogButtonBox::ActionRole);
    buttons->addButton(talks, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(complaints, &QPushButton::clicked, this, &BusinessesDialog::showComplaints);
    connect(merge, &QPushButton::clicked, this, &BusinessesDialog::merge);
    connect(networked, &QPushButton::clicked, this, &BusinessesDialog::editAgreement);
    connect(talks, &QPushButton::clicked, this, &BusinessesDialog::showTalks);
    connect(m_search, &QLineEdit::returnPressed, this, &BusinessesDialog::reload);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &BusinessesDialog::showComplaints);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_notice);
    layout->addWidget(m_search);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    reload();
}

void BusinessesDialog::reload()
{
    auto rows = BusinessRepository(m_db).list(m_search->text());
    m_rows = rows ? rows.value() : QList<BusinessRow>{};
    if (!rows)
        m_notice->showError(tr("The businesses could not be loaded: %1").arg(rows.error().message));
    else
        m_notice->hide(); // an earlier failure is over
    m_table->setRowCount(int(m_rows.size()));
    for (int row = 0; row < m_rows.size(); ++row) {
        const BusinessRow &b = m_rows.at(row);
        const QStringList cells = {b.name,
                                   b.creditCode,
                                   QString::number(b.openComplaints),
                                   QString::number(b.closedComplaints),
                                   QString::number(b.groups),
                                   QString::number(b.prepaidComplaints),
                                   labelOf(b.state),
                                   !b.networked         ? QString()
                                   : b.forwardedOpen > 0 ? tr("Yes, %n case(s) with it now", nullptr, b.forwardedOpen)
                                                         : tr("Yes")};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column >= 2 && column <= 5)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
}

QList<BusinessRow> BusinessesDialog::selectedRows() const
{
    QList<BusinessRow> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        if (index.row() < m_rows.size())
            rows.append(m_rows.at(index.row()));
    }
    return rows;
}

void BusinessesDialog::showComplaints()
{
    const QList<BusinessRow> rows = selectedRows();
    if (rows.isEmpty())
        return;
    auto *dialog = new BusinessCasesDialog(m_db, rows.first().id, m_actor, this);
    connect(dialog, &BusinessCasesDialog::caseActivated, this, &BusinessesDialog::caseActivated);
    connect(dialog, &BusinessCasesDialog::groupCreated, this, &BusinessesDialog::groupCreated);
    connect(dialog, &QDialog::finished, this, &BusinessesDialog::reload);
    dialog->show();
}

void BusinessesDialog::showTalks()
{
    const QList<BusinessRow> rows = selectedRows();
    if (rows.isEmpty())
        return;
    auto *dialog = new TalksDialog(m_db, rows.first().id, rows.first().name, m_actor, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TalksDialog::changed, this, &BusinessesDialog::message);
    dialog->show();
}

void BusinessesDialog::merge()
{
    const QList<BusinessRow> rows = selectedRows();
    if (rows.size() != 2) {
        m_notice->showMessage(tr("Select exactly two records of the same business."), NoticeBar::Kind::Information);
        return;
    }
    // The record with more cases keeps its name; the other is folded into it.
    const BusinessRow &kept = rows.at(0).openComplaints + rows.at(0).closedComplaints >=
                                      rows.at(1).openComplaints + rows.at(1).closedComplaints
                                  ? rows.at(0)
                                  : rows.at(1);
    const BusinessRow &merged = &kept == &rows.at(0) ? rows.at(1) : rows.at(0);
    const bool sameCode = !kept.creditCode.isEmpty() && kept.creditCode == merged.creditCode;
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, tr("Merge Businesses"),
        (sameCode ? tr("\"%2\" has the same credit code as \"%1\".")
                  : tr("Confirm that \"%2\" is the same business as \"%1\"."))
                .arg(kept.name, merged.name) +
            QLatin1Char('\n') +
            tr("Its %n case(s) will move to \"%1\". Reason (optional):", nullptr,
               merged.openComplaints + merged.closedComplaints)
                .arg(kept.name),
        QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    auto moved = BusinessRepository(m_db).merge(kept.id, merged.id, true, reason, m_actor);
    if (!moved) {
        m_notice->showError(moved.error().message);
        return;
    }
    emit message(tr("Merged \"%1\" into \"%2\": %n case(s) moved.", nullptr, moved.value()).arg(merged.name, kept.name));
    reload();
}

void BusinessesDialog::editAgreement()
{
    const QList<BusinessRow> rows = selectedRows();
    if (rows.isEmpty())
        return;
    const BusinessRow &b = rows.first();
    EnterpriseAgreementDialog dialog(m_db, b.id, b.name, b.forwardedOpen, m_actor, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        emit message(tr("The agreement with %1 was saved.").arg(b.name));
    }
}

} // namespace casedesk
