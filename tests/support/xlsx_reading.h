#pragma once

#include <QString>
#include <QStringList>

namespace casedesk::test {

// The XML of one part of a workbook (e.g. "xl/worksheets/sheet1.xml"), read with minizip; empty
// when the file is no zip or has no such part.
QString xlsxPart(const QString &path, const QString &part);

// The text and number cells of a sheet (1-based), row by row, cells joined with '|': enough to
// check what a spreadsheet program would show, without a spreadsheet program.
QStringList xlsxRows(const QString &path, int sheet = 1);

} // namespace casedesk::test
