#include "catch_qt.h"
#include "test_support.h"
#include "xlsx_reading.h"

#include "demo/demo_generator.h"
#include "storage/complaint_repository.h"
#include "storage/mediation_agreement_repository.h"
#include "storage/sql_helpers.h"
#include "workorders/platform_results.h"

#include <QTemporaryDir>

using namespace casedesk;
using namespace casedesk::test;

TEST_CASE("the results of finished 12315 work orders, in the platform's words", "[workorders]")
{
    TestDatabase db;
    const QSqlDatabase c = db.connection();
    REQUIRE(generateDemoData(c, DemoOptions{600, 5, QDate(2026, 6, 1), HashCost::CheapForTests}).ok());
    const QString reader = QStringLiteral("审计员");
    auto results = platformResults(c, {}, reader);
    REQUIRE(results.ok());
    REQUIRE(results->size() > 10);
    QSet<QString> kinds;
    ComplaintRepository complaints(c);
    for (const PlatformResult &r : results.value()) {
        auto found = complaints.findByCaseNumber(r.caseNumber);
        REQUIRE(found.ok());
        CHECK(found->channel == Channel::Platform12315);
        CHECK(found->platformRef == r.platformRef);
        CHECK(r.closedOn == found->closedAt.date());
        CHECK_FALSE(r.opinion.isEmpty());
        kinds.insert(r.result);
        if (r.result == QStringLiteral("调解成功")) {
            auto agreement = MediationAgreementRepository(c).agreementOf(found->id);
            REQUIRE(agreement.ok());
            if (agreement.value() && !agreement.value()->terms.trimmed().isEmpty())
                CHECK(r.opinion.startsWith(QStringLiteral("经调解，双方达成协议：")));
            CHECK(r.recoveredFen == found->recoveredFen);
        }
        if (r.result == QStringLiteral("不予受理"))
            CHECK(r.recoveredFen == 0);
    }
    CHECK(kinds.contains(QStringLiteral("调解成功")));
    CHECK(kinds.contains(QStringLiteral("不予受理")));

    // Chosen cases: a platform one is written; a case from another channel is refused by name.
    auto other = queryScalar(c, QStringLiteral("SELECT id FROM complaints WHERE channel <> '12315' AND closed_at IS NOT "
                                               "NULL ORDER BY id LIMIT 1"));
    REQUIRE(other.ok());
    auto refused = platformResultsOf(c, {other->toLongLong()}, reader);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("12315")));
    auto one = complaints.findByCaseNumber(results->first().caseNumber);
    REQUIRE(one.ok());
    auto chosen = platformResultsOf(c, {one->id}, reader);
    REQUIRE(chosen.ok());
    REQUIRE(chosen->size() == 1);
    CHECK(chosen->first().opinion == results->first().opinion);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("results.xlsx"));
    REQUIRE(writePlatformResultsXlsx(results.value(), path).ok());
    const QStringList rows = xlsxRows(path);
    REQUIRE(rows.size() == results->size() + 1);
    CHECK(rows.first().startsWith(QStringLiteral("登记编号|本会案件编号|登记日期|办结日期|处理结果")));
    CHECK(rows.at(1).startsWith(results->first().platformRef + QLatin1Char('|') + results->first().caseNumber));
}
