#pragma once

#include "enterprises/quarterly_notice.h"
#include "result.h"

#include <QString>

#include <memory>

class QPagedPaintDevice;
class QTextDocument;

// The quarterly notice on the networked enterprises (季度通报) as a printed document, in the look
// of the statistics reports: cover with the written analysis and the signature line, the ranking,
// the industries, the definitions.

namespace casedesk {

// "2026年第三季度投诉联网企业处理消费者投诉情况通报": the notice's title.
QString noticeTitle(const QuarterlyNotice &notice);

QString noticeHtml(const QuarterlyNotice &notice);

// For print preview: the notice laid out for `device`.
std::unique_ptr<QTextDocument> noticeDocument(const QuarterlyNotice &notice, QPagedPaintDevice *device);

// Writes the notice as an A4 PDF.
Status writeNoticePdf(const QuarterlyNotice &notice, const QString &path);

} // namespace casedesk
