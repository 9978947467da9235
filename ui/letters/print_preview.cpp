#include "letters/print_preview.h"

#include <QPrintPreviewDialog>
#include <QPrinter>

namespace casedesk {

Status showPrintPreview(QWidget *parent, const QString &html, const PdfOptions &options)
{
    if (auto font = checkChineseFont(options.fontFamily); !font)
        return font;
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(options.title);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(options.title);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [html, options](QPrinter *target) {
        (void)paintHtml(html, *target, options); // the font was checked above
    });
    dialog.resize(900, 1000);
    dialog.exec();
    return {};
}

} // namespace casedesk
