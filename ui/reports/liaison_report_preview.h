#pragma once

#include "result.h"
#include "stats/stats_period.h"

#include <QSqlDatabase>

class QWidget;

namespace casedesk {

// The liaison-point report for a quarter or a year: counted on a worker, the supervisor rewords
// its analysis, then it is shown in a print preview, or saved as PDF, as an Excel workbook or as
// CSV files, one per table (a file name asked for). Cancelling is not an error.
enum class LiaisonReportOutput { Preview, Pdf, Workbook, Csv };
Status showLiaisonReport(QWidget *parent, const QSqlDatabase &db, const QString &user, const StatsPeriod &period,
                         LiaisonReportOutput output);

// The period of the report for a period the dashboard shows: a quarter or a year as it is, a
// month's quarter (up to today's quarter).
StatsPeriod liaisonReportPeriod(const StatsPeriod &shown, const QDate &today = QDate::currentDate());

} // namespace casedesk
