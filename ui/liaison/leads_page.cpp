#include "liaison/leads_page.h"

#include "liaison/lead_edit_dialog.h"
#include "liaison/liaison_lead_service.h"
#include "notice_bar.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace casedesk {

LeadsPage::LeadsPage(QSqlDatabase db, const QString &actor, QWidget *parent)
    : QWidget(parent), m_db(std::move(db)), m_actor(actor), m_table(new QTableWidget(0, 7, this)),
      m_notice(new NoticeBar(this))
{
    setObjectName(QStringLiteral("leadsPage"));
    m_table->setObjectName(QStringLiteral("leadTable"));
    m_table->setHorizontalHeaderLabels({tr("Received"), tr("Liaison point"), tr("Suspicion"), tr("Business"),
                                        tr("Regulator"), tr("Outcome"), tr("Note")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *add = new QPushButton(tr("New Lead..."), this);
    auto *edit = new QPushButton(tr("Follow Up..."), this);
    edit->setToolTip(tr("Record that the lead was forwarded to a regulator, or its outcome"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(edit);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_notice);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    m_notice->hide();
    connect(add, &QPushButton::clicked, this, &LeadsPage::addLead);
    connect(edit, &QPushButton::clicked, this, &LeadsPage::editLead);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &LeadsPage::editLead);
}

void LeadsPage::setPoints(const QList<LiaisonPoint> &points)
{
    m_points = points;
    reload();
}

void LeadsPage::reload()
{
    auto leads = LiaisonLeadService(m_db).list(m_actor);
    m_leads = leads ? leads.value() : QList<LiaisonLead>{};
    if (!leads)
        m_notice->showError(tr("The leads could not be loaded: %1").arg(leads.error().message));
    else if (m_notice->kind() == NoticeBar::Kind::Error)
        m_notice->hide();
    const QLocale locale;
    m_table->setRowCount(int(m_leads.size()));
    for (int row = 0; row < m_leads.size(); ++row) {
        const LiaisonLead &lead = m_leads.at(row);
        const QStringList cells = {locale.toString(lead.receivedOn, QLocale::ShortFormat),
                                   lead.pointName,
                                   lead.suspicion,
                                   lead.business,
                                   lead.regulator,
                                   labelOf(lead.outcome),
                                   lead.outcomeNote};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_table->resizeColumnsToContents();
}

void LeadsPage::addLead()
{
    LiaisonLead lead;
    lead.receivedOn = QDate::currentDate();
    LeadEditDialog dialog(m_db, lead, m_points, m_actor, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_notice->showMessage(tr("Lead from %1 recorded.").arg(dialog.saved().pointName), NoticeBar::Kind::Information);
    reload();
}

void LeadsPage::editLead()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_leads.size()) {
        m_notice->showMessage(tr("Select a lead first."), NoticeBar::Kind::Information);
        return;
    }
    LeadEditDialog dialog(m_db, m_leads.at(row), m_points, m_actor, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_notice->showMessage(tr("Lead saved."), NoticeBar::Kind::Information);
    reload();
}

} // namespace casedesk
