#pragma once

#include "result.h"

#include <QList>
#include <QString>
#include <QVariant>

#include <memory>

namespace casedesk {

// An Excel workbook (.xlsx, opened by Excel and WPS) written with libxlsxwriter: sheets of a
// frozen header row and typed cells, money with the ¥ format, rates as percentages, days as
// dates. Nothing appears at the path unless close() succeeds (written beside it, then renamed).
class XlsxWorkbook {
public:
    enum class Cell {
        Text,
        Integer,
        Money,   // a value in fen, shown in yuan: ¥1,234.50
        Percent, // a fraction: 0.875 shows 87.5%
        Decimal, // one decimal place
        Date,    // a QDate
        DateTime, // a QDateTime, to the minute
    };
    // Rows a sheet holds under its header (Excel's limit, with room for a title and header).
    static constexpr int kMaxRows = 1048000;
    struct Column {
        QString header;
        Cell kind = Cell::Text;
        double width = 12; // in characters (a Chinese character counts two)
    };

    explicit XlsxWorkbook(const QString &path);
    ~XlsxWorkbook();
    XlsxWorkbook(const XlsxWorkbook &) = delete;
    XlsxWorkbook &operator=(const XlsxWorkbook &) = delete;

    // A sheet named `name` (at most 31 characters, no []:*?/\), optionally a title line above
    // the header row, which stays in view while scrolling. Returns the sheet's index.
    int addSheet(const QString &name, const QList<Column> &columns, const QString &title = {});
    // One row under the header: a value per column of the kind the column has; a null value
    // leaves its cell empty. Rows are written as they come (constant memory: a sheet of a
    // million rows does not hold them all); past kMaxRows, close() refuses.
    // `kinds`, when given, overrides the columns' kinds for this row (a table of measures whose
    // values are counts, money and rates in one column).
    void addRow(int sheet, const QVariantList &values, const QList<Cell> &kinds = {});
    // Writes the file; an Io error naming the path when it cannot.
    Status close();

private:
    struct Impl;
    std::unique_ptr<Impl> m;
};

} // namespace casedesk
