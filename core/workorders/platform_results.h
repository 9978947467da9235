#pragma once

#include "query/case_list_query.h"
#include "result.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// Results back to the 12315 platform (issue 21 item 3): what the platform asks when a work order
// is closed, in one sheet, so that a caseworker pastes instead of retyping.

namespace casedesk {

struct PlatformResult {
    QString platformRef; // the platform's work-order number (登记编号)
    QString caseNumber;
    QDate receivedOn;
    QDate closedOn;
    QString result;  // 调解成功, 企业先行和解, 调解终止, 办结, 不予受理, 退回 (the platform's words)
    QString opinion; // 处理意见: what was agreed, or why not
    qint64 recoveredFen = 0;
    QString handler; // the caseworker
};

// The finished cases (closed, refused or returned) that came from the 12315 platform with a
// work-order number, among those `filter` selects, newest first. Needs Permission::ViewCases.
Result<QList<PlatformResult>> platformResults(const QSqlDatabase &db, const CaseFilter &filter, const QString &actor);

// The same for chosen cases, in the order given; a case that is not a finished platform work
// order is refused with a message naming it.
Result<QList<PlatformResult>> platformResultsOf(const QSqlDatabase &db, const QList<qint64> &caseIds,
                                                const QString &actor);

// The results as an Excel workbook, one row a work order, headings as the platform names them.
Status writePlatformResultsXlsx(const QList<PlatformResult> &results, const QString &path);

} // namespace casedesk
