#pragma once

#include "result.h"

#include <QString>

class QPagedPaintDevice;

// A4 documents from HTML with Chinese text: the one place that knows how CaseDesk lays out a
// printed page (margins, font, page numbers) and that the Chinese font is really there.
// Needs a QGuiApplication (the CLI makes an offscreen one for its PDF commands).

namespace casedesk {

// WenQuanYi Micro Hei: Noto Sans CJK gives wrong ToUnicode maps in Qt 6.4 PDFs (the text
// copies out as the wrong characters), WenQuanYi extracts exactly.
// Registers the bundled copy first (see bundledFontResource()).
QString documentFontFamily();

// The resource path of the font file built into the program (empty resource when the build
// had no font file: then only an installed font can serve).
QString bundledFontResource();

// An error naming the missing font (and the package that brings it) when `family` cannot
// show Chinese; without this check the PDF silently shows boxes.
Status checkChineseFont(const QString &family = documentFontFamily());

struct PdfOptions {
    QString title; // the PDF's metadata title
    QString fontFamily = documentFontFamily();
    double fontPointSize = 12;
    bool pageNumbers = true; // "第 1 页 共 2 页" under each page
    QString footerNote;      // small print at the foot of every page (the trails' heads)
    // The last table (a signature block) moves whole to the next page rather than being cut.
    bool keepLastTableTogether = false;
};

// Lays `html` out on A4 (25 mm margins left and right, 25 top, 20 bottom) and paints it on
// `device` (a QPdfWriter, or a QPrinter of a print preview), page by page.
Status paintHtml(const QString &html, QPagedPaintDevice &device, const PdfOptions &options);

// paintHtml() into a PDF file at `path`; nothing is left behind on failure.
Status writeHtmlPdf(const QString &html, const QString &path, const PdfOptions &options);

// Escapes text for HTML and keeps its line breaks.
QString htmlText(const QString &text);

} // namespace casedesk
