#pragma once

#include "pdf_document.h"
#include "talks/talk.h"

namespace casedesk {

// 约谈记录: the record of a talk with a business, signed by those present: when and where, who
// attended on each side, what led to it, the problems raised, what the business promised by
// when, and each promise's check once made. Always in Chinese, like every official paper.
QString talkHtml(const Talk &talk, const QString &councilName);

PdfOptions talkPdfOptions(const Talk &talk);

Status writeTalkPdf(const Talk &talk, const QString &councilName, const QString &path);

} // namespace casedesk
