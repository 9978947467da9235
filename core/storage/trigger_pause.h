#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QStringList>

// Drops the triggers whose names start with a prefix and creates them again later, inside
// the caller's transaction: a bulk write into a new file then does not run them a million
// times, and the caller brings what they maintain up to date once at the end.

namespace casedesk {

class TriggerPause {
public:
    TriggerPause(QSqlDatabase db, QString namePrefix) : m_db(std::move(db)), m_prefix(std::move(namePrefix)) {}
    Status pause();
    Status resume();
    bool isPaused() const { return !m_triggers.isEmpty(); }

private:
    QSqlDatabase m_db;
    QString m_prefix;
    QStringList m_triggers; // their CREATE statements, as stored in sqlite_master
};

} // namespace casedesk
