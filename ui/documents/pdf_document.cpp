#include "pdf_document.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFile>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

namespace casedesk {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Documents)
};

// Registers the WenQuanYi Micro Hei that ships inside the program (a Qt resource made from
// Debian's fonts-wqy-microhei at build time), so PDFs need no font installed on the desk:
// Windows desks have none. Needs a QGuiApplication; until one exists it tries again later.
void loadBundledFont()
{
    static bool loaded = false;
    if (loaded || !qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return;
    loaded = true;
    if (QFile::exists(bundledFontResource()))
        QFontDatabase::addApplicationFont(bundledFontResource());
}

} // namespace

QString bundledFontResource()
{
    return QStringLiteral(":/casedesk/fonts/wqy-microhei.ttc");
}

QString documentFontFamily()
{
    loadBundledFont();
    return QStringLiteral("WenQuanYi Micro Hei");
}

Status checkChineseFont(const QString &family)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Error{ErrorCode::Io,
                     Msg::tr("PDF documents need the graphical part of Qt; start the program with a "
                             "display or the offscreen platform."),
                     {}};
    loadBundledFont();
    // Fontconfig gives WenQuanYi its Chinese name when the locale is Chinese.
    const QStringList installed = QFontDatabase::families(QFontDatabase::SimplifiedChinese);
    const bool known = installed.contains(family) ||
                       (family == documentFontFamily() && installed.contains(QStringLiteral("文泉驿微米黑")));
    if (!known)
        return Error{
            ErrorCode::Io,
            Msg::tr("The Chinese font \"%1\" is not installed, so the document would show boxes instead "
                    "of Chinese. Install it (on Debian or Ubuntu: the package fonts-wqy-microhei) and try again.")
                .arg(family),
            {}};
    return {};
}

Status paintHtml(const QString &html, QPagedPaintDevice &device, const PdfOptions &options)
{
    if (auto font = checkChineseFont(options.fontFamily); !font)
        return font;
    device.setPageSize(QPageSize(QPageSize::A4));
    device.setPageMargins(QMarginsF(25, 25, 25, 20), QPageLayout::Millimeter);
    const int dpi = device.logicalDpiX();
    const QRect paintRect = device.pageLayout().paintRectPixels(dpi);
    const bool hasFooter = options.pageNumbers || !options.footerNote.isEmpty();
    const int footer = hasFooter ? dpi * 3 / 10 : 0; // 0.3 inch for the page number and the note

    QTextDocument document;
    // Fonts are measured on the device itself, so the layout is the one that is painted.
    document.documentLayout()->setPaintDevice(&device);
    QFont font(options.fontFamily);
    font.setPointSizeF(options.fontPointSize);
    document.setDefaultFont(font);
    document.setDocumentMargin(0);
    document.setHtml(html);
    const QSizeF pageSize(paintRect.width(), paintRect.height() - footer);
    document.setPageSize(pageSize);
    if (options.keepLastTableTogether) {
        QTextTable *last = nullptr;
        for (QTextFrame *frame : document.rootFrame()->childFrames()) {
            if (auto *table = qobject_cast<QTextTable *>(frame))
                last = table;
        }
        if (last) {
            const QRectF box = document.documentLayout()->frameBoundingRect(last);
            const bool cut = int(box.top() / pageSize.height()) != int(box.bottom() / pageSize.height());
            if (cut && box.height() < pageSize.height()) {
                QTextTableFormat format = last->format();
                format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
                last->setFormat(format);
            }
        }
    }
    const int pages = document.pageCount();

    QPainter painter;
    if (!painter.begin(&device))
        return Error{ErrorCode::Io, Msg::tr("The document could not be drawn (the printer or file refused it)."), {}};
    QFont footerFont(options.fontFamily);
    footerFont.setPointSizeF(9);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device.newPage();
        painter.save();
        painter.translate(0, -page * pageSize.height());
        const QRectF visible(0, page * pageSize.height(), pageSize.width(), pageSize.height());
        painter.setClipRect(visible);
        document.drawContents(&painter, visible);
        painter.restore();
        if (options.pageNumbers && pages > 1) {
            painter.setFont(footerFont);
            painter.drawText(QRectF(0, pageSize.height(), pageSize.width(), footer), Qt::AlignCenter,
                             QStringLiteral("第 %1 页 共 %2 页").arg(page + 1).arg(pages));
        }
        if (!options.footerNote.isEmpty()) {
            QFont noteFont = footerFont;
            noteFont.setPointSizeF(6.5);
            painter.setFont(noteFont);
            painter.drawText(QRectF(0, pageSize.height(), pageSize.width(), footer), Qt::AlignRight | Qt::AlignBottom,
                             options.footerNote);
        }
    }
    painter.end();
    return {};
}

Status writeHtmlPdf(const QString &html, const QString &path, const PdfOptions &options)
{
    if (auto font = checkChineseFont(options.fontFamily); !font)
        return font;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{ErrorCode::Io, Msg::tr("Cannot write %1: %2").arg(path, file.errorString()), {}};
    {
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setTitle(options.title);
        writer.setCreator(QStringLiteral("CaseDesk"));
        if (auto painted = paintHtml(html, writer, options); !painted) {
            file.cancelWriting();
            return painted;
        }
    }
    if (!file.commit())
        return Error{ErrorCode::Io, Msg::tr("Cannot write %1: %2").arg(path, file.errorString()), {}};
    return {};
}

QString htmlText(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
}

} // namespace casedesk
