#pragma once

#include <QString>

class QWidget;

namespace casedesk {
class NoticeBar;

// Help > Verify Audit Trail: checks the hash chain of the audit log on a worker thread (its
// own connection; a large log takes a moment) and then shows what was found in `notice`.
void verifyAuditTrailInteractively(QWidget *parent, NoticeBar *notice, const QString &databasePath,
                                   const QString &actor);

} // namespace casedesk
