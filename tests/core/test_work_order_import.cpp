#include "catch_qt.h"
#include "test_support.h"

#include "deadlines/case_deadline_service.h"
#include "export/xlsx_workbook.h"
#include "storage/audit_repository.h"
#include "storage/audit_verifier.h"
#include "storage/complaint_repository.h"
#include "storage/desk_event_repository.h"
#include "storage/sql_helpers.h"
#include "storage/stored_values.h"
#include "storage/user_repository.h"
#include "workorders/sheet_reader.h"
#include "workorders/work_order_import.h"

#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace casedesk;
using namespace casedesk::test;

namespace {

const QString kWorker = QStringLiteral("李敏");
const QDateTime kNow(QDate(2026, 3, 10), QTime(12, 0), QTimeZone(8 * 3600));

// A 12315 download: a notes sheet, then the orders under a title row, an empty row among them,
// a date typed as Excel's day number, an amount that is none, a work order twice.
QString platformWorkbook(const QString &folder)
{
    using Cell = XlsxWorkbook::Cell;
    const QString path = folder + QStringLiteral("/12315.xlsx");
    XlsxWorkbook book(path);
    const int notes = book.addSheet(QStringLiteral("说明"), {{QStringLiteral("导出说明"), Cell::Text, 30}});
    book.addRow(notes, {QStringLiteral("本表由全国12315平台导出")});
    const QStringList headers = {QStringLiteral("登记编号"),     QStringLiteral("登记时间"),  QStringLiteral("投诉人"),
                                 QStringLiteral("联系电话"),     QStringLiteral("投诉人地址"), QStringLiteral("被投诉人"),
                                 QStringLiteral("被投诉对象地址"),
                                 QStringLiteral("投诉内容"),     QStringLiteral("诉求"),      QStringLiteral("涉案金额（元）"),
                                 QStringLiteral("投诉问题类别"), QStringLiteral("备注")};
    QList<XlsxWorkbook::Column> columns;
    for (const QString &h : headers)
        columns.append({h, Cell::Text, 14});
    const int orders = book.addSheet(QStringLiteral("工单"), columns, QStringLiteral("12315投诉工单导出（2026年3月）"));
    book.addRow(orders, {QStringLiteral("1231520260301000001"), QStringLiteral("2026-03-01 09:30:00"), QStringLiteral("张三"),
                         QStringLiteral("13812340001"), QStringLiteral("长宁区愚园路1号"), QStringLiteral("上海甲超市"),
                         QStringLiteral("上海市长宁区天山路1号"),
                         QStringLiteral("购买的牛奶已过期。"), QStringLiteral("退一赔十"), QStringLiteral("59.50"),
                         QStringLiteral("食品"), QString()});
    book.addRow(orders, {});
    book.addRow(orders,
                {QStringLiteral("1231520260302000002"), 46083.4, QStringLiteral("李四"), QStringLiteral("13812340002"),
                 QStringLiteral("徐汇区漕溪路2号"), QStringLiteral("上海乙健身房"), QStringLiteral("徐汇区天钥桥路3号"),
                 QStringLiteral("健身房闭店，会员卡无法使用。"),
                 QStringLiteral("退还余额"), QStringLiteral("2,400"), QStringLiteral("文化娱乐体育"), QStringLiteral("群体")},
                {Cell::Text, Cell::Decimal});
    book.addRow(orders, {QStringLiteral("1231520260303000003"), QStringLiteral("2026/3/3 8:05"), QStringLiteral("王五"),
                         QStringLiteral("13812340003"), QStringLiteral("静安区南京西路4号"), QStringLiteral("上海丙商城"),
                         QStringLiteral("静安区南京西路5号"),
                         QStringLiteral("商品与描述不符。"), QStringLiteral("退货"), QStringLiteral("约两百元"),
                         QStringLiteral("日用商品"), QString()});
    book.addRow(orders, {QStringLiteral("1231520260301000001"), QStringLiteral("2026-03-01 09:30:00"), QStringLiteral("张三"),
                         QStringLiteral("13812340001"), QStringLiteral("长宁区愚园路1号"), QStringLiteral("上海甲超市"),
                         QStringLiteral("上海市长宁区天山路1号"), QStringLiteral("重复导出的同一工单。"), QString(),
                         QStringLiteral("59.50"), QStringLiteral("食品"),
                         QString()});
    REQUIRE(book.close().ok());
    return path;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

TEST_CASE("12315 work orders from a workbook: the header found under a title, rows checked, duplicates skipped",
          "[workorders][import]")
{
    TestDatabase db;
    const QSqlDatabase c = db.connection();
    REQUIRE(UserRepository(c).add(kWorker, Role::Caseworker).ok());
    QTemporaryDir dir;
    const QString path = platformWorkbook(dir.path());

    auto plan = planWorkOrderImport(c, OrderSource::Platform12315, path, {}, kNow);
    INFO((plan.ok() ? QString() : plan.error().message).toStdString());
    REQUIRE(plan.ok());
    CHECK(plan->sheet == QStringLiteral("工单"));
    CHECK(plan->headerLine == 2);
    CHECK(plan->unmapped == QStringList{QStringLiteral("备注")});
    CHECK(plan->sha256.size() == 64);
    REQUIRE(plan->rows.size() == 4); // the empty row is passed over
    CHECK(plan->rows.at(0).line == 3);
    INFO(plan->rows.at(0).problems.join(QStringLiteral("; ")).toStdString());
    CHECK(plan->rows.at(0).valid());
    CHECK(plan->rows.at(0).complaint.amountFen == 5950);
    CHECK(plan->rows.at(1).line == 5);
    CHECK(plan->rows.at(1).complaint.receivedAt ==
          QDateTime(QDate(2026, 3, 2), QTime(9, 36), QTimeZone(8 * 3600))); // Excel's day number 46083.4
    CHECK(plan->rows.at(1).complaint.amountFen == 240000);
    CHECK_FALSE(plan->rows.at(2).valid());
    CHECK(plan->rows.at(2).problems.join(QLatin1Char(' ')).contains(QStringLiteral("约两百元")));
    CHECK(plan->rows.at(3).duplicateOf == QStringLiteral("line 3"));
    CHECK(plan->validCount() == 2);
    CHECK(plan->duplicateCount() == 1);
    CHECK(plan->problemCount() == 1);

    // All or nothing: one row cannot be registered, so nothing is.
    CHECK_FALSE(importWorkOrders(c, plan.value(), ImportChoice::AllOrNothing, DuplicateChoice::Skip, kWorker, kNow).ok());
    CHECK(rowCount(c, QStringLiteral("complaints")) == 0);

    auto outcome = importWorkOrders(c, plan.value(), ImportChoice::ValidRows, DuplicateChoice::Skip, kWorker, kNow);
    INFO((outcome.ok() ? QString() : outcome.error().message).toStdString());
    REQUIRE(outcome.ok());
    REQUIRE(outcome->registered.size() == 2);
    CHECK(outcome->skippedDuplicates == 1);
    CHECK(outcome->refused == 1);
    auto first = ComplaintRepository(c).get(outcome->registered.first().id);
    REQUIRE(first.ok());
    CHECK(first->channel == Channel::Platform12315);
    CHECK(first->platformRef == QStringLiteral("1231520260301000001"));
    CHECK(first->business.name == QStringLiteral("上海甲超市"));
    CHECK(first->categoryName == QStringLiteral("食品"));
    CHECK(first->receivedAt == QDateTime(QDate(2026, 3, 1), QTime(9, 30), QTimeZone(8 * 3600)));
    auto history = AuditRepository(c).history(first->id);
    REQUIRE(history.ok());
    CHECK(std::any_of(history->cbegin(), history->cend(), [](const AuditEntry &e) {
        return e.action == QStringLiteral("imported") && e.newValue == QStringLiteral("12315 12315.xlsx:3");
    }));
    auto log = DeskEventRepository(c).latest(5);
    REQUIRE(log.ok());
    REQUIRE_FALSE(log->isEmpty());
    CHECK(log->first().action == QStringLiteral("work_orders_imported"));
    CHECK(log->first().detail.contains(plan->sha256));
    CHECK(log->first().detail.contains(QStringLiteral("imported 2")));

    // The same file again: every order is registered already.
    auto again = planWorkOrderImport(c, OrderSource::Platform12315, path, {}, kNow);
    REQUIRE(again.ok());
    CHECK(again->rows.at(0).duplicateOf == first->caseNumber);
    CHECK(again->validCount() == 0);
}

TEST_CASE("12345 work orders from CSV in GB18030; a header of one's own names its columns and is kept",
          "[workorders][import]")
{
    TestDatabase db;
    const QSqlDatabase c = db.connection();
    REQUIRE(UserRepository(c).add(kWorker, Role::Caseworker).ok());
    QTemporaryDir dir;
    const QString csv = QStringLiteral(
        "工单编号,来电时间,来电人,来电号码,来电人地址,诉求内容,涉及主体,涉及主体地址,业务分类,办理单位\r\n"
        "GD20260305001,2026年3月5日 10时20分,赵六,13912340005,长宁区1号,\"装修公司拖延工期，\"\"一拖再拖\"\"。\","
        "上海丁装饰公司,长宁区2号,房屋装修及物业,长宁区消保委\r\n"
        "\r\n"
        "GD20260306002,2026-03-06,钱七,13912340006,长宁区3号,快递丢件。,上海戊快递,长宁区4号,邮政业,长宁区消保委\r\n");
    QStringEncoder gb18030("GB18030");
    REQUIRE(gb18030.isValid());
    const QString path = dir.filePath(QStringLiteral("12345.csv"));
    writeFile(path, gb18030.encode(csv));
    auto plan = planWorkOrderImport(c, OrderSource::Hotline12345, path, {}, kNow);
    INFO((plan.ok() ? QString() : plan.error().message).toStdString());
    REQUIRE(plan.ok());
    REQUIRE(plan->rows.size() == 2);
    CHECK(plan->rows.at(0).complaint.facts == QStringLiteral("装修公司拖延工期，\"一拖再拖\"。"));
    CHECK(plan->rows.at(0).complaint.receivedAt == QDateTime(QDate(2026, 3, 5), QTime(10, 20), QTimeZone(8 * 3600)));
    CHECK(plan->rows.at(1).complaint.receivedAt == QDateTime(QDate(2026, 3, 6), QTime(9, 0), QTimeZone(8 * 3600)));
    CHECK(plan->rows.at(0).complaint.channel == Channel::Hotline12345);
    CHECK(plan->validCount() == 2);

    // Headers no platform uses: refused with what to do, then named by the user and remembered.
    const QString own = dir.filePath(QStringLiteral("own.csv"));
    writeFile(own, QStringLiteral("单号,日期,商家,经过,要求,姓名,手机,住址,商家地址\r\n"
                                  "A1,2026-03-07 11:00,上海己餐厅,菜品不洁。,赔偿,孙八,13912340007,长宁区5号,长宁区6号\r\n")
                       .toUtf8());
    auto refused = planWorkOrderImport(c, OrderSource::Generic, own, {}, kNow);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("--map")));
    const ColumnOverrides named{{QStringLiteral("单号"), OrderField::Reference},
                                           {QStringLiteral("日期"), OrderField::ReceivedAt},
                                           {QStringLiteral("商家"), OrderField::BusinessName},
                                           {QStringLiteral("经过"), OrderField::Facts},
                                           {QStringLiteral("要求"), OrderField::Demand},
                                           {QStringLiteral("手机"), OrderField::ConsumerPhone},
                                           {QStringLiteral("住址"), OrderField::ConsumerAddress},
                                           {QStringLiteral("商家地址"), OrderField::BusinessAddress}};
    auto mapped = planWorkOrderImport(c, OrderSource::Generic, own, named, kNow);
    REQUIRE(mapped.ok());
    REQUIRE(importWorkOrders(c, mapped.value(), ImportChoice::ValidRows, DuplicateChoice::Skip, kWorker, kNow).ok());
    const QString next = dir.filePath(QStringLiteral("next.csv"));
    writeFile(next, QStringLiteral("单号,日期,商家,经过,要求,姓名,手机,住址,商家地址\r\n"
                                   "A2,2026-03-08 11:00,上海庚餐厅,价格欺诈。,退款,周九,13912340008,长宁区7号,长宁区8号\r\n")
                        .toUtf8());
    auto remembered = planWorkOrderImport(c, OrderSource::Generic, next, {}, kNow);
    INFO((remembered.ok() ? QString() : remembered.error().message).toStdString());
    REQUIRE(remembered.ok());
    CHECK(remembered->validCount() == 1);
}

