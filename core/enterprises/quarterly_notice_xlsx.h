#pragma once

#include "enterprises/quarterly_notice.h"

namespace casedesk {

// The quarterly notice as an Excel workbook: the ranking (with a total row), the industries and
// the written analysis, a sheet each; figures as numbers, rates as percentages, money in yuan.
Status writeQuarterlyNoticeXlsx(const QuarterlyNotice &notice, const QString &path);

} // namespace casedesk
