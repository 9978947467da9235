#pragma once

#include "result.h"

#include <QSqlDatabase>

class QWidget;

// Brings the statistics summaries up to date before a window shows figures. Most of the
// time there is nothing to do, or a few changed cases to count again; a full count (after
// the upgrade that brought the summaries, a bulk write such as the demo, or a change of the
// working calendar: about half a minute for a million cases) runs on a worker with progress
// and Cancel, so the window never freezes. Cancel leaves the summaries as they were.

namespace casedesk {

class WorkContext;

// From the window's thread; ErrorCode::Cancelled when the user stopped it.
Status refreshStatistics(QWidget *parent, const QSqlDatabase &db);
// Within work already running on a worker, reporting to its progress window.
Status refreshStatistics(WorkContext &work);

} // namespace casedesk