TEST_CASE("a 12345 order keeps the hotline's dispatch and due times for its deadlines", "[workorders][import][hotline]")
{
    TestDatabase db;
    const QSqlDatabase c = db.connection();
    REQUIRE(UserRepository(c).add(kWorker, Role::Caseworker).ok());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("12345-due.csv"));
    writeFile(path, QStringLiteral("工单编号,来电时间,交办时间,到期时间,来电人,来电号码,来电人地址,诉求内容,涉及主体,涉及主体地址\r\n"
                                   "GD1,2026-03-02 09:00,2026-03-03 14:00,2026-03-06 17:30,赵六,13912340005,长宁区1号,"
                                   "外卖餐品变质。,上海丁餐饮公司,长宁区2号\r\n"
                                   "GD2,2026-03-02 10:00,2026-03-02 09:00,2026-03-06 17:30,钱七,13912340006,长宁区3号,"
                                   "快递丢件。,上海戊快递,长宁区4号\r\n"
                                   "GD3,2026-03-02 11:00,2026-03-03 14:00,2026-03-03 12:00,孙八,13912340007,长宁区5号,"
                                   "维修收费不明。,上海己维修,长宁区6号\r\n")
                        .toUtf8());
    auto plan = planWorkOrderImport(c, OrderSource::Hotline12345, path, {}, kNow);
    INFO((plan.ok() ? QString() : plan.error().message).toStdString());
    REQUIRE(plan.ok());
    REQUIRE(plan->rows.size() == 3);
    const Complaint &order = plan->rows.at(0).complaint;
    CHECK(order.receivedAt == QDateTime(QDate(2026, 3, 2), QTime(9, 0), QTimeZone(8 * 3600)));
    CHECK(order.orderDispatchedAt == QDateTime(QDate(2026, 3, 3), QTime(14, 0), QTimeZone(8 * 3600)));
    CHECK(order.orderDueAt == QDateTime(QDate(2026, 3, 6), QTime(17, 30), QTimeZone(8 * 3600)));
    // Dispatched before the call; due before the dispatch: row errors, not cases.
    CHECK(plan->rows.at(1).problems.join(QLatin1Char(' ')).contains(QStringLiteral("before it was received")));
    CHECK(plan->rows.at(2).problems.join(QLatin1Char(' ')).contains(QStringLiteral("before the order came")));
    CHECK(plan->validCount() == 1);

    auto outcome = importWorkOrders(c, plan.value(), ImportChoice::ValidRows, DuplicateChoice::Skip, kWorker, kNow);
    REQUIRE(outcome.ok());
    REQUIRE(outcome->registered.size() == 1);
    const qint64 id = outcome->registered.first().id;
    auto stored = ComplaintRepository(c).get(id);
    REQUIRE(stored.ok());
    CHECK(stored->orderDueAt == order.orderDueAt);
    auto deadlines = deadlinesOfCase(c, id, kNow);
    REQUIRE(deadlines.ok());
    const auto reply = std::find_if(deadlines->cbegin(), deadlines->cend(),
                                    [](const Deadline &d) { return d.kind == DeadlineKind::HotlineReply; });
    REQUIRE(reply != deadlines->cend());
    CHECK(reply->dueAt == order.orderDueAt); // the hotline's time, not five working days from the call
    CHECK(reply->overdue);                   // 10 March, noon
    // The stored due list says the same.
    auto due = runQuery(c, QStringLiteral("SELECT due_at FROM case_deadlines WHERE case_id = ? AND kind = ?"),
                        {id, QStringLiteral("hotline_reply")});
    REQUIRE(due.ok());
    REQUIRE(due->next());
    CHECK(dateTimeFromStored(due->value(0)) == order.orderDueAt);
}

