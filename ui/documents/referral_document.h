#pragma once

#include "letters/letter.h"
#include "mediation/mediation_papers.h"
#include "pdf_document.h"

namespace casedesk {

// 诉调对接移送函: the letter that hands a failed mediation to a court, with the case summary,
// the parties, the claims, the evidence list (the case's attachments), the mediation history
// and the volunteer lawyer. Always in Chinese, like every official paper. `wording`: the letter
// of kind Referral (LetterService::compose): its title and opening in the council's wording.
QString referralHtml(const ReferralPaper &paper, const Letter &wording);

// How the paper is laid out (title, keeping its signing block on one page): for print preview too.
PdfOptions referralPdfOptions(const ReferralPaper &paper, const Letter &wording);

} // namespace casedesk
