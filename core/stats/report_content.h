#pragma once

#include "followup/follow_up.h"
#include "result.h"
#include "stats/statistics_service.h"

#include <QDateTime>

// Everything a monthly, quarterly or annual report shows, computed in core as plain
// values; ui/reports lays it out as a PDF. The CLI and the window build the same content.

namespace casedesk {

// A report lists at most this many typical cases (the newest).
constexpr int kReportTypicalCases = 10;

struct ReportContent {
    QString councilName;
    QString scope; // what the filter narrows the report to, for people; empty: everything
    StatsSummary summary;
    QList<MeasureLine> measures;
    QList<BreakdownRow> byCategory;
    QList<BreakdownRow> byDistrict;
    QList<BreakdownRow> byChannel;
    QList<BreakdownRow> byNature;
    QList<BreakdownRow> topBusinesses;
    QList<GrowthRow> hotIndustries;
    QList<TypicalCase> typicalCases; // flagged during the period, newest first, at most kReportTypicalCases
    int typicalCaseCount = 0;        // all flagged during the period (within the filter)
    int chartYear = 0;               // the year of the period's last day
    QList<qint64> monthlyThisYear;   // 12 values
    QList<qint64> monthlyLastYear;
    QList<MonthCounts> monthlyCounts; // months of chartYear up to the period's end, for the rate trends
    QDateTime generatedAt;
    QString trailAnchor; // the trails' heads when it was made (trail_anchors.h), printed at its foot
};

// "District: 徐汇区; Caseworker: 李敏": the filter in words (category names in the UI's language).
Result<QString> describeScope(const QSqlDatabase &db, const StatsFilter &filter);

Result<ReportContent> buildReport(const QSqlDatabase &db, const StatisticsService &stats, const StatsPeriod &period,
                                  const StatsFilter &filter = {}, const QDateTime &now = QDateTime::currentDateTime());

} // namespace casedesk
