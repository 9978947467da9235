#pragma once

#include "liaison/liaison_lead.h"
#include "liaison/liaison_ledger.h"
#include "liaison/liaison_point.h"
#include "result.h"
#include "stats/stats_figures.h"
#include "stats/stats_period.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QStringList>

// The quarterly and annual report on the liaison-point network (联络点工作季度/年度报告, issue 19
// item 5): what the points did (their ledgers) by type and by street, the points that transferred
// and settled the most, whether their transfers were answered on time, the leads they passed and
// what came of them, and the points the officials did not visit. Definitions: docs/statistics.md,
// "The liaison-point report".

namespace casedesk {

// One type's or one street's points.
struct LiaisonGroupTotals {
    QString key;          // the type's code, or the street (empty: the street is not recorded)
    int activePoints = 0; // points of the group whose status is active today
    int reporting = 0;    // points with a ledger for a month of the period
    LedgerFigures figures;
    int transfers = 0; // complaints received in the period through the group's points

    void add(const LiaisonGroupTotals &other);
};

// A point in one of the "most" lists.
struct LiaisonPointFigures {
    qint64 pointId = 0;
    QString name;
    LiaisonPointType type = LiaisonPointType::Other;
    QString street;
    int transfers = 0;
    LedgerFigures figures;
};

// The transfers received in the period and the liaison_reply deadline (answer the point).
struct LiaisonReplyTimeliness {
    int received = 0;
    int answeredOnTime = 0;  // decided (accepted, refused, returned) on or before the due day
    int answeredLate = 0;    // answered after it
    int awaitingInTime = 0;  // not answered, the due day not past
    int awaitingOverdue = 0; // not answered, the due day past
    int withoutDeadline = 0; // the rule set in force on its received day has no liaison_reply rule

    // Answered on time ÷ transfers whose answer is due (answered, or past the due day).
    Rate onTimeRate() const { return {answeredOnTime, answeredOnTime + answeredLate + awaitingOverdue}; }
};

// Where one transfer stands as to its answer to the point.
enum class ReplyState { OnTime, Late, AwaitingInTime, Overdue, NoDeadline };
QString labelOf(ReplyState state);

// One complaint a point transferred in the period, and what became of it: the point sees the
// result of each of its transfers in the report (联络点转交件办理结果).
struct LiaisonTransferResult {
    QString pointName;
    QString caseNumber;
    QDate receivedOn;
    CaseStatus status = CaseStatus::Registered;
    QDate answeredOn; // invalid while unanswered
    QDate dueOn;      // invalid when no rule applies
    ReplyState state = ReplyState::NoDeadline;
};

struct LeadOutcomeCount {
    LeadOutcome outcome = LeadOutcome::Pending;
    int leads = 0;
};

// An active point with no visit of an official dated in the period.
struct UnvisitedPoint {
    qint64 pointId = 0;
    QString name;
    LiaisonPointType type = LiaisonPointType::Other;
    QString street;
    QString official; // empty when none is assigned
};

constexpr int kReportTopPoints = 10;

struct LiaisonReport {
    QString councilName;
    StatsPeriod period; // a quarter or a year
    // The types and streets that have an active point, a ledger or a transfer in the period:
    // types in their usual order, streets by name (the one not recorded last).
    QList<LiaisonGroupTotals> byType;
    QList<LiaisonGroupTotals> byStreet;
    LiaisonGroupTotals total; // key empty
    // At most kReportTopPoints each, none with zero: most transfers (then most settled, name),
    // most disputes settled on site (then the larger amount, name).
    QList<LiaisonPointFigures> mostTransfers;
    QList<LiaisonPointFigures> mostSettlements;
    LiaisonReplyTimeliness replies;
    QList<LiaisonTransferResult> transferResults; // by point, then received
    QList<LeadOutcomeCount> leads; // every outcome, in their usual order
    int leadsReceived = 0;
    QList<UnvisitedPoint> unvisited; // by street, then name
    int activePoints = 0;
    // The written analysis: drafted from the figures, the supervisor rewords it before printing.
    QStringList analysis;
    QDateTime generatedAt;
};

// "2026年第三季度联络点工作情况报告": the report's title.
QString liaisonReportTitle(const LiaisonReport &report);
// A type's label, a street, or "Street not recorded": how a group is named in the tables.
QString labelOfTypeGroup(const LiaisonGroupTotals &group);
QString labelOfStreetGroup(const LiaisonGroupTotals &group);

// Needs Permission::ViewStatistics; `period` must be a quarter or a year that has begun.
// Transfers are answered by the council's rules (the rule set in force on each case's received
// day, its working calendar), as of `now`.
Result<LiaisonReport> buildLiaisonReport(const QSqlDatabase &db, const StatsPeriod &period, const QString &actor,
                                         const QDateTime &now = QDateTime::currentDateTime());

} // namespace casedesk
