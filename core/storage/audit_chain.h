#pragma once

#include "result.h"
#include "storage/audit_repository.h"
#include "storage/prepared_insert.h"

#include <QByteArray>
#include <QSqlDatabase>

#include <memory>

namespace casedesk {

// The hash chain that makes the audit log tamper-evident: every record stores the hash of
// the record before it and its own hash over a canonical form of its fields plus that
// previous hash. The head of the chain (last id and hash) is also kept in audit_chain, so
// deleting the newest records shows too. Anyone who edits a row with the sqlite3 shell
// breaks the chain at that row; the verifier (audit_verifier.h) finds it.

// The previous hash of the very first record.
QString auditGenesisHash();

// The stored text of one audit row, exactly as the columns hold it.
struct AuditRow {
    qint64 id = 0;
    qint64 complaintId = 0;
    QString at;
    QString actor;
    QString action;
    QString field;
    QString oldValue;
    QString newValue;
    QString prevHash;
    QString hash;
};

// SHA-256 (hex) over the row's fields and prevHash; `hash` itself is not part of it.
QString auditRowHash(const AuditRow &row);

// Appends records to the chain. Must be used inside a write transaction (BEGIN IMMEDIATE):
// begin() reads the chain head under the write lock, so two writers can never both append
// after the same record. finish() stores the new head; call it before committing.
class AuditChainWriter {
public:
    explicit AuditChainWriter(QSqlDatabase db);
    ~AuditChainWriter();

    Status begin();
    Result<qint64> append(const AuditEntry &entry);
    Status finish();

private:
    QSqlDatabase m_db;
    std::unique_ptr<PreparedInsert> m_insert;
    qint64 m_lastId = 0;
    QString m_lastHash;
    bool m_dirty = false;
};

// Migration: computes the chain over every existing record (oldest first) and stores the head.
Status chainExistingAuditRecords(const QSqlDatabase &db);

} // namespace casedesk
