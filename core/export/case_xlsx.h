#pragma once

#include "privacy/personal_data.h"
#include "query/case_list_query.h"
#include "result.h"

#include <QList>
#include <QString>

namespace casedesk {

// The cases `filter` selects, in `sort` order, as an Excel workbook: one sheet with a frozen
// header in the desk's language, received as a date and time, the amount in yuan with the ¥
// format, then the registration's details (work-order number, demand, facts, addresses);
// read a page at a time and written as read, so a long list does not sit in memory. The
// work-order import reads it back. `form` says whether the complainant's name, phone and
// address are written in full (exportFormFor() decided and recorded it). `title` goes above the header (what the list is). The number of cases
// written.
Result<int> writeCaseListXlsx(const QSqlDatabase &db, const CaseFilter &filter, const CaseSort &sort, ExportForm form,
                              const QString &path, const QString &title = {});

} // namespace casedesk
