#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QString>

namespace casedesk {

// What the audit chain verifier found (see audit_chain.h).
struct AuditVerdict {
    enum class Problem {
        None,
        Changed,     // a record's content no longer matches its hash
        Missing,     // one or more records before `recordId` were deleted (or the chain was re-linked)
        TailMissing, // the newest records (after `recordId`) were deleted
    };
    Problem problem = Problem::None;
    qint64 records = 0;  // records read
    qint64 recordId = 0; // the first record where the chain breaks (see Problem)
    QString message;     // translated, for the CLI and the window

    bool intact() const { return problem == Problem::None; }
};

// Walks the whole audit log oldest first and reports the first break in the chain.
// Reads only; the caller checks the VerifyAudit permission (verifyAuditTrail does).
Result<AuditVerdict> verifyAuditChain(const QSqlDatabase &db);

// The permission-checked entry point for the CLI and the window.
Result<AuditVerdict> verifyAuditTrail(const QSqlDatabase &db, const QString &actor);

} // namespace casedesk
