#pragma once

#include "export/report_table.h"
#include "liaison/liaison_report.h"

namespace casedesk {

// The liaison-point report's tables, in the order the report prints them, named (for CSV files
// and the CLI's --table): by-type, by-street, most-transfers, most-settlements, replies, leads,
// unvisited.
QList<ReportTable> liaisonReportTables(const LiaisonReport &report);
QStringList liaisonReportTableNames();

// The whole report as an Excel workbook: a sheet per table and the analysis.
Status writeLiaisonReportXlsx(const LiaisonReport &report, const QString &path);

} // namespace casedesk
