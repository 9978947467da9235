#pragma once

#include "letters/letter.h"
#include "pdf_document.h"

namespace casedesk {

// A letter or record of a case on A4 (core/letters): the title, the case number, the addressee,
// the body, and at the foot who signs: the council with its seal line and the letter's date;
// for a record, those present; for a receipt, the complainant who took the money.
QString letterHtml(const Letter &letter);

PdfOptions letterPdfOptions(const Letter &letter);

Status writeLetterPdf(const Letter &letter, const QString &path);

// Several letters (a group's members) in one PDF, each starting on a new page.
Status writeLettersPdf(const QList<Letter> &letters, const QString &path);

} // namespace casedesk
