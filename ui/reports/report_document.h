#pragma once

#include "result.h"
#include "stats/report_content.h"

#include <QImage>
#include <QMap>
#include <QString>

#include <memory>

class QPagedPaintDevice;
class QTextDocument;

// The monthly, quarterly or annual report as a printed document: cover, headline figures
// with 同比 and 环比, charts, tables by category, district and channel, hot issues and
// typical cases. Needs a QApplication (charts are widgets' graphics items).

namespace casedesk {

// "2026年10月消费者投诉统计分析报告": the report's title for its period.
QString reportTitle(const ReportContent &content);

// The report's HTML and the chart images it refers to.
struct ReportPages {
    QString html;
    QMap<QString, QImage> images;
};
ReportPages reportPages(const ReportContent &content);

// For print preview: the report laid out for `device`.
std::unique_ptr<QTextDocument> reportDocument(const ReportContent &content, QPagedPaintDevice *device);

// Writes the report as an A4 PDF.
Status writeReportPdf(const ReportContent &content, const QString &path);

} // namespace casedesk
