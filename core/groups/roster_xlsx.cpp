#include "groups/roster_xlsx.h"

#include "export/xlsx_workbook.h"
#include "groups/roster_csv.h"
#include "privacy/masking.h"

#include <QCoreApplication>

namespace casedesk {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Roster)
};

} // namespace

Status writeRosterXlsx(const GroupView &view, const QString &path)
{
    using Cell = XlsxWorkbook::Cell;
    const RosterTable table = rosterTable(view);
    const QList<Cell> kinds = {Cell::Integer, Cell::Text,  Cell::Text,  Cell::Text,
                               Cell::Text,    Cell::Money, Cell::Money, Cell::Money};
    const QList<double> widths = {6, 18, 10, 14, 16, 14, 14, 14};
    QList<XlsxWorkbook::Column> columns;
    for (int i = 0; i < table.headers.size(); ++i)
        columns.append({table.headers.at(i), kinds.value(i, Cell::Text), widths.value(i, 12)});
    XlsxWorkbook book(path);
    const int sheet = book.addSheet(Msg::tr("Roster"), columns, table.title);
    int n = 0;
    for (const GroupMember &m : view.members) {
        book.addRow(sheet, {++n, m.caseNumber, m.consumerName, maskPhone(m.consumerPhone), m.cardNumber, m.paidFen,
                            m.balanceFen, m.claimFen()});
    }
    const QStringList total = table.rows.last();
    book.addRow(sheet, {total.at(0), total.at(1), QVariant(), QVariant(), QVariant(), view.totalPaidFen,
                        view.totalBalanceFen, view.totalClaimFen},
                {Cell::Text, Cell::Text});
    return book.close();
}

} // namespace casedesk
