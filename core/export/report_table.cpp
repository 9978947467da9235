#include "export/report_table.h"

#include "export/csv_text.h"

#include "domain/money.h"
#include "stats/stats_figures.h"

#include <QCoreApplication>
#include <QDate>
#include <QSaveFile>

namespace casedesk {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(ReportTable)
};

} // namespace

QString reportCellText(const QVariant &value, XlsxWorkbook::Cell kind, CellTextUse use)
{
    using Cell = XlsxWorkbook::Cell;
    if (value.isNull() || !value.isValid())
        return {};
    switch (kind) {
    case Cell::Money: {
        const QString yuan = formatYuan(value.toLongLong());
        return use == CellTextUse::Csv ? QString(yuan).remove(QLatin1Char(',')) : yuan;
    }
    case Cell::Percent: return formatPercent(std::optional<double>(value.toDouble()));
    case Cell::Decimal: return QString::number(value.toDouble(), 'f', 1);
    case Cell::Integer: return QString::number(value.toLongLong());
    case Cell::Date:
        // A printed report in the desk's language (2026年7月3日); a CSV file as a spreadsheet reads it.
        return use == CellTextUse::Csv
                   ? value.toDate().toString(Qt::ISODate)
                   : value.toDate().toString(QCoreApplication::translate(
                         "ReportDocument", "yyyy-MM-dd", "date format of reports; Chinese: yyyy年M月d日"));
    case Cell::DateTime: return value.toDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case Cell::Text: break;
    }
    return value.toString();
}

QByteArray reportTableCsv(const ReportTable &table)
{
    QString csv = QString(QChar(0xFEFF));
    QStringList headers;
    for (const XlsxWorkbook::Column &c : table.columns)
        headers.append(c.header);
    csv += csvLine(headers);
    for (const QVariantList &row : table.rows) {
        QStringList cells;
        for (int i = 0; i < table.columns.size(); ++i) {
            const QString text = reportCellText(row.value(i), table.columns.at(i).kind, CellTextUse::Csv);
            // A name a spreadsheet would run as a formula is kept as text.
            cells.append(table.columns.at(i).kind == XlsxWorkbook::Cell::Text ? csvSafeText(text) : text);
        }
        csv += csvLine(cells);
    }
    return csv.toUtf8();
}

Status writeReportTableCsv(const ReportTable &table, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{ErrorCode::Io, Msg::tr("Cannot write \"%1\": %2").arg(path, file.errorString()), {}};
    file.write(reportTableCsv(table));
    if (!file.commit())
        return Error{ErrorCode::Io, Msg::tr("Cannot write \"%1\": %2").arg(path, file.errorString()), {}};
    return {};
}

Status writeReportTablesXlsx(const QList<ReportTable> &tables, const QString &title, const QStringList &analysis,
                             const QString &path)
{
    XlsxWorkbook book(path);
    for (const ReportTable &table : tables) {
        const int sheet = book.addSheet(table.sheet, table.columns, title.isEmpty() ? table.title
                                                                                    : QStringLiteral("%1 · %2").arg(title, table.title));
        for (const QVariantList &row : table.rows)
            book.addRow(sheet, row);
    }
    if (!analysis.isEmpty()) {
        const int sheet = book.addSheet(Msg::tr("Analysis"), {{Msg::tr("Analysis"), XlsxWorkbook::Cell::Text, 120}});
        for (const QString &paragraph : analysis)
            book.addRow(sheet, {paragraph});
    }
    return book.close();
}

} // namespace casedesk
