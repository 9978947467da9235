#pragma once

#include "result.h"

#include <QImage>
#include <QMap>
#include <QString>

#include <memory>

class QPagedPaintDevice;
class QTextDocument;

// HTML → A4 PDF with a Chinese font, in one place (the lead may merge this with other
// document renderers). Layout is done at 96 dpi so HTML sizes read like screen pixels;
// text stays vector text in the PDF, images are drawn at their own resolution.

namespace casedesk {

// The font every PDF uses: WenQuanYi Micro Hei extracts correctly from Qt 6.4 PDFs
// (Noto CJK does not).
QString pdfFontFamily();

// An error saying which font to install when no Chinese font is available (the PDF
// would otherwise silently show boxes).
Status checkChineseFont();

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
