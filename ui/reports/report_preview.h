#pragma once

#include "result.h"
#include "stats/stats_figures.h"
#include "stats/stats_period.h"

#include <QSqlDatabase>

class QWidget;

namespace casedesk {

// Builds the period's report, lets the supervisor reword its summary and shows it in a print
// preview (print, or print to PDF). Returns what went wrong (no permission, no Chinese font, a
// database error, a file that cannot be written) for the window's message line; cancelling
// is not an error.
Status showReportPreview(QWidget *parent, const QSqlDatabase &db, const QString &user, const StatsPeriod &period,
                       const StatsFilter &filter = {});

// The same, then asks for a file name and writes the report there as a PDF.
Status saveReportPdf(QWidget *parent, const QSqlDatabase &db, const QString &user, const StatsPeriod &period,
                   const StatsFilter &filter = {});

} // namespace casedesk