TEST_CASE("work orders registered before: skipped, or their empty fields filled in from the file",
          "[workorders][import]")
{
    TestDatabase db;
    const QSqlDatabase c = db.connection();
    REQUIRE(UserRepository(c).add(kWorker, Role::Caseworker).ok());
    QTemporaryDir dir;
    const QString first = dir.filePath(QStringLiteral("first.csv"));
    writeFile(first, QStringLiteral("登记编号,登记时间,投诉人,联系电话,投诉人地址,被投诉人,被投诉对象地址,统一社会信用代码,"
                                    "投诉内容,诉求,涉案金额\r\n"
                                    "R1,2026-03-01 09:00,张三,13812340001,长宁区1号,上海甲超市,长宁区2号,,牛奶过期。,"
                                    "退货,\r\n")
                         .toUtf8());
    auto plan = planWorkOrderImport(c, OrderSource::Platform12315, first, {}, kNow);
    REQUIRE(plan.ok());
    auto registered = importWorkOrders(c, plan.value(), ImportChoice::ValidRows, DuplicateChoice::Skip, kWorker, kNow);
    REQUIRE(registered.ok());
    REQUIRE(registered->registered.size() == 1);
    const qint64 id = registered->registered.first().id;

    // The platform's later download has the credit code, the amount and other texts of the facts
    // and the demand.
    const QString later = dir.filePath(QStringLiteral("later.csv"));
    writeFile(later, QStringLiteral("登记编号,登记时间,投诉人,联系电话,投诉人地址,被投诉人,被投诉对象地址,统一社会信用代码,"
                                    "投诉内容,诉求,涉案金额\r\n"
                                    "R1,2026-03-01 09:00,张三,13812340001,长宁区1号,上海甲超市,长宁区2号,"
                                    "91310000MA1FL0001R,牛奶过期，已变质。,退一赔十,59.50\r\n")
                         .toUtf8());
    auto again = planWorkOrderImport(c, OrderSource::Platform12315, later, {}, kNow);
    REQUIRE(again.ok());
    CHECK(again->rows.at(0).duplicateCaseId == id);
    auto skipped = importWorkOrders(c, again.value(), ImportChoice::ValidRows, DuplicateChoice::Skip, kWorker, kNow);
    REQUIRE(skipped.ok());
    CHECK(skipped->skippedDuplicates == 1);
    CHECK(ComplaintRepository(c).get(id)->amountFen == 0);

    auto filled = importWorkOrders(c, again.value(), ImportChoice::ValidRows, DuplicateChoice::FillEmpty, kWorker, kNow);
    INFO((filled.ok() ? QString() : filled.error().message).toStdString());
    REQUIRE(filled.ok());
    CHECK(filled->filled == 1);
    CHECK(filled->registered.isEmpty());
    auto now = ComplaintRepository(c).get(id);
    REQUIRE(now.ok());
    CHECK(now->business.creditCode == QStringLiteral("91310000MA1FL0001R"));
    CHECK(now->amountFen == 5950);
    CHECK(now->facts == QStringLiteral("牛奶过期。")); // what was there stays
    CHECK(now->demand == QStringLiteral("退货"));
    auto history = AuditRepository(c).history(id);
    REQUIRE(history.ok());
    CHECK(std::any_of(history->cbegin(), history->cend(), [](const AuditEntry &e) {
        return e.action == QStringLiteral("import_filled") && e.newValue == QStringLiteral("12315 later.csv:2");
    }));
    CHECK(std::any_of(history->cbegin(), history->cend(), [](const AuditEntry &e) {
        return e.action == QStringLiteral("updated") && e.field == QStringLiteral("amount");
    }));

    // Nothing more to fill: left as it is.
    auto nothing = importWorkOrders(c, again.value(), ImportChoice::ValidRows, DuplicateChoice::FillEmpty, kWorker, kNow);
    REQUIRE(nothing.ok());
    CHECK(nothing->filled == 0);
    CHECK(nothing->skippedDuplicates == 1);

    // A hotline order typed in before its file came: the file's dispatch and due times fill in
    // and set the reply's deadline.
    const QString header = QStringLiteral("工单编号,来电时间,交办时间,到期时间,来电人,来电号码,来电人地址,诉求内容,"
                                          "涉及主体,涉及主体地址\r\n");
    const QString typed = dir.filePath(QStringLiteral("typed.csv"));
    writeFile(typed, (header + QStringLiteral("GD9,2026-03-02 09:00,,,赵六,13912340005,长宁区1号,外卖变质。,上海丁餐饮,"
                                              "长宁区2号\r\n"))
                         .toUtf8());
    auto first12345 = planWorkOrderImport(c, OrderSource::Hotline12345, typed, {}, kNow);
    REQUIRE(first12345.ok());
    auto hotline = importWorkOrders(c, first12345.value(), ImportChoice::ValidRows, DuplicateChoice::Skip, kWorker, kNow);
    REQUIRE(hotline.ok());
    REQUIRE(hotline->registered.size() == 1);
    const qint64 order = hotline->registered.first().id;
    const QString timed = dir.filePath(QStringLiteral("timed.csv"));
    writeFile(timed, (header + QStringLiteral("GD9,2026-03-02 09:00,2026-03-03 14:00,2026-03-06 17:30,赵六,13912340005,"
                                              "长宁区1号,外卖变质。,上海丁餐饮,长宁区2号\r\n"))
                         .toUtf8());
    auto second12345 = planWorkOrderImport(c, OrderSource::Hotline12345, timed, {}, kNow);
    REQUIRE(second12345.ok());
    auto times = importWorkOrders(c, second12345.value(), ImportChoice::ValidRows, DuplicateChoice::FillEmpty, kWorker,
                                  kNow);
    INFO((times.ok() ? QString() : times.error().message).toStdString());
    REQUIRE(times.ok());
    CHECK(times->filled == 1);
    const QDateTime due(QDate(2026, 3, 6), QTime(17, 30), QTimeZone(8 * 3600));
    CHECK(ComplaintRepository(c).get(order)->orderDueAt == due);
    auto deadlines = deadlinesOfCase(c, order, kNow);
    REQUIRE(deadlines.ok());
    CHECK(std::any_of(deadlines->cbegin(), deadlines->cend(),
                      [&](const Deadline &d) { return d.kind == DeadlineKind::HotlineReply && d.dueAt == due; }));
}

