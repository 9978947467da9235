#pragma once

#include "storage/audit_repository.h"

#include <QTableWidget>

namespace casedesk {

// A case's audit trail: every change, who made it and when, old and new value.
class CaseHistoryView : public QTableWidget {
    Q_OBJECT
public:
    explicit CaseHistoryView(QWidget *parent = nullptr);
    void showHistory(const QList<AuditEntry> &entries);
};

} // namespace casedesk
