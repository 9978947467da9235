#include "reports/report_pdf.h"

#include "documents/pdf_document.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

namespace casedesk {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(ReportPdf)
};

constexpr int kDpi = 96;

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
