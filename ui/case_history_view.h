#pragma once

#include "storage/audit_repository.h"

#include <QTextBrowser>

namespace casedesk {

// A case's audit trail: every change, who made it and when, old and new value. Laid out as
// lines that wrap, so it reads in the narrow pane beside the list.
class CaseHistoryView : public QTextBrowser {
    Q_OBJECT
public:
    explicit CaseHistoryView(QWidget *parent = nullptr);
    void showHistory(const QList<AuditEntry> &entries);
};

} // namespace casedesk
