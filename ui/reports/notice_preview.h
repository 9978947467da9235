#pragma once

#include "result.h"
#include "stats/stats_period.h"

#include <QSqlDatabase>

class QWidget;

namespace casedesk {

// The quarterly notice on the networked enterprises for `quarter`: counted on a worker, the
// supervisor rewords its analysis, then it is shown in a print preview, or saved as PDF or as an
// Excel workbook (a file name asked for). Cancelling is not an error.
enum class NoticeOutput { Preview, Pdf, Workbook };
Status showQuarterlyNotice(QWidget *parent, const QSqlDatabase &db, const QString &user, const StatsPeriod &quarter,
                           NoticeOutput output);

} // namespace casedesk
