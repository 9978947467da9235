// The main window's statistics and follow-up commands: the dashboard (View menu) and the
// Follow-up menu. Kept apart from main_window.cpp, which is about the case list.

#include "main_window.h"

#include "case_table_model.h"
#include "dashboard/dashboard_window.h"
#include "filter_bar.h"
#include "followup/follow_up_dialog.h"
#include "followup/spot_check_dialog.h"
#include "followup/typical_case_dialog.h"
#include "storage/complaint_repository.h"

#include <QMenu>
#include <QMenuBar>
#include "notice_bar.h"

#include <QTableView>

namespace casedesk {

void MainWindow::createStatisticsMenu()
{
    // The View menu is the last one added so far.
    QMenu *view = menuBar()->actions().last()->menu();
    view->addSeparator();
    QAction *dashboard = view->addAction(tr("D&ashboard..."), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D), this,
                                         [this] { showDashboard(); });
    dashboard->setObjectName(QStringLiteral("dashboardAction"));

    QMenu *followUp = menuBar()->addMenu(tr("F&ollow-up"));
    followUp->setObjectName(QStringLiteral("followUpMenu"));
    followUp->addAction(tr("Record Follow-up &Visit..."), this, &MainWindow::recordFollowUp)
        ->setObjectName(QStringLiteral("recordFollowUpAction"));
    followUp->addAction(tr("Mark as &Typical Case..."), this, &MainWindow::markTypicalCase)
        ->setObjectName(QStringLiteral("markTypicalAction"));
    followUp->addSeparator();
    followUp->addAction(tr("Monthly &Spot Check..."), this, &MainWindow::showSpotChecks)
        ->setObjectName(QStringLiteral("spotCheckAction"));
}

DashboardWindow *MainWindow::showDashboard()
{
    if (!m_dashboard) {
        m_dashboard = new DashboardWindow(m_database->connection(), currentUserName(), this);
        m_dashboard->setAttribute(Qt::WA_DeleteOnClose);
        m_dashboard->resize(size());
        connect(m_dashboard, &DashboardWindow::openCases, this, [this](const CaseFilter &filter) {
            m_filterBar->setFilter(filter);
            raise();
            activateWindow();
        });
    }
    m_dashboard->show();
    m_dashboard->raise();
    m_dashboard->activateWindow();
    return m_dashboard;
}

void MainWindow::closeStatisticsWindows()
{
    // Their figures belong to the database that is being closed.
    delete m_dashboard;
}

void MainWindow::recordFollowUp()
{
    const qint64 id = selectedCaseId();
    if (id == 0)
        return m_notice->showMessage(tr("Select a case in the list first."), NoticeBar::Kind::Information);
    auto complaint = ComplaintRepository(m_database->connection()).get(id);
    if (!complaint)
        return m_notice->showError(complaint.error().message);
    FollowUpDialog dialog(m_database->connection(), currentUserName(), id, complaint->caseNumber, this);
    if (dialog.exec() == QDialog::Accepted)
        showSelectedCase(); // the audit trail has a new line
}

void MainWindow::markTypicalCase()
{
    const qint64 id = selectedCaseId();
    if (id == 0)
        return m_notice->showMessage(tr("Select a case in the list first."), NoticeBar::Kind::Information);
    auto complaint = ComplaintRepository(m_database->connection()).get(id);
    if (!complaint)
        return m_notice->showError(complaint.error().message);
    TypicalCaseDialog dialog(m_database->connection(), currentUserName(), id, complaint->caseNumber, this);
    if (dialog.exec() == QDialog::Accepted)
        showSelectedCase();
}

void MainWindow::showSpotChecks()
{
    auto *dialog = new SpotCheckDialog(m_database->connection(), currentUserName(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SpotCheckDialog::openCase, this, [this](qint64 caseId) {
        auto complaint = ComplaintRepository(m_database->connection()).get(caseId);
        if (complaint)
            m_filterBar->searchFor(complaint->caseNumber);
        if (m_model->rowCount() > 0)
            m_table->selectRow(0);
    });
    dialog->show();
}

} // namespace casedesk
