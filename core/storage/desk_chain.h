#pragma once

#include "result.h"
#include "storage/desk_event_repository.h"

#include <QSqlDatabase>
#include <QString>

namespace casedesk {

// The desk's log (desk_events) chained like the audit trail (audit_chain.h): every line keeps
// the hash of the line before it and its own, and desk_chain holds the newest line's id and
// hash. A deleted identified-export line or a hand-made role change breaks the chain.

// The stored text of one desk line, exactly as the columns hold it.
struct DeskRow {
    qint64 id = 0;
    QString at;
    QString actor;
    QString action;
    QString subject;
    QString detail;
    QString prevHash;
    QString hash;
};

// SHA-256 (hex) over the line's fields and prevHash ("casedesk-desk-v1").
QString deskRowHash(const DeskRow &row);

// Appends one line to the chain and moves its head. Must run inside a write transaction
// (DeskEventRepository::record opens one when its caller has none).
Result<qint64> appendDeskEvent(const QSqlDatabase &db, const DeskEvent &event);

// The newest record of a chain as its head row stores it (id 0 and the genesis hash when empty).
struct ChainHead {
    qint64 id = 0;
    QString hash;
};
Result<ChainHead> storedAuditHead(const QSqlDatabase &db);
Result<ChainHead> storedDeskHead(const QSqlDatabase &db);

// The desk line that records a user's role and activity at the start of the chain
// ("user_state", detail "ROLE active|inactive"); also what the demo writer records.
QString userStateDetail(const QString &roleCode, bool active);

// Migration 15: chains the existing lines (oldest first), then records every user's state.
Status chainExistingDeskEvents(const QSqlDatabase &db);

// What walking the desk chain found: the first broken line, or none.
struct DeskChainVerdict {
    bool intact = true;
    qint64 lines = 0;
    qint64 lineId = 0;
    QString message; // translated
};
Result<DeskChainVerdict> verifyDeskChain(const QSqlDatabase &db);

} // namespace casedesk
