#include "workorders/platform_results.h"

#include "auth/permissions.h"
#include "domain/grounds.h"
#include "export/xlsx_workbook.h"
#include "letters/letter_wording.h"
#include "mediation/mediation_checks.h"
#include "mediation/termination_service.h"
#include "storage/complaint_repository.h"
#include "storage/enterprise_answer_repository.h"
#include "storage/mediation_agreement_repository.h"
#include "storage/user_repository.h"
#include "workflow/case_workflow.h"

#include <QCoreApplication>

namespace casedesk {
namespace {

// "经调解，双方达成协议：……。": a sentence ends once, whatever the text typed ends with.
QString sentence(const QString &lead, const QString &text)
{
    const QString t = text.simplified();
    if (t.isEmpty())
        return lead + QStringLiteral("。");
    const bool ended = t.endsWith(QChar(0x3002)) || t.endsWith(QLatin1Char('.'));
    return lead + QStringLiteral("：") + t + (ended ? QString() : QStringLiteral("。"));
}

// The platform's result and the handling opinion of a finished case, from its last step.
Status describe(const QSqlDatabase &db, const Complaint &c, PlatformResult &r)
{
    if (c.status == CaseStatus::Refused || c.status == CaseStatus::Returned) {
        const bool refused = c.status == CaseStatus::Refused;
        auto step = mediation::lastStepInto(db, c.id, c.status);
        if (!step)
            return step.error();
        QString ground;
        if (step.value()) {
            if (refused) {
                if (const auto code = refusalGroundFromCode(step.value()->ground))
                    ground = groundPhrase(*code);
            } else if (const auto code = returnReasonFromCode(step.value()->ground)) {
                ground = groundPhrase(*code);
            }
        }
        r.result = refused ? QStringLiteral("不予受理") : QStringLiteral("退回");
        r.opinion = ground.isEmpty() ? (refused ? QStringLiteral("不予受理。") : QStringLiteral("予以退回。"))
                                     : QStringLiteral("因%1，%2。").arg(ground, refused ? QStringLiteral("不予受理")
                                                                                        : QStringLiteral("予以退回"));
        return {};
    }
    auto step = mediation::lastStepInto(db, c.id, CaseStatus::Closed);
    if (!step)
        return step.error();
    const std::optional<CaseStatus> from = step.value() ? step.value()->from : std::nullopt;
    if (from == CaseStatus::AgreementReached) {
        auto agreement = MediationAgreementRepository(db).agreementOf(c.id);
        if (!agreement)
            return agreement.error();
        r.result = QStringLiteral("调解成功");
        r.opinion = sentence(QStringLiteral("经调解，双方达成协议"),
                             agreement.value() ? agreement.value()->terms : QString());
    } else if (from == CaseStatus::ForwardedToEnterprise) {
        auto answers = EnterpriseAnswerRepository(db).ofCase(c.id);
        if (!answers)
            return answers.error();
        QString text;
        for (const EnterpriseAnswer &a : answers.value()) {
            if (a.settled)
                text = a.text; // the latest settlement
        }
        r.result = QStringLiteral("企业先行和解");
        r.opinion = sentence(QStringLiteral("经营者与消费者和解"), text);
    } else if (from == CaseStatus::MediationTerminated) {
        auto termination = TerminationService(db).lastTermination(c.id);
        if (!termination)
            return termination.error();
        const auto ground = termination.value() ? terminationGroundFromCode(termination.value()->ground) : std::nullopt;
        r.result = QStringLiteral("调解终止");
        r.opinion = ground ? QStringLiteral("因%1，终止调解。").arg(groundPhraseForCourt(*ground))
                           : QStringLiteral("终止调解。");
    } else {
        r.result = QStringLiteral("办结");
        r.opinion = sentence(QStringLiteral("已办结"), step.value() ? step.value()->note : QString());
    }
    return {};
}

// The case's result; nullopt when it is not a finished work order from the platform.
Result<std::optional<PlatformResult>> resultOf(const QSqlDatabase &db, qint64 caseId)
{
    auto c = ComplaintRepository(db).get(caseId);
    if (!c)
        return c.error();
    if (!isFinalStatus(c->status) || c->channel != Channel::Platform12315 || c->platformRef.trimmed().isEmpty())
        return std::optional<PlatformResult>();
    PlatformResult r;
    r.platformRef = c->platformRef;
    r.caseNumber = c->caseNumber;
    r.receivedOn = c->receivedAt.date();
    r.closedOn = c->closedAt.date();
    r.recoveredFen = c->status == CaseStatus::Closed ? c->recoveredFen : 0;
    r.handler = c->assignee;
    if (auto described = describe(db, c.value(), r); !described)
        return described.error();
    return std::optional<PlatformResult>(r);
}

} // namespace

Result<QList<PlatformResult>> platformResultsOf(const QSqlDatabase &db, const QList<qint64> &caseIds,
                                                const QString &actor)
{
    if (auto allowed = authorize(db, actor, Permission::ViewCases); !allowed)
        return allowed.error();
    QList<PlatformResult> results;
    for (qint64 id : caseIds) {
        auto r = resultOf(db, id);
        if (!r)
            return r.error();
        if (!r.value()) {
            auto c = ComplaintRepository(db).get(id);
            const QString number = c ? c->caseNumber : QString::number(id);
            return Error{ErrorCode::InvalidInput,
                         QCoreApplication::translate("PlatformResults",
                                                     "%1 is not a finished work order from the 12315 platform.")
                             .arg(number),
                         {}};
        }
        results.append(*r.value());
    }
    return results;
}

Result<QList<PlatformResult>> platformResults(const QSqlDatabase &db, const CaseFilter &filter, const QString &actor)
{
    if (auto allowed = authorize(db, actor, Permission::ViewCases); !allowed)
        return allowed.error();
    CaseFilter platform = filter;
    platform.channel = Channel::Platform12315;
    const CaseListQuery query(db);
    QList<PlatformResult> results;
    std::optional<PageCursor> after;
    constexpr int kPage = 1000;
    for (;;) {
        auto page = query.page(platform, CaseSort{}, after, kPage);
        if (!page)
            return page.error();
        for (const CaseListRow &row : page.value()) {
            if (!isFinalStatus(row.status))
                continue;
            auto r = resultOf(db, row.id);
            if (!r)
                return r.error();
            if (r.value()) // one typed in by hand has no work-order number to answer
                results.append(*r.value());
        }
        if (page->size() < kPage)
            break;
        after = PageCursor{page->last().sortValue, page->last().id};
    }
    return results;
}

Status writePlatformResultsXlsx(const QList<PlatformResult> &results, const QString &path)
{
    using Cell = XlsxWorkbook::Cell;
    // The platform's own words: the sheet is pasted into its forms, whatever the desk's language.
    XlsxWorkbook book(path);
    const int sheet = book.addSheet(QStringLiteral("办结反馈"), {{QStringLiteral("登记编号"), Cell::Text, 22},
                                                              {QStringLiteral("本会案件编号"), Cell::Text, 18},
                                                              {QStringLiteral("登记日期"), Cell::Date, 12},
                                                              {QStringLiteral("办结日期"), Cell::Date, 12},
                                                              {QStringLiteral("处理结果"), Cell::Text, 14},
                                                              {QStringLiteral("挽回经济损失（元）"), Cell::Money, 16},
                                                              {QStringLiteral("处理意见"), Cell::Text, 60},
                                                              {QStringLiteral("承办人"), Cell::Text, 10}});
    for (const PlatformResult &r : results) {
        book.addRow(sheet, {r.platformRef, r.caseNumber, r.receivedOn, r.closedOn, r.result, r.recoveredFen, r.opinion,
                            r.handler});
    }
    return book.close();
}

} // namespace casedesk
