#include "storage/audit_verifier.h"

#include "auth/permissions.h"
#include "storage/audit_chain.h"
#include "storage/backups.h"
#include "storage/engine.h"
#include "storage/sql_helpers.h"
#include "storage/user_repository.h"

#include <QCoreApplication>
#include <QDir>

namespace casedesk {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(AuditVerifier)
};

AuditVerdict broken(AuditVerdict::Problem problem, qint64 records, qint64 id, const QString &message)
{
    return AuditVerdict{problem, records, id, message};
}

} // namespace

Result<AuditVerdict> verifyAuditChain(const QSqlDatabase &db)
{
    // On a server the server works each record's hash out (audit_log_shown.intact, the same
    // function as auditRowHash): who may not reveal a phone or ID number does not read the values
    // the hash covers (personal_sources.h).
    const bool serverHashes = engineOf(db) == Engine::Postgres;
    auto rows = runQuery(db, serverHashes ? QStringLiteral("SELECT id, prev_hash, hash, intact FROM audit_log_shown "
                                                           "ORDER BY id")
                                          : QStringLiteral("SELECT id, prev_hash, hash, complaint_id, at, actor, "
                                                           "action, field, old_value, new_value FROM audit_log "
                                                           "ORDER BY id"));
    if (!rows)
        return rows.error();
    qint64 count = 0;
    qint64 lastId = 0;
    QString expectedPrev = auditGenesisHash();
    while (rows->next()) {
        ++count;
        AuditRow row;
        row.id = rows->value(0).toLongLong();
        row.prevHash = rows->value(1).toString();
        row.hash = rows->value(2).toString();
        bool intact = false;
        if (serverHashes) {
            intact = rows->value(3).toBool();
        } else {
            row.complaintId = rows->value(3).toLongLong();
            row.at = rows->value(4).toString();
            row.actor = rows->value(5).toString();
            row.action = rows->value(6).toString();
            row.field = rows->value(7).toString();
            row.oldValue = rows->value(8).toString();
            row.newValue = rows->value(9).toString();
            intact = auditRowHash(row) == row.hash;
        }
        if (!intact) {
            return broken(AuditVerdict::Problem::Changed, count, row.id,
                          Msg::tr("Audit record #%1 was changed after it was written (its content no longer "
                                  "matches its hash).")
                              .arg(row.id));
        }
        if (row.prevHash != expectedPrev) {
            const QString message =
                lastId == 0 ? Msg::tr("The audit trail breaks before record #%1: one or more older records were "
                                      "deleted.")
                                  .arg(row.id)
                            : Msg::tr("The audit trail breaks between records #%1 and #%2: a record between them "
                                      "was deleted, or record #%1 was altered.")
                                  .arg(lastId)
                                  .arg(row.id);
            return broken(AuditVerdict::Problem::Missing, count, row.id, message);
        }
        expectedPrev = row.hash;
        lastId = row.id;
    }

    // The chain's head remembers the newest record: deleting the newest records shows here.
    auto head = runQuery(db, QStringLiteral("SELECT last_id, last_hash FROM audit_chain WHERE id = 1"));
    if (!head)
        return head.error();
    const bool hasHead = head->next();
    const qint64 headId = hasHead ? head->value(0).toLongLong() : 0;
    const QString headHash = hasHead ? head->value(1).toString() : auditGenesisHash();
    if (headId != lastId || headHash != expectedPrev) {
        return broken(AuditVerdict::Problem::TailMissing, count, lastId,
                      lastId == 0 ? Msg::tr("The audit trail is empty, but it should end at record #%1: records "
                                            "were deleted.")
                                        .arg(headId)
                                  : Msg::tr("The audit trail should end at record #%1 but ends at #%2: the newest "
                                            "records were deleted or changed.")
                                        .arg(headId)
                                        .arg(lastId));
    }
    return AuditVerdict{AuditVerdict::Problem::None, count, 0,
                        Msg::tr("The audit trail is intact: %n record(s) checked.", nullptr, int(count))};
}

Result<AuditVerdict> verifyAuditTrail(const QSqlDatabase &db, const QString &actor)
{
    if (auto allowed = authorize(db, actor, Permission::VerifyAudit); !allowed)
        return allowed.error();
    return verifyAuditChain(db);
}

QStringList TrailReport::messages() const
{
    QStringList lines;
    if (!chain.intact())
        lines.append(chain.message);
    if (!deskLog.intact)
        lines.append(deskLog.message);
    lines.append(anchorProblems);
    for (const TrailFinding &finding : findings)
        lines.append(finding.message);
    if (lines.isEmpty()) {
        lines.append(chain.message);
        lines.append(Msg::tr("The desk log is intact: %n line(s) checked.", nullptr, int(deskLog.lines)));
        lines.append(Msg::tr("Cases and users agree with what the trails last recorded; %n anchor(s) outside the "
                             "file agree with it.",
                             nullptr, anchorsChecked));
    }
    return lines;
}

Result<TrailReport> verifyTrails(const QSqlDatabase &db, const QList<TrailAnchor> &anchors)
{
    TrailReport report;
    auto chain = verifyAuditChain(db);
    if (!chain)
        return chain.error();
    report.chain = chain.value();
    auto desk = verifyDeskChain(db);
    if (!desk)
        return desk.error();
    report.deskLog = desk.value();
    for (const TrailAnchor &anchor : anchors) {
        auto contradicted = anchorContradiction(db, anchor);
        if (!contradicted)
            return contradicted.error();
        ++report.anchorsChecked;
        if (!contradicted->isEmpty())
            report.anchorProblems.append(contradicted.value());
    }
    auto cases = checkCasesAgainstTrail(db);
    if (!cases)
        return cases.error();
    report.findings = cases.value();
    auto users = checkUsersAgainstDeskLog(db);
    if (!users)
        return users.error();
    report.findings.append(users.value());
    return report;
}

Result<TrailReport> verifyTrails(const QSqlDatabase &db, const QString &actor, const QList<TrailAnchor> &anchors)
{
    if (auto allowed = authorize(db, actor, Permission::VerifyAudit); !allowed)
        return allowed.error();
    return verifyTrails(db, anchors);
}

QList<TrailAnchor> anchorsFor(const QString &databasePath, const QString &backupFolder)
{
    QList<TrailAnchor> anchors;
    if (auto own = DeskAnchors::forFile(databasePath))
        anchors.append(*own);
    if (backupFolder.isEmpty())
        return anchors;
    const QDir folder(backupFolder);
    for (const QString &name : backupsInFolder(backupFolder, databasePath)) {
        auto anchor = backupAnchor(folder.filePath(name));
        if (anchor)
            anchors.append(anchor.value());
    }
    return anchors;
}

} // namespace casedesk
