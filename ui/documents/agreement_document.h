#pragma once

#include "letters/letter.h"
#include "mediation/mediation_papers.h"
#include "pdf_document.h"

namespace casedesk {

// 人民调解协议书 in the usual official layout: title, number, the parties, the contents
// 人民调解法 Art. 29 requires, the effect clause, signature and fingerprint lines for both
// parties and the mediator, the council's seal line and the date. Always in Chinese: it
// is an official paper, whatever the desk's language. `wording`: the letter of kind Agreement
// (LetterService::compose): its title and the effect clause in the council's wording.
QString agreementHtml(const AgreementPaper &paper, const Letter &wording);

// How the paper is laid out (title, keeping its signing block on one page): for print preview too.
PdfOptions agreementPdfOptions(const AgreementPaper &paper, const Letter &wording);

} // namespace casedesk
