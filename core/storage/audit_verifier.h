#pragma once

#include "result.h"
#include "storage/desk_chain.h"
#include "storage/trail_anchors.h"
#include "storage/trail_state.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

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

// Everything `audit verify` checks: the audit chain, the desk log's chain, the file against
// every anchor found outside it (trail_anchors.h), and the cases and users against what
// the trails last recorded (trail_state.h).
struct TrailReport {
    AuditVerdict chain;
    DeskChainVerdict deskLog;
    int anchorsChecked = 0;
    QStringList anchorProblems; // each names the anchor it contradicts
    QList<TrailFinding> findings;

    bool intact() const
    {
        return chain.intact() && deskLog.intact && anchorProblems.isEmpty() && findings.isEmpty();
    }
    // Every problem found, one translated line each; the all-clear line when intact.
    QStringList messages() const;
};

Result<TrailReport> verifyTrails(const QSqlDatabase &db, const QList<TrailAnchor> &anchors);
// Checks the VerifyAudit permission first.
Result<TrailReport> verifyTrails(const QSqlDatabase &db, const QString &actor, const QList<TrailAnchor> &anchors);

// The anchors found for the database at `databasePath`: this desk's own, and the heads of
// its backups in `backupFolder` (newest first). Backups that cannot be read are skipped.
QList<TrailAnchor> anchorsFor(const QString &databasePath, const QString &backupFolder);

} // namespace casedesk
