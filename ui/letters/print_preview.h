#pragma once

#include "documents/pdf_document.h"

class QWidget;

namespace casedesk {

// The print preview of an A4 paper (a letter, an agreement), printed from there; an error when
// the Chinese font is missing (the paper would show boxes).
Status showPrintPreview(QWidget *parent, const QString &html, const PdfOptions &options);

} // namespace casedesk
