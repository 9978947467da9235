#pragma once

#include "liaison/liaison_report.h"
#include "result.h"

#include <QString>

#include <memory>

class QPagedPaintDevice;
class QTextDocument;

// The liaison-point report (联络点工作季度/年度报告) as a printed document in the look of the
// statistics reports and the quarterly notice: cover with the written analysis and the signature
// line, then the report's tables (liaison_report_tables.h) with what their figures mean.

namespace casedesk {

QString liaisonReportHtml(const LiaisonReport &report);

// For print preview: the report laid out for `device`.
std::unique_ptr<QTextDocument> liaisonReportDocument(const LiaisonReport &report, QPagedPaintDevice *device);

// Writes the report as an A4 PDF.
Status writeLiaisonReportPdf(const LiaisonReport &report, const QString &path);

} // namespace casedesk
