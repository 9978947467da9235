#pragma once

#include "query/case_list_query.h"

#include <QList>
#include <QString>

namespace casedesk {

// Case list rows as CSV (RFC 4180, UTF-8 with a BOM so spreadsheet programs read Chinese),
// one header line with stable English keys. Cells that a spreadsheet would run as a
// formula (starting with = + - @) get a leading apostrophe. Personal data is written as
// the rows carry it: callers de-identify first (privacy/personal_data.h).
QString caseRowsToCsv(const QList<CaseListRow> &rows);

} // namespace casedesk
