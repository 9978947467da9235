#pragma once

#include "stats/stats_figures.h"
#include "stats/stats_period.h"

#include <QSqlDatabase>

class QWidget;

namespace casedesk {

// Builds the period's report and shows it in a print preview (print, or print to PDF).
// Problems (no permission, no Chinese font, a database error) are shown in a message box.
void showReportPreview(QWidget *parent, const QSqlDatabase &db, const QString &user, const StatsPeriod &period,
                       const StatsFilter &filter = {});

// Asks for a file name and writes the period's report there as a PDF.
void saveReportPdf(QWidget *parent, const QSqlDatabase &db, const QString &user, const StatsPeriod &period,
                   const StatsFilter &filter = {});

} // namespace casedesk
