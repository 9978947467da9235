#pragma once

#include "result.h"
#include "stats/stats_figures.h"
#include "stats/stats_period.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QStringList>

// The quarterly notice on the networked enterprises (投诉联网企业季度通报, issue 20): how each
// enterprise dealt with the complaints the council forwarded to it in the quarter, ranked, with
// the industries complained about most. Definitions: docs/statistics.md, "Quarterly notice".

namespace casedesk {

// One enterprise's quarter. The forwarded cases are those forwarded to it in the quarter; their
// answers are counted whenever they came (up to the moment the notice is made).
struct EnterpriseQuarter {
    qint64 businessId = 0;
    QString name;
    int rank = 0;          // 1, 2, ... in the notice's ranking; 0: unranked (nothing forwarded, or the total)
    int received = 0;      // complaints about it received in the quarter
    int forwarded = 0;     // forwardings to it in the quarter
    int settled = 0;       // of those, settled by the enterprise itself (先行和解)
    int settledOnTime = 0; // settled on or before the enterprise's deadline
    int cameBack = 0;      // answered "not settled": the council took the case back
    int answeredLate = 0;  // answered, either way, after the deadline
    int unanswered = 0;    // no answer yet
    qint64 answerWorkingDays = 0; // summed over the answered ones
    qint64 recoveredFen = 0;      // money the enterprises' settlements recovered on those cases

    int answered() const { return settled + cameBack; }
    Rate settlementRate() const { return {settled, forwarded}; } // 先行和解率
    Rate onTimeRate() const { return {settledOnTime, settled}; }
    // Average working days from forwarding to answer; nullopt without answers.
    std::optional<double> averageAnswerDays() const;
    void add(const EnterpriseQuarter &other);
};

// A category's complaints about the listed enterprises this quarter and the one before.
struct IndustryChange {
    QString category;
    int current = 0;
    int previous = 0;
};

struct QuarterlyNotice {
    QString councilName;
    StatsPeriod quarter;
    // Every enterprise whose complaint-network agreement ran during some of the quarter, ranked
    // (EnterpriseQuarter::rank, which every rendering shows): highest settlement rate first, then
    // most forwarded, then name; those with nothing forwarded last, unranked.
    QList<EnterpriseQuarter> enterprises;
    EnterpriseQuarter total; // the sums (businessId 0)
    // Complaints forwarded in the quarter to businesses without an agreement (not in the notice).
    int forwardedElsewhere = 0;
    QList<IndustryChange> industries; // at most kNoticeIndustries, most complaints first
    // The written analysis: drafted from the figures, the supervisor rewords it before printing.
    QStringList analysis;
    QDateTime generatedAt;
};

constexpr int kNoticeIndustries = 5;

// The ranking table's column headings, in order (the PDF and the workbook share them): rank,
// enterprise, received, forwarded, settled, first-settlement rate, settled within the deadline,
// answered late, came back, awaiting an answer, average working days to answer, recovered.
QStringList noticeRankingHeaders();
// The industries table's: category, this quarter, last quarter, change.
QStringList noticeIndustryHeaders();

// Needs Permission::ViewStatistics; `quarter` must be a quarter that has begun.
Result<QuarterlyNotice> buildQuarterlyNotice(const QSqlDatabase &db, const StatsPeriod &quarter, const QString &actor,
                                             const QDateTime &now = QDateTime::currentDateTime());

} // namespace casedesk
