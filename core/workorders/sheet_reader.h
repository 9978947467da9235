#pragma once

#include "result.h"

#include <QList>
#include <QString>
#include <QStringList>

// The tables of a work-order file as text, whatever it came as: an Excel workbook (.xlsx, read
// with zlib's minizip and Qt's XML stream reader) or CSV in UTF-8 (with or without a BOM) or
// GB18030. Cells keep the text the file holds (a date typed as a date is Excel's day number;
// work_order_import.cpp reads it).

namespace casedesk {

struct SheetTable {
    QString name;            // the sheet's name; "CSV" for a CSV file
    QList<QStringList> rows; // every row in order, empty rows included (as empty lists)
};

// A refused file says why in words (not a workbook, an old .xls, no readable encoding).
Result<QList<SheetTable>> readSheetFile(const QString &path);

// The same from bytes already read (a CSV's or a workbook's), for tests and the fuzz target.
Result<QList<SheetTable>> readCsvBytes(const QByteArray &bytes);
Result<QList<SheetTable>> readXlsxFile(const QString &path);

} // namespace casedesk
