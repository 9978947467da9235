#pragma once

#include "mediation/mediation_papers.h"
#include "pdf_document.h"

namespace casedesk {

// 诉调对接移送函: the letter that hands a failed mediation to a court, with the case summary,
// the parties, the claims, the evidence list (the case's attachments), the mediation history
// and the volunteer lawyer. Always in Chinese, like every official paper.
QString referralHtml(const ReferralPaper &paper);

// How the paper is laid out (title, keeping its signing block on one page): for print preview too.
PdfOptions referralPdfOptions(const ReferralPaper &paper);

Status writeReferralPdf(const ReferralPaper &paper, const QString &path);

} // namespace casedesk