TEST_CASE("one import fills in several cases registered before: each case's trail says so, the chain intact",
          "[workorders][import]")
{
    TestDatabase db;
    const QSqlDatabase c = db.connection();
    REQUIRE(UserRepository(c).add(kWorker, Role::Caseworker).ok());
    REQUIRE(UserRepository(c).add(QStringLiteral("审计员"), Role::Auditor).ok());
    QTemporaryDir dir;
    const QString header = QStringLiteral("登记编号,登记时间,投诉人,联系电话,投诉人地址,被投诉人,被投诉对象地址,"
                                          "统一社会信用代码,投诉内容,诉求,涉案金额\r\n");
    const QString first = dir.filePath(QStringLiteral("first.csv"));
    writeFile(first, (header + QStringLiteral("S1,2026-03-01 09:00,张三,13812340001,长宁区1号,上海甲超市,长宁区2号,,"
                                              "牛奶过期。,退货,\r\n"
                                              "S2,2026-03-02 09:00,李四,13812340002,长宁区3号,上海乙商店,长宁区4号,,"
                                              "少找零钱。,找回零钱,\r\n"))
                         .toUtf8());
    auto plan = planWorkOrderImport(c, OrderSource::Platform12315, first, {}, kNow);
    REQUIRE(plan.ok());
    auto registered = importWorkOrders(c, plan.value(), ImportChoice::ValidRows, DuplicateChoice::Skip, kWorker, kNow);
    INFO((registered.ok() ? QString() : registered.error().message).toStdString());
    REQUIRE(registered.ok());
    REQUIRE(registered->registered.size() == 2);

    const QString later = dir.filePath(QStringLiteral("later.csv"));
    writeFile(later, (header + QStringLiteral("S1,2026-03-01 09:00,张三,13812340001,长宁区1号,上海甲超市,长宁区2号,"
                                              "91310000MA1FL0001R,牛奶过期。,退货,59.50\r\n"
                                              "S3,2026-03-03 09:00,王五,13812340003,长宁区5号,上海丙餐厅,长宁区6号,,"
                                              "菜里有异物。,退款,\r\n"
                                              "S2,2026-03-02 09:00,李四,13812340002,长宁区3号,上海乙商店,长宁区4号,,"
                                              "少找零钱。,找回零钱,10\r\n"))
                         .toUtf8());
    auto again = planWorkOrderImport(c, OrderSource::Platform12315, later, {}, kNow);
    REQUIRE(again.ok());
    // A reader may not change cases: refused before anything is written.
    auto refused = importWorkOrders(c, again.value(), ImportChoice::ValidRows, DuplicateChoice::FillEmpty,
                                    QStringLiteral("审计员"), kNow);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Forbidden);
    CHECK(rowCount(c, QStringLiteral("complaints")) == 2);

    auto filled = importWorkOrders(c, again.value(), ImportChoice::ValidRows, DuplicateChoice::FillEmpty, kWorker, kNow);
    INFO((filled.ok() ? QString() : filled.error().message).toStdString());
    REQUIRE(filled.ok());
    CHECK(filled->filled == 2);
    CHECK(filled->registered.size() == 1);
    for (const auto &[caseId, line, amount] : {std::tuple{registered->registered.at(0).id, 2, qint64(5950)},
                                               std::tuple{registered->registered.at(1).id, 4, qint64(1000)}}) {
        CHECK(ComplaintRepository(c).get(caseId)->amountFen == amount);
        auto history = AuditRepository(c).history(caseId);
        REQUIRE(history.ok());
        const QString origin = QStringLiteral("12315 later.csv:%1").arg(line);
        CHECK(std::count_if(history->cbegin(), history->cend(), [&origin](const AuditEntry &e) {
                  return e.action == QStringLiteral("import_filled") && e.newValue == origin;
              }) == 1);
        // The case's own changes come before the note of where they came from.
        const auto note = std::find_if(history->cbegin(), history->cend(),
                                       [](const AuditEntry &e) { return e.action == QStringLiteral("import_filled"); });
        const auto amountChange = std::find_if(history->cbegin(), history->cend(), [](const AuditEntry &e) {
            return e.action == QStringLiteral("updated") && e.field == QStringLiteral("amount");
        });
        REQUIRE(amountChange != history->cend());
        CHECK(amountChange < note);
    }
    auto verdict = verifyAuditChain(c);
    REQUIRE(verdict.ok());
    CHECK(verdict->intact());
}

