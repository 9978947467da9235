#pragma once

#include "result.h"

#include <QImage>
#include <QMap>
#include <QString>

#include <memory>

class QPagedPaintDevice;
class QTextDocument;

// The reports' HTML → A4 PDF: like documents/pdf_document (whose font and font check it
// uses) but laid out at 96 dpi so HTML sizes and chart images read like screen pixels;
// text stays vector text in the PDF, images are drawn at their own resolution.

namespace casedesk {

// A document laid out for `device` (a QPdfWriter or a QPrinter) with `images` available
// as <img src="NAME">. The device's page size and margins decide the page.
std::unique_ptr<QTextDocument> makePagedDocument(const QString &html, const QMap<QString, QImage> &images,
                                                 QPagedPaintDevice *device);

// Writes `html` as an A4 PDF at `path`; an Io error if the file cannot be written.
Status writeHtmlPdf(const QString &html, const QMap<QString, QImage> &images, const QString &path,
                    const QString &title);

// Sets A4 portrait with 16 mm margins at 96 dpi on `device`.
void setUpA4(QPagedPaintDevice *device);

} // namespace casedesk
