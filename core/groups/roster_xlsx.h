#pragma once

#include "groups/case_group.h"
#include "result.h"

namespace casedesk {

// The roster of a group (roster_csv.h's table: the same headings, phones masked) as an Excel
// workbook: money in yuan with the ¥ format, a total row.
Status writeRosterXlsx(const GroupView &view, const QString &path);

} // namespace casedesk
