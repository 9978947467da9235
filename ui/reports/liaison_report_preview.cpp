#include "reports/liaison_report_preview.h"

#include "background_work.h"
#include "documents/pdf_document.h"
#include "liaison/liaison_report.h"
#include "liaison/liaison_report_tables.h"
#include "reports/liaison_report_document.h"
#include "reports/report_pdf.h"
#include "reports/report_summary_dialog.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QTextDocument>

namespace casedesk {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(LiaisonReportPreview)
};

// The report with the analysis as the supervisor left it; nullopt when they cancelled.
Result<std::optional<LiaisonReport>> reportFor(QWidget *parent, const QSqlDatabase &db, const QString &user,
                                               const StatsPeriod &period)
{
    const WorkOptions options{Msg::tr("Liaison-Point Report"), Msg::tr("Counting the liaison points' figures..."),
                              db.databaseName(), true};
    auto report = runWithProgress<LiaisonReport>(
        parent, options, std::function([user, period](WorkContext &work) -> Result<LiaisonReport> {
            return buildLiaisonReport(work.db, period, user);
        }));
    if (!report) {
        if (report.error().code == ErrorCode::Cancelled)
            return std::optional<LiaisonReport>();
        return report.error();
    }
    LiaisonReport edited = report.value();
    ReportSummaryDialog analysis(edited.analysis, parent, Msg::tr("Report Analysis"),
                                 Msg::tr("This analysis opens the report, above the line the director signs. It was "
                                         "written from the report's figures; reword it if you wish (leave a blank "
                                         "line between paragraphs). The tables are not changed."));
    if (analysis.exec() != QDialog::Accepted)
        return std::optional<LiaisonReport>();
    edited.analysis = analysis.paragraphs();
    return std::optional<LiaisonReport>(std::move(edited));
}

void preview(QWidget *parent, const LiaisonReport &report)
{
    QPrinter printer(QPrinter::ScreenResolution);
    printer.setDocName(liaisonReportTitle(report));
    setUpA4(&printer);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(liaisonReportTitle(report));
    dialog.resize(900, 700);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&report](QPrinter *target) {
        liaisonReportDocument(report, target)->print(target);
    });
    dialog.exec();
}

} // namespace

StatsPeriod liaisonReportPeriod(const StatsPeriod &shown, const QDate &today)
{
    if (shown.kind == PeriodKind::Quarter || shown.kind == PeriodKind::Year)
        return shown;
    const QDate end = std::min(shown.to, today);
    return StatsPeriod::quarter(end.year(), (end.month() - 1) / 3 + 1);
}

Status showLiaisonReport(QWidget *parent, const QSqlDatabase &db, const QString &user, const StatsPeriod &period,
                         LiaisonReportOutput output)
{
    if (output == LiaisonReportOutput::Preview || output == LiaisonReportOutput::Pdf) {
        if (auto font = checkChineseFont(); !font)
            return font.error();
    }
    auto built = reportFor(parent, db, user, period);
    if (!built)
        return built.error();
    if (!built.value())
        return {};
    const LiaisonReport &report = *built.value();
    if (output == LiaisonReportOutput::Preview) {
        preview(parent, report);
        return {};
    }
    const QString title = liaisonReportTitle(report);
    switch (output) {
    case LiaisonReportOutput::Pdf: {
        const QString path = QFileDialog::getSaveFileName(parent, Msg::tr("Save Report as PDF"), title + QStringLiteral(".pdf"),
                                                          Msg::tr("PDF files (*.pdf)"));
        return path.isEmpty() ? Status() : writeLiaisonReportPdf(report, path);
    }
    case LiaisonReportOutput::Workbook: {
        const QString path = QFileDialog::getSaveFileName(parent, Msg::tr("Save Report as Excel"),
                                                          title + QStringLiteral(".xlsx"),
                                                          Msg::tr("Excel workbooks (*.xlsx)"));
        return path.isEmpty() ? Status() : writeLiaisonReportXlsx(report, path);
    }
    case LiaisonReportOutput::Csv: {
        const QString path = QFileDialog::getSaveFileName(
            parent, Msg::tr("Save Report Tables as CSV (one file per table, named after the one given)"),
            period.code() + QStringLiteral(".csv"), Msg::tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return {};
        auto written = writeLiaisonReportCsv(report, path);
        return written ? Status() : Status(written.error());
    }
    case LiaisonReportOutput::Preview: break;
    }
    return {};
}

} // namespace casedesk