TEST_CASE("files that are not work orders are refused with a clear message", "[workorders][import]")
{
    TestDatabase db;
    QTemporaryDir dir;
    const QString fakeXlsx = dir.filePath(QStringLiteral("fake.xlsx"));
    writeFile(fakeXlsx, QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(100, 'x'));
    auto fake = readSheetFile(fakeXlsx);
    REQUIRE_FALSE(fake.ok());
    CHECK(fake.error().message.contains(QStringLiteral("not an Excel workbook")));
    const QString xls = dir.filePath(QStringLiteral("old.xls"));
    writeFile(xls, QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(100, '\0'));
    auto old = readSheetFile(xls);
    REQUIRE_FALSE(old.ok());
    CHECK(old.error().message.contains(QStringLiteral(".xlsx")));
    const QString brokenZip = dir.filePath(QStringLiteral("broken.xlsx"));
    writeFile(brokenZip, QByteArray("PK\x03\x04", 4) + QByteArray(200, '\x01'));
    CHECK_FALSE(readSheetFile(brokenZip).ok());
    auto unterminated = readCsvBytes(QByteArray("a,\"b\nc,d"));
    REQUIRE_FALSE(unterminated.ok());
    auto binary = readCsvBytes(QByteArray("a,b\0c", 5));
    CHECK_FALSE(binary.ok());
    // Marked as UTF-8 yet broken: refused, not read with replacement characters.
    auto markedBroken = readCsvBytes(QByteArray("\xEF\xBB\xBF" "a,b\n\xE4\xB8,c\n"));
    REQUIRE_FALSE(markedBroken.ok());
    CHECK(markedBroken.error().message.contains(QStringLiteral("UTF-8")));
    auto marked = readCsvBytes(QStringLiteral("\uFEFF登记编号,投诉内容\n1,退款\n").toUtf8());
    REQUIRE(marked.ok());
    CHECK(marked->first().rows.at(1).at(1) == QStringLiteral("退款"));
    // A long cell and many rows read whole.
    QByteArray big = "登记编号,投诉内容\n";
    big += "1," + QByteArray(1024 * 1024, 'x') + "\n";
    for (int i = 0; i < 100000; ++i)
        big += QByteArray::number(i) + ",y\n";
    auto many = readCsvBytes(big);
    REQUIRE(many.ok());
    CHECK(many->first().rows.size() == 100002);
    CHECK(many->first().rows.at(1).at(1).size() == 1024 * 1024);
}
