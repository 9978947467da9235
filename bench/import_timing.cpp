#include "import_timing.h"

#include "export/xlsx_workbook.h"
#include "storage/database.h"
#include "storage/phase_timer.h"
#include "storage/user_repository.h"
#include "workorders/work_order_import.h"

#include <QDir>
#include <QElapsedTimer>

namespace casedesk::bench {

double timeWorkOrderImport(const QString &folder, int rows, QString &error, int &registered)
{
    using Cell = XlsxWorkbook::Cell;
    const QString workbook = QDir(folder).filePath(QStringLiteral("orders.xlsx"));
    {
        XlsxWorkbook book(workbook);
        QList<XlsxWorkbook::Column> columns;
        for (const char *header : {"登记编号", "登记时间", "投诉人", "联系电话", "投诉人地址", "被投诉人", "被投诉对象地址",
                                   "投诉内容", "诉求", "涉案金额", "投诉问题类别"})
            columns.append({QString::fromUtf8(header), Cell::Text, 14});
        const int sheet = book.addSheet(QStringLiteral("工单"), columns, QStringLiteral("12315投诉工单导出"));
        for (int i = 0; i < rows; ++i) {
            book.addRow(sheet, {QStringLiteral("B1231520260101%1").arg(i, 6, 10, QLatin1Char('0')),
                                QStringLiteral("2026-01-%1 %2:15").arg(1 + i % 28, 2, 10, QLatin1Char('0')).arg(8 + i % 10),
                                QStringLiteral("王%1").arg(i % 997), QStringLiteral("139%1").arg(10000000 + i % 90000000),
                                QStringLiteral("长宁区愚园路%1号").arg(1 + i % 500),
                                QStringLiteral("上海第%1商店").arg(i % 3000), QStringLiteral("长宁区天山路%1号").arg(1 + i % 900),
                                QStringLiteral("购买的商品存在质量问题，要求处理。"), QStringLiteral("退货退款"),
                                QString::number(50 + i % 2000), QStringLiteral("日用商品")});
        }
        if (auto written = book.close(); !written) {
            error = written.error().message;
            return -1;
        }
    }
    auto database = Database::open(QDir(folder).filePath(QStringLiteral("import.db")), Database::OpenMode::CreateIfMissing);
    if (!database) {
        error = database.error().message;
        return -1;
    }
    const QSqlDatabase db = database.value()->connection();
    const QString worker = QStringLiteral("导入员");
    if (auto added = UserRepository(db).add(worker, Role::Caseworker); !added) {
        error = added.error().message;
        return -1;
    }
    QElapsedTimer timer;
    timer.start();
    PhaseTimer phases; // CASEDESK_TIMING=1: the reading and the registering apart
    auto plan = planWorkOrderImport(db, OrderSource::Platform12315, workbook);
    if (!plan) {
        error = plan.error().message;
        return -1;
    }
    phases.mark(QStringLiteral("work orders read and checked"));
    auto outcome = importWorkOrders(db, plan.value(), ImportChoice::AllOrNothing, DuplicateChoice::Skip, worker);
    phases.mark(QStringLiteral("work orders registered"));
    if (!outcome) {
        error = outcome.error().message;
        return -1;
    }
    registered = int(outcome->registered.size());
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace casedesk::bench
