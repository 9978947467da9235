#include "reports/report_preview.h"

#include "background_work.h"
#include "dashboard/statistics_refresh.h"

#include "reports/report_document.h"
#include "documents/pdf_document.h"
#include "reports/report_pdf.h"
#include "reports/report_summary_dialog.h"
#include "stats/report_content.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFileDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QTextDocument>

namespace casedesk {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(ReportPreview)
};

// The report's content with the summary as the supervisor left it; nullopt when they cancelled.
Result<std::optional<ReportContent>> contentFor(QWidget *parent, const QSqlDatabase &db, const QString &user,
                                        const StatsPeriod &period, const StatsFilter &filter)
{
    // Counted on a worker with its own connection (a year of a large archive takes a while);
    // the window keeps painting and offers Cancel. Only the drawing happens here.
    const WorkOptions options{Msg::tr("Report"), Msg::tr("Counting the figures for the report..."),
                              db.databaseName(), true};
    auto content = runWithProgress<ReportContent>(
        parent, options, std::function([user, period, filter](WorkContext &work) -> Result<ReportContent> {
            if (auto counted = refreshStatistics(work); !counted) // with figures for the progress bar
                return counted.error();
            auto stats = StatisticsService::forUser(work.db, user);
            if (!stats)
                return stats.error();
            return buildReport(work.db, stats.value(), period, filter);
        }));
    if (!content) {
        if (content.error().code == ErrorCode::Cancelled)
            return std::optional<ReportContent>();
        return content.error();
    }
    if (auto font = checkChineseFont(); !font)
        return font.error();
    // The supervisor reads (and may reword) the summary before the report is shown or saved.
    ReportContent report = content.value();
    ReportSummaryDialog summary(report.summaryParagraphs, parent);
    if (summary.exec() != QDialog::Accepted)
        return std::optional<ReportContent>();
    report.summaryParagraphs = summary.paragraphs();
    return std::optional<ReportContent>(std::move(report));
}

} // namespace

Status showReportPreview(QWidget *parent, const QSqlDatabase &db, const QString &user, const StatsPeriod &period,
                         const StatsFilter &filter)
{
    auto built = contentFor(parent, db, user, period, filter);
    if (!built)
        return built.error();
    const std::optional<ReportContent> &content = built.value();
    if (!content)
        return {};
    // Laid out at screen resolution, like the PDF, so the HTML's sizes mean the same.
    QPrinter printer(QPrinter::ScreenResolution);
    printer.setDocName(reportTitle(*content));
    setUpA4(&printer);
    QPrintPreviewDialog preview(&printer, parent);
    preview.setWindowTitle(reportTitle(*content));
    preview.resize(900, 700);
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview, [&content](QPrinter *target) {
        auto doc = reportDocument(*content, target);
        doc->print(target);
    });
    preview.exec();
    return {};
}

Status saveReportPdf(QWidget *parent, const QSqlDatabase &db, const QString &user, const StatsPeriod &period,
                     const StatsFilter &filter)
{
    auto built = contentFor(parent, db, user, period, filter);
    if (!built)
        return built.error();
    const std::optional<ReportContent> &content = built.value();
    if (!content)
        return {};
    const QString path =
        QFileDialog::getSaveFileName(parent, Msg::tr("Save Report as PDF"),
                                     reportTitle(*content) + QStringLiteral(".pdf"), Msg::tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return {};
    return writeReportPdf(*content, path);
}

} // namespace casedesk
