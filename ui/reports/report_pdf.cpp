#include "reports/report_pdf.h"

#include "documents/pdf_document.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>
#include <QUrl>

#include <algorithm>

namespace casedesk {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(ReportPdf)
};

constexpr int kDpi = 96;

// What must share a page with heading `heading`: the first line of what follows it, or for a
// table the first row under its header (a heading over a lone header row is still stranded).
QTextBlock firstContentAfter(const QTextBlock &heading)
{
    const QTextBlock next = heading.next();
    if (!next.isValid())
        return next;
    if (QTextTable *table = QTextCursor(next).currentTable()) {
        const int row = std::min(table->format().headerRowCount(), table->rows() - 1);
        return table->cellAt(std::max(row, 0), 0).firstCursorPosition().block();
    }
    return next;
}

// Headings kept with what follows: a heading whose next content starts on a later page gets a
// page break before it. Each break moves everything after it, so the layout is looked at again
// from the top after each one (a report has a dozen headings).
void keepHeadingsWithNext(QTextDocument *doc)
{
    const qreal pageHeight = doc->pageSize().height();
    if (pageHeight <= 0)
        return;
    QAbstractTextDocumentLayout *layout = doc->documentLayout();
    for (int pass = 0; pass < 100; ++pass) {
        bool moved = false;
        for (QTextBlock block = doc->begin(); block.isValid() && !moved; block = block.next()) {
            QTextBlockFormat format = block.blockFormat();
            if (format.headingLevel() == 0 || (format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore))
                continue;
            // Already the first thing on a page (a break after what comes before it).
            const QTextBlock before = block.previous();
            if (before.isValid() && (before.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysAfter))
                continue;
            const QTextBlock follow = firstContentAfter(block);
            if (!follow.isValid())
                continue;
            const QRectF heading = layout->blockBoundingRect(block);
            const QRectF content = layout->blockBoundingRect(follow);
            const int headingPage = int(std::max(heading.top(), heading.bottom() - 1) / pageHeight);
            const int contentPage = int(std::max(content.top(), content.bottom() - 1) / pageHeight);
            if (contentPage > headingPage) {
                format.setPageBreakPolicy(format.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
                QTextCursor(block).setBlockFormat(format);
                moved = true;
            }
        }
        if (!moved)
            return;
    }
}

} // namespace

void setUpA4(QPagedPaintDevice *device)
{
    device->setPageSize(QPageSize(QPageSize::A4));
    device->setPageOrientation(QPageLayout::Portrait);
    device->setPageMargins(QMarginsF(16, 16, 16, 16), QPageLayout::Millimeter);
}

std::unique_ptr<QTextDocument> makePagedDocument(const QString &html, const QMap<QString, QImage> &images,
                                                 QPagedPaintDevice *device)
{
    auto doc = std::make_unique<QTextDocument>();
    doc->documentLayout()->setPaintDevice(device); // before setHtml: sizes are the device's
    QFont font(documentFontFamily());
    font.setPointSizeF(10);
    doc->setDefaultFont(font);
    doc->setDocumentMargin(0);
    for (auto it = images.cbegin(); it != images.cend(); ++it)
        doc->addResource(QTextDocument::ImageResource, QUrl(it.key()), it.value());
    doc->setHtml(html);
    const QPageLayout layout = device->pageLayout();
    doc->setPageSize(layout.paintRectPixels(device->logicalDpiX()).size());
    keepHeadingsWithNext(doc.get());
    return doc;
}

Status writeHtmlPdf(const QString &html, const QMap<QString, QImage> &images, const QString &path, const QString &title)
{
    if (auto font = checkChineseFont(); !font)
        return font;
    const QFileInfo info(path);
    if (info.exists() && info.isDir())
        return Error{ErrorCode::Io, Msg::tr("\"%1\" is a folder; give a file name for the PDF.").arg(path), {}};
    {
        QFile probe(path); // QPdfWriter says nothing when it cannot write
        if (!probe.open(QIODevice::WriteOnly))
            return Error{ErrorCode::Io, Msg::tr("Cannot write \"%1\": %2").arg(path, probe.errorString()), {}};
    }
    QPdfWriter writer(path);
    writer.setResolution(kDpi);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("CaseDesk"));
    setUpA4(&writer);
    auto doc = makePagedDocument(html, images, &writer);
    doc->print(&writer);
    return {};
}

} // namespace casedesk
