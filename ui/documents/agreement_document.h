#pragma once

#include "mediation/mediation_papers.h"
#include "pdf_document.h"

namespace casedesk {

// 人民调解协议书 in the usual official layout: title, number, the parties, the contents
// 人民调解法 Art. 29 requires, the effect clause, signature and fingerprint lines for both
// parties and the mediator, the council's seal line and the date. Always in Chinese: it
// is an official paper, whatever the desk's language.
QString agreementHtml(const AgreementPaper &paper);

// How the paper is laid out (title, keeping its signing block on one page): for print preview too.
PdfOptions agreementPdfOptions(const AgreementPaper &paper);

Status writeAgreementPdf(const AgreementPaper &paper, const QString &path);

// 一, 二, ... 二十: numbers as Chinese documents write them in running text.
QString chineseNumeral(int n);

} // namespace casedesk
