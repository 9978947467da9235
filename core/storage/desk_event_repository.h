#pragma once

#include "result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

namespace casedesk {

// Something that happened to the desk rather than to one case: a refused sign-in, a
// lock-out, a user or setting changed, a retention run. Changes to cases stay in the
// case's audit trail (audit_repository.h).
struct DeskEvent {
    qint64 id = 0;
    QDateTime at;
    QString actor;   // who did it; for sign-ins, the name typed
    QString action;  // stable code: "sign_in_failed", "locked_out", "user_added", ...
    QString subject; // what it was done to: a user's name, a setting's key
    QString detail;  // free text, never a password
};

class DeskEventRepository {
public:
    explicit DeskEventRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // Written inside the transaction of the change it records, where there is one.
    Status record(const DeskEvent &event);
    // The latest `limit` events, newest first.
    Result<QList<DeskEvent>> latest(int limit = 200) const;

private:
    QSqlDatabase m_db;
};

} // namespace casedesk
