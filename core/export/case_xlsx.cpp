#include "export/case_xlsx.h"

#include "domain/codes.h"
#include "export/xlsx_workbook.h"

#include <QCoreApplication>

namespace casedesk {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Export)
};

} // namespace

Result<int> writeCaseListXlsx(const QSqlDatabase &db, const CaseFilter &filter, const CaseSort &sort, ExportForm form,
                              const QString &path, const QString &title)
{
    using Cell = XlsxWorkbook::Cell;
    XlsxWorkbook book(path);
    const int sheet = book.addSheet(Msg::tr("Cases"),
                                    {{Msg::tr("Case number"), Cell::Text, 18},
                                     {Msg::tr("Received"), Cell::DateTime, 17},
                                     {Msg::tr("Status"), Cell::Text, 14},
                                     {Msg::tr("Category"), Cell::Text, 16},
                                     {Msg::tr("Channel"), Cell::Text, 14},
                                     {Msg::tr("Complainant"), Cell::Text, 12},
                                     {Msg::tr("Phone"), Cell::Text, 14},
                                     {Msg::tr("Business"), Cell::Text, 32},
                                     {Msg::tr("Amount involved"), Cell::Money, 14},
                                     {Msg::tr("Caseworker"), Cell::Text, 10}},
                                    title);
    const CaseListQuery query(db);
    std::optional<PageCursor> after;
    int written = 0;
    constexpr int kPage = 2000;
    for (;;) {
        auto page = query.page(filter, sort, after, kPage);
        if (!page)
            return page.error();
        for (const CaseListRow &read : page.value()) {
            const CaseListRow row = form == ExportForm::Identified ? read : deidentified(read);
            book.addRow(sheet, {row.caseNumber, row.receivedAt, labelOf(row.status), row.categoryName,
                                labelOf(row.channel), row.consumerName, row.consumerPhone, row.businessName,
                                row.amountFen, row.assignee});
        }
        written += int(page->size());
        if (page->size() < kPage || written > XlsxWorkbook::kMaxRows)
            break;
        after = PageCursor{page->last().sortValue, page->last().id};
    }
    if (auto closed = book.close(); !closed)
        return closed.error();
    return written;
}

} // namespace casedesk
