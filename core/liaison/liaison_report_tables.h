#pragma once

#include "export/report_table.h"
#include "liaison/liaison_report.h"

namespace casedesk {

// The liaison-point report's tables, in the order the report prints them, named (for CSV files
// and the CLI's --table): by-type, by-street, most-transfers, most-settlements, replies, leads,
// unvisited, transfer-results.
QList<ReportTable> liaisonReportTables(const LiaisonReport &report);
QStringList liaisonReportTableNames();

// The whole report as an Excel workbook: a sheet per table and the analysis.
Status writeLiaisonReportXlsx(const LiaisonReport &report, const QString &path);

// The tables as CSV files: every table beside `path`, named after it (report.csv gives
// report-by-type.csv, report-by-street.csv, ...), or with `table` that one table at `path`.
// Returns the files written.
Result<QStringList> writeLiaisonReportCsv(const LiaisonReport &report, const QString &path, const QString &table = {});

} // namespace casedesk
