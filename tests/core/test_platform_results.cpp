#include "catch_qt.h"
#include "test_support.h"
#include "xlsx_reading.h"

#include "demo/demo_generator.h"
#include "letters/ground_phrases.h"
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
    QSet<QString> groundsPhrased;
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
        // The ground in the words the letters use (letters/ground_phrases.h).
        const std::optional<CaseStatus> decided = r.result == QStringLiteral("不予受理") ? CaseStatus::Refused
                                                  : r.result == QStringLiteral("退回")   ? CaseStatus::Returned
                                                  : r.result == QStringLiteral("调解终止")
                                                      ? std::optional(CaseStatus::MediationTerminated)
                                                      : std::nullopt;
        if (decided) {
            auto ground = queryScalar(c,
                                      QStringLiteral("SELECT ground FROM case_events WHERE complaint_id = ? AND "
                                                     "to_status = ? ORDER BY id DESC LIMIT 1"),
                                      {found->id, codeOf(*decided)});
            REQUIRE(ground.ok());
            const QString phrase = *decided == CaseStatus::MediationTerminated
                                       ? groundPhraseForCourtOfCode(ground->toString())
                                       : groundPhraseOfCode(*decided == CaseStatus::Refused ? GroundKind::Refusal
                                                                                             : GroundKind::Return,
                                                            ground->toString());
            if (!phrase.isEmpty()) {
                groundsPhrased.insert(r.result);
                CHECK(r.opinion.startsWith(QStringLiteral("因") + phrase + QStringLiteral("，")));
            }
        }
    }
    CHECK(kinds.contains(QStringLiteral("调解成功")));
    CHECK(kinds.contains(QStringLiteral("不予受理")));
    CHECK(groundsPhrased.size() == 3); // refused, returned and terminated, each with its ground

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

    // More chosen cases than one statement reads (the results come a page of cases at a time):
    // each as the whole list gave it, in the order chosen.
    QList<qint64> many;
    QList<PlatformResult> expected;
    while (many.size() <= kIdsPerStatement) {
        for (const PlatformResult &r : results.value()) {
            auto found = complaints.findByCaseNumber(r.caseNumber);
            REQUIRE(found.ok());
            many << found->id;
            expected << r;
        }
    }
    auto paged = platformResultsOf(c, many, reader);
    REQUIRE(paged.ok());
    REQUIRE(paged->size() == expected.size());
    for (int i = 0; i < expected.size(); ++i) {
        CHECK(paged->at(i).caseNumber == expected.at(i).caseNumber);
        CHECK(paged->at(i).opinion == expected.at(i).opinion);
    }

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("results.xlsx"));
    REQUIRE(writePlatformResultsXlsx(results.value(), path).ok());
    const QStringList rows = xlsxRows(path);
    REQUIRE(rows.size() == results->size() + 1);
    CHECK(rows.first().startsWith(QStringLiteral("登记编号|本会案件编号|登记日期|办结日期|处理结果")));
    CHECK(rows.at(1).startsWith(results->first().platformRef + QLatin1Char('|') + results->first().caseNumber));
}
