#pragma once

#include "result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

namespace casedesk {

// One line of a case's history: who changed what, when, from which value to which.
struct AuditEntry {
    qint64 id = 0;
    qint64 complaintId = 0;
    QDateTime at;
    QString actor;
    QString action; // "created", "updated", ...
    QString field;  // stable field key, empty for whole-case actions
    QString oldValue;
    QString newValue;
};

class AuditRepository {
public:
    explicit AuditRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // Called inside the transaction of the change it records.
    Status record(const AuditEntry &entry);
    // Several entries in one append to the chain (an import's notes on each of its cases).
    Status recordAll(const QList<AuditEntry> &entries);
    Result<QList<AuditEntry>> history(qint64 complaintId) const;
    // The case's entries written after `after` (all of the latest change if `after` is
    // invalid), oldest first.
    Result<QList<AuditEntry>> changesAfter(qint64 complaintId, const QDateTime &after) const;

private:
    Result<QList<AuditEntry>> entries(const QString &condition, const QVariantList &values) const;
    QSqlDatabase m_db;
};

} // namespace casedesk
