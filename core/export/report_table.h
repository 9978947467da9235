#pragma once

#include "export/xlsx_workbook.h"
#include "result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace casedesk {

// One table of a report as data: typed columns and rows of values (a null value is an empty
// cell; money in fen, rates as fractions). The same table becomes a sheet of the workbook, a
// CSV file and a table of the printed report, so the three always agree.
struct ReportTable {
    QString name;  // stable and short, in English: the CSV file's suffix and the CLI's --table
    QString title; // the heading of the table in the printed report
    QString sheet; // the sheet's name in the workbook (at most 31 characters)
    QList<XlsxWorkbook::Column> columns;
    QList<QVariantList> rows;
    bool lastRowIsTotal = false;
    QString note;  // what the figures mean: under the table in the printed report
    QString empty; // said instead of the table when it has no rows
};

// A cell as text: counts as they are, money in yuan ("1,234.50", or "1234.50" for CSV without
// the thousands separator), rates as "87.5%", empty for a null value.
enum class CellTextUse { Print, Csv };
QString reportCellText(const QVariant &value, XlsxWorkbook::Cell kind, CellTextUse use = CellTextUse::Print);

// The table as CSV: UTF-8 with a byte-order mark (so spreadsheet programs read the Chinese), the
// header line and the rows, RFC 4180 quoting, CRLF line ends.
QByteArray reportTableCsv(const ReportTable &table);
// Writes reportTableCsv() to `path`; nothing is left at the path when it fails.
Status writeReportTableCsv(const ReportTable &table, const QString &path);

// The tables as a workbook, one sheet each with `title` above its header, and the paragraphs of
// `analysis` on a last sheet (none when empty).
Status writeReportTablesXlsx(const QList<ReportTable> &tables, const QString &title, const QStringList &analysis,
                             const QString &path);

} // namespace casedesk
