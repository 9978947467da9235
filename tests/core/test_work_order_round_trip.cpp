#include "catch_qt.h"
#include "test_support.h"

#include "demo/demo_generator.h"
#include "export/case_xlsx.h"
#include "storage/complaint_repository.h"
#include "storage/sql_helpers.h"
#include "storage/user_repository.h"
#include "workorders/work_order_import.h"

#include <QTemporaryDir>

using namespace casedesk;
using namespace casedesk::test;

namespace {

// What a case's registration says, as text to compare: everything the Excel export carries
// (not the case number, which the importing desk gives, nor the complainant's ID number, which
// no export carries).
QString registration(const Complaint &c)
{
    return QStringList{c.receivedAt.toString(Qt::ISODate), codeOf(c.channel), c.platformRef, c.categoryName,
                       codeOf(c.nature), QString::number(c.amountFen), c.incidentDate.toString(Qt::ISODate),
                       c.consumer.name, c.consumer.phone, c.consumer.address, c.business.name, c.business.creditCode,
                       c.business.address, c.business.district, c.business.street, c.demand, c.facts}
        .join(QLatin1Char('|'));
}

QStringList registrations(const QSqlDatabase &db)
{
    QStringList all;
    auto ids = runQuery(db, QStringLiteral("SELECT id FROM complaints ORDER BY id"));
    REQUIRE(ids.ok());
    QList<qint64> list;
    while (ids->next())
        list << ids->value(0).toLongLong();
    for (qint64 id : list) {
        auto c = ComplaintRepository(db).get(id);
        REQUIRE(c.ok());
        all << registration(c.value());
    }
    all.sort();
    return all;
}

} // namespace

TEST_CASE("1,000 demo cases exported to Excel and imported into another database are the same cases",
          "[workorders][import][xlsx][roundtrip]")
{
    TestDatabase from;
    REQUIRE(generateDemoData(from.connection(), DemoOptions{1000, 17, QDate(2026, 6, 1), HashCost::CheapForTests}).ok());
    QTemporaryDir dir;
    const QString workbook = dir.filePath(QStringLiteral("cases.xlsx"));
    auto written = writeCaseListXlsx(from.connection(), {}, {}, ExportForm::Identified, workbook,
                                     QStringLiteral("全部案件"));
    REQUIRE(written.ok());
    REQUIRE(written.value() == 1000);

    TestDatabase to;
    REQUIRE(UserRepository(to.connection()).add(QStringLiteral("李敏"), Role::Caseworker).ok());
    const QDateTime now(QDate(2026, 6, 2), QTime(9, 0));
    auto plan = planWorkOrderImport(to.connection(), OrderSource::Generic, workbook, {}, now);
    INFO((plan.ok() ? QString() : plan.error().message).toStdString());
    REQUIRE(plan.ok());
    CHECK(plan->headerLine == 2); // under the title
    // Every column of the registration is recognised; the desk's own columns are left.
    CHECK(plan->unmapped.size() == 3); // case number, status, caseworker
    QStringList problems;
    for (const OrderRow &row : plan->rows) {
        if (!row.valid())
            problems << QStringLiteral("line %1: %2").arg(row.line).arg(row.problems.join(QStringLiteral("; ")));
    }
    INFO(problems.mid(0, 5).join(QLatin1Char('\n')).toStdString());
    CHECK(problems.isEmpty());
    CHECK(plan->duplicateCount() == 0);
    auto outcome = importWorkOrders(to.connection(), plan.value(), ImportChoice::AllOrNothing, DuplicateChoice::Skip,
                                    QStringLiteral("李敏"), now);
    INFO((outcome.ok() ? QString() : outcome.error().message).toStdString());
    REQUIRE(outcome.ok());
    CHECK(outcome->registered.size() == 1000);

    const QStringList before = registrations(from.connection());
    const QStringList after = registrations(to.connection());
    REQUIRE(after.size() == before.size());
    for (int i = 0; i < before.size(); ++i) {
        INFO(i);
        REQUIRE(after.at(i) == before.at(i));
    }
}
