#pragma once

#include "result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace casedesk {

// The database's current state checked against what its trails last recorded: a case or a
// user changed with the sqlite3 shell has no audit or desk line for the change, so the
// value in the table and the value the trail last wrote differ.
//
// Cases: the "created" audit record of a case carries a stamp of its state at registration
// (its own fields and the timeline it was registered with, hashed): "state-v1:N:HEX" in the
// record's old_value. Each later change to one of those fields has an audit record with its
// old and new value. So the current value of each field must be the last recorded new value,
// and the values at registration (current values, each taken back to the first recorded old
// value) must hash to the stamp. Every status change in the timeline after registration must
// have its "transition" audit record, in order.
// Users: each user's role and activity must be what the desk log last said about them.

// The case fields the stamp covers, as the audit records name them (complaint_repository.cpp).
const QStringList &caseStateFields();

// The values of caseStateFields() as the audit records write them, from the stored columns
// channel, platform_ref, category_id, nature, amount_fen, demand, facts, incident_date,
// received_at, status, assignee (in that order, as bound or as read).
QStringList caseStateValues(const QVariantList &columns);

// One timeline row as stored: at, actor, from_status, to_status, ground, note.
using StoredEvent = QStringList;

// The stamp of a case at registration ("state-v1:N:HEX").
QString caseStateStamp(const QStringList &values, const QList<StoredEvent> &events);

// One difference found between the tables and the trails.
struct TrailFinding {
    qint64 caseId = 0;  // 0 for a user
    QString caseNumber; // the case it concerns, if any
    QString user;       // the user it concerns, if any
    QString message;    // translated, names the case or the user
};

Result<QList<TrailFinding>> checkCasesAgainstTrail(const QSqlDatabase &db);
Result<QList<TrailFinding>> checkUsersAgainstDeskLog(const QSqlDatabase &db);

} // namespace casedesk
