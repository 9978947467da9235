#pragma once

#include "result.h"

#include <QDateTime>
#include <QSqlDatabase>

namespace casedesk {

// Monthly ledgers of many points from CSV (UTF-8 or GB18030) or XLSX, the header found by its
// Chinese names: 联络点 or 名称 (the point's name in the directory; 编号 its id, when names
// repeat), 月份, 咨询, 培训人数, 培训次数, 宣传资料, 现场调解件数, 调解金额 (yuan). A month already
// saved for a point is replaced. One transaction: a file with any row error is refused whole,
// with every row's problem in the message. Needs Permission::WorkCase; noted in the desk log.
struct LedgerImportOutcome {
    int saved = 0;    // months written
    int replaced = 0; // of them, months that were saved before
};

Result<LedgerImportOutcome> importLedgers(const QSqlDatabase &db, const QString &path, const QString &actor,
                                          const QDateTime &now = QDateTime::currentDateTime());

} // namespace casedesk
