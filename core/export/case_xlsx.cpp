#include "export/case_xlsx.h"

#include "domain/codes.h"
#include "export/xlsx_workbook.h"
#include "workorders/order_fields.h"

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
    // The registration's columns are named as the work-order import knows them (order_fields.h),
    // so that a workbook exported here is read back by File > Import Work Orders as it is.
    XlsxWorkbook book(path);
    const int sheet = book.addSheet(Msg::tr("Cases"),
                                    {{Msg::tr("Case number"), Cell::Text, 18},
                                     {labelOf(OrderField::ReceivedAt), Cell::DateTime, 17},
                                     {Msg::tr("Status"), Cell::Text, 14},
                                     {labelOf(OrderField::Category), Cell::Text, 16},
                                     {labelOf(OrderField::Channel), Cell::Text, 14},
                                     {labelOf(OrderField::ConsumerName), Cell::Text, 12},
                                     {labelOf(OrderField::ConsumerPhone), Cell::Text, 14},
                                     {labelOf(OrderField::ConsumerAddress), Cell::Text, 24},
                                     {labelOf(OrderField::BusinessName), Cell::Text, 32},
                                     {labelOf(OrderField::CreditCode), Cell::Text, 20},
                                     {labelOf(OrderField::BusinessAddress), Cell::Text, 28},
                                     {labelOf(OrderField::District), Cell::Text, 10},
                                     {labelOf(OrderField::Street), Cell::Text, 12},
                                     {labelOf(OrderField::Amount), Cell::Money, 14},
                                     {labelOf(OrderField::Reference), Cell::Text, 22},
                                     {labelOf(OrderField::Nature), Cell::Text, 12},
                                     {labelOf(OrderField::IncidentDate), Cell::Date, 12},
                                     {labelOf(OrderField::Demand), Cell::Text, 30},
                                     {labelOf(OrderField::Facts), Cell::Text, 50},
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
        QList<qint64> ids;
        for (const CaseListRow &read : page.value())
            ids << read.id;
        auto details = query.detailsOf(ids);
        if (!details)
            return details.error();
        for (const CaseListRow &read : page.value()) {
            const bool identified = form == ExportForm::Identified;
            const CaseListRow row = identified ? read : deidentified(read);
            const CaseRegistrationDetails more = details->value(read.id);
            book.addRow(sheet, {row.caseNumber, row.receivedAt, labelOf(row.status), row.categoryName,
                                labelOf(row.channel), row.consumerName, row.consumerPhone,
                                identified ? more.consumerAddress : QString(), row.businessName, more.creditCode,
                                more.businessAddress, more.district, more.street, row.amountFen, more.platformRef,
                                labelOf(more.nature), more.incidentDate, more.demand, more.facts, row.assignee});
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
