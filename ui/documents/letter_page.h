#pragma once

#include "letters/letter_service.h"
#include "pdf_document.h"

#include <QSqlDatabase>

namespace casedesk {

// A letter or record as it is printed: the page and how it is laid out on A4.
struct LetterPage {
    QString html;
    PdfOptions options;
};

// The page of a letter: one recorded as sent from the page it went out with; the agreement
// and the referral letter as their papers (the parties, the evidence, the sessions read from
// the case) around the council's wording in `letter`; every other kind from its paragraphs.
Result<LetterPage> letterPage(const QSqlDatabase &db, const Letter &letter);

// The layout LetterService keeps as the page of a letter recorded as sent.
LetterService::PageLayout letterPageLayout(const QSqlDatabase &db);

// The page of `letter` written as an A4 PDF.
Status writeLetterPagePdf(const QSqlDatabase &db, const Letter &letter, const QString &path);

// The case's letter of `kind` as the council words it today, written as an A4 PDF.
Status writeCaseLetterPdf(const QSqlDatabase &db, qint64 caseId, LetterKind kind, const QString &actor,
                          const QString &path);

} // namespace casedesk
