// The main window's export of the case list as filtered to an Excel workbook.

#include "main_window.h"

#include "auth/permissions.h"
#include "background_work.h"
#include "export/case_xlsx.h"
#include "filter_bar.h"
#include "notice_bar.h"
#include "privacy/personal_data.h"
#include "storage/database.h"
#include "case_table_model.h"
#include "workorders/import_dialog.h"
#include "workorders/platform_results.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QStatusBar>

namespace casedesk {

void MainWindow::exportCasesToExcel()
{
    if (!m_database || !mayDo(Permission::ViewCases, tr("Export to Excel")))
        return;
    const QString user = currentUserName();
    // Names and phones only when the user may and says so; it is then written to the desk log.
    bool identified = false;
    if (m_user && roleAllows(m_user->role, Permission::ExportIdentified)) {
        identified = QMessageBox::question(this, tr("Export to Excel"),
                                           tr("Include the complainants' names and phone numbers? The export is "
                                              "recorded in the desk log. Choose No for a de-identified list."),
                                           QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Export to Excel"), tr("cases.xlsx"),
                                                      tr("Excel workbooks (*.xlsx)"));
    if (path.isEmpty())
        return;
    // Decided (and an identified export logged) once the file is chosen: a cancel logs nothing.
    auto form = exportFormFor(m_database->connection(), user, identified, QStringLiteral("case list (Excel)"));
    if (!form)
        return m_notice->showError(form.error().message);
    const CaseFilter filter = m_filterBar->filter();
    const ExportForm chosen = form.value();
    const QString title = tr("Cases as listed on %1").arg(QDate::currentDate().toString(Qt::ISODate));
    // A long list takes a while to read and write: on a worker with its own connection.
    auto written = runWithProgress<int>(
        this, WorkOptions{tr("Export to Excel"), tr("Writing the cases..."), m_database->connection().databaseName(),
                          false},
        std::function([filter, chosen, path, title](WorkContext &work) {
            return writeCaseListXlsx(work.db, filter, CaseSort{}, chosen, path, title);
        }));
    if (!written)
        return m_notice->showError(tr("The cases were not exported: %1").arg(written.error().message));
    statusBar()->showMessage(tr("%n case(s) written to %1", nullptr, written.value()).arg(path), 10000);
}

void MainWindow::importWorkOrders()
{
    if (!m_database || !mayDo(Permission::RegisterCase, tr("Import Work Orders")))
        return;
    ImportDialog dialog(m_database->connection(), currentUserName(), this);
    connect(&dialog, &ImportDialog::imported, this, [this](int count, const QString &message) {
        if (count > 0)
            m_model->setFilter(m_filterBar->filter()); // the new cases in the list
        statusBar()->showMessage(message, 10000);
    });
    dialog.exec();
}

void MainWindow::exportPlatformResults()
{
    if (!m_database)
        return;
    // A few queries a case: on a worker, as the case export.
    const CaseFilter filter = m_filterBar->filter();
    const QString user = currentUserName();
    auto results = runWithProgress<QList<PlatformResult>>(
        this, WorkOptions{tr("Results for 12315"), tr("Gathering the results..."),
                          m_database->connection().databaseName(), false},
        std::function([filter, user](WorkContext &work) { return platformResults(work.db, filter, user); }));
    if (!results)
        return m_notice->showError(tr("The results could not be gathered: %1").arg(results.error().message));
    if (results->isEmpty())
        return m_notice->showMessage(tr("No finished case from the 12315 platform is in the list."),
                                     NoticeBar::Kind::Information);
    const QString path = QFileDialog::getSaveFileName(this, tr("Results for 12315"), tr("12315-results.xlsx"),
                                                      tr("Excel workbooks (*.xlsx)"));
    if (path.isEmpty())
        return;
    if (auto written = writePlatformResultsXlsx(results.value(), path); !written)
        return m_notice->showError(written.error().message);
    statusBar()->showMessage(tr("%n work order(s) written to %1", nullptr, int(results->size())).arg(path), 10000);
}

} // namespace casedesk
