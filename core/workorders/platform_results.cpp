#include "workorders/platform_results.h"

#include "auth/permissions.h"
#include "export/xlsx_workbook.h"
#include "letters/ground_phrases.h"
#include "storage/case_event_repository.h"
#include "storage/complaint_repository.h"
#include "storage/enterprise_answer_repository.h"
#include "storage/mediation_agreement_repository.h"
#include "storage/sql_helpers.h"
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

// What the results of a page of finished cases are told from, read together: one query per
// kind for the whole page instead of three to five per case.
struct PageFacts {
    QHash<qint64, Complaint> cases;
    QHash<qint64, QList<CaseEvent>> events; // each case's steps, in order
    QHash<qint64, MediationAgreement> agreements;
    QHash<qint64, QList<EnterpriseAnswer>> answers; // oldest first
};

Result<PageFacts> factsOf(const QSqlDatabase &db, const QList<qint64> &ids)
{
    PageFacts facts;
    auto cases = ComplaintRepository(db).casesWithIds(ids);
    if (!cases)
        return cases.error();
    facts.cases = std::move(cases.value());
    auto events = CaseEventRepository(db).eventsOfCases(ids);
    if (!events)
        return events.error();
    facts.events = std::move(events.value());
    auto agreements = MediationAgreementRepository(db).agreementsOf(ids);
    if (!agreements)
        return agreements.error();
    facts.agreements = std::move(agreements.value());
    auto answers = EnterpriseAnswerRepository(db).ofCases(ids);
    if (!answers)
        return answers.error();
    facts.answers = std::move(answers.value());
    return facts;
}

// The case's latest step into `status`, if it took one.
std::optional<CaseEvent> lastStepInto(const QList<CaseEvent> &events, CaseStatus status)
{
    for (auto it = events.crbegin(); it != events.crend(); ++it) {
        if (it->to == status)
            return *it;
    }
    return std::nullopt;
}

// The platform's result and the handling opinion of a finished case, from its last step.
void describe(const Complaint &c, const PageFacts &facts, PlatformResult &r)
{
    const QList<CaseEvent> events = facts.events.value(c.id);
    if (c.status == CaseStatus::Refused || c.status == CaseStatus::Returned) {
        const bool refused = c.status == CaseStatus::Refused;
        const auto step = lastStepInto(events, c.status);
        const QString ground =
            step ? groundPhraseOfCode(refused ? GroundKind::Refusal : GroundKind::Return, step->ground) : QString();
        r.result = refused ? QStringLiteral("不予受理") : QStringLiteral("退回");
        r.opinion = ground.isEmpty()
                        ? (refused ? QStringLiteral("不予受理。") : QStringLiteral("予以退回。"))
                        : QStringLiteral("因%1，%2。")
                              .arg(ground, refused ? QStringLiteral("不予受理") : QStringLiteral("予以退回"));
        return;
    }
    const auto step = lastStepInto(events, CaseStatus::Closed);
    const std::optional<CaseStatus> from = step ? step->from : std::nullopt;
    if (from == CaseStatus::AgreementReached) {
        const auto agreement = facts.agreements.constFind(c.id);
        r.result = QStringLiteral("调解成功");
        r.opinion = sentence(QStringLiteral("经调解，双方达成协议"),
                             agreement != facts.agreements.cend() ? agreement->terms : QString());
    } else if (from == CaseStatus::ForwardedToEnterprise) {
        QString text;
        for (const EnterpriseAnswer &a : facts.answers.value(c.id)) {
            if (a.settled)
                text = a.text; // the latest settlement
        }
        r.result = QStringLiteral("企业先行和解");
        r.opinion = sentence(QStringLiteral("经营者与消费者和解"), text);
    } else if (from == CaseStatus::MediationTerminated) {
        // To the platform, of the parties in the third person: as a letter to a court words it.
        const auto termination = lastStepInto(events, CaseStatus::MediationTerminated);
        const QString ground = termination ? groundPhraseForCourtOfCode(termination->ground) : QString();
        r.result = QStringLiteral("调解终止");
        r.opinion = ground.isEmpty() ? QStringLiteral("终止调解。") : QStringLiteral("因%1，终止调解。").arg(ground);
    } else {
        r.result = QStringLiteral("办结");
        r.opinion = sentence(QStringLiteral("已办结"), step ? step->note : QString());
    }
}

// The case's result; nullopt when it is not a finished work order from the platform.
std::optional<PlatformResult> resultOf(const Complaint &c, const PageFacts &facts)
{
    if (!isFinalStatus(c.status) || c.channel != Channel::Platform12315 || c.platformRef.trimmed().isEmpty())
        return std::nullopt;
    PlatformResult r;
    r.platformRef = c.platformRef;
    r.caseNumber = c.caseNumber;
    r.receivedOn = c.receivedAt.date();
    r.closedOn = c.closedAt.date();
    r.recoveredFen = c.status == CaseStatus::Closed ? c.recoveredFen : 0;
    r.handler = c.assignee;
    describe(c, facts, r);
    return r;
}

} // namespace

Result<QList<PlatformResult>> platformResultsOf(const QSqlDatabase &db, const QList<qint64> &caseIds,
                                                const QString &actor)
{
    if (auto allowed = authorize(db, actor, Permission::ViewCases); !allowed)
        return allowed.error();
    const auto unfit = [](const QString &caseNumber) {
        return Error{
            ErrorCode::InvalidInput,
            QCoreApplication::translate("PlatformResults", "%1 is not a finished work order from the 12315 platform.")
                .arg(caseNumber),
            {}};
    };
    QList<PlatformResult> results;
    for (qsizetype from = 0; from < caseIds.size(); from += kIdsPerStatement) {
        const QList<qint64> page = caseIds.mid(from, kIdsPerStatement);
        auto facts = factsOf(db, page);
        if (!facts)
            return facts.error();
        for (qint64 id : page) {
            const auto c = facts->cases.constFind(id);
            if (c == facts->cases.cend()) {
                // Not there: the repository's own message (or one registered a moment ago,
                // which is not finished).
                auto late = ComplaintRepository(db).get(id);
                return late ? unfit(late->caseNumber) : late.error();
            }
            const auto r = resultOf(c.value(), facts.value());
            if (!r)
                return unfit(c->caseNumber);
            results.append(*r);
        }
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
    constexpr int kPage = kIdsPerStatement; // each kind of the page's facts in one statement
    for (;;) {
        auto page = query.page(platform, CaseSort{}, after, kPage);
        if (!page)
            return page.error();
        QList<qint64> finished;
        for (const CaseListRow &row : page.value()) {
            if (isFinalStatus(row.status))
                finished << row.id;
        }
        auto facts = factsOf(db, finished);
        if (!facts)
            return facts.error();
        for (qint64 id : std::as_const(finished)) {
            const auto c = facts->cases.constFind(id);
            if (c == facts->cases.cend()) {
                if (auto late = ComplaintRepository(db).get(id); !late)
                    return late.error();
                continue; // not finished, whatever the list said a moment ago
            }
            if (const auto r = resultOf(c.value(), facts.value())) // one typed in by hand has no work-order number
                results.append(*r);
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
    const int sheet =
        book.addSheet(QStringLiteral("办结反馈"), {{QStringLiteral("登记编号"), Cell::Text, 22},
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
