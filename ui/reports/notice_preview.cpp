#include "reports/notice_preview.h"

#include "background_work.h"
#include "documents/pdf_document.h"
#include "enterprises/quarterly_notice_xlsx.h"
#include "reports/notice_document.h"
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
    Q_DECLARE_TR_FUNCTIONS(NoticePreview)
};

// The notice with the analysis as the supervisor left it; nullopt when they cancelled.
Result<std::optional<QuarterlyNotice>> noticeFor(QWidget *parent, const QSqlDatabase &db, const QString &user,
                                                 const StatsPeriod &quarter)
{
    const WorkOptions options{Msg::tr("Quarterly Notice"), Msg::tr("Counting the enterprises' figures..."),
                              db.databaseName(), true};
    auto notice = runWithProgress<QuarterlyNotice>(
        parent, options, std::function([user, quarter](WorkContext &work) -> Result<QuarterlyNotice> {
            return buildQuarterlyNotice(work.db, quarter, user);
        }));
    if (!notice) {
        if (notice.error().code == ErrorCode::Cancelled)
            return std::optional<QuarterlyNotice>();
        return notice.error();
    }
    QuarterlyNotice edited = notice.value();
    ReportSummaryDialog analysis(edited.analysis, parent, Msg::tr("Notice Analysis"),
                                 Msg::tr("This analysis opens the notice, above the line the director signs. It was "
                                         "written from the notice's figures; reword it if you wish (leave a blank "
                                         "line between paragraphs). The tables are not changed."));
    if (analysis.exec() != QDialog::Accepted)
        return std::optional<QuarterlyNotice>();
    edited.analysis = analysis.paragraphs();
    return std::optional<QuarterlyNotice>(std::move(edited));
}

} // namespace

Status showQuarterlyNotice(QWidget *parent, const QSqlDatabase &db, const QString &user, const StatsPeriod &quarter,
                           NoticeOutput output)
{
    if (output != NoticeOutput::Workbook) {
        if (auto font = checkChineseFont(); !font)
            return font.error();
    }
    auto built = noticeFor(parent, db, user, quarter);
    if (!built)
        return built.error();
    if (!built.value())
        return {};
    const QuarterlyNotice &notice = *built.value();
    if (output == NoticeOutput::Preview) {
        QPrinter printer(QPrinter::ScreenResolution);
        printer.setDocName(noticeTitle(notice));
        setUpA4(&printer);
        QPrintPreviewDialog preview(&printer, parent);
        preview.setWindowTitle(noticeTitle(notice));
        preview.resize(900, 700);
        QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview, [&notice](QPrinter *target) {
            noticeDocument(notice, target)->print(target);
        });
        preview.exec();
        return {};
    }
    const bool workbook = output == NoticeOutput::Workbook;
    const QString path = QFileDialog::getSaveFileName(
        parent, workbook ? Msg::tr("Save Notice as Excel") : Msg::tr("Save Notice as PDF"),
        noticeTitle(notice) + (workbook ? QStringLiteral(".xlsx") : QStringLiteral(".pdf")),
        workbook ? Msg::tr("Excel workbooks (*.xlsx)") : Msg::tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return {};
    return workbook ? writeQuarterlyNoticeXlsx(notice, path) : writeNoticePdf(notice, path);
}

} // namespace casedesk
