#pragma once

#include "result.h"

#include <QLockFile>
#include <QString>

#include <memory>

namespace casedesk {

// "CaseDesk has this database open": a lock file next to the database (FILE.lock), held by
// the desktop application for as long as it has the file open, and by a restore. A second
// window on the same file gets a clear message instead of two desks fighting over it; the
// CLI may still read. A lock left behind by a crashed process is taken over (QLockFile
// checks whether its process still runs).
class InstanceLock {
public:
    // The lock, or ErrorCode::Busy with a message naming who holds it.
    static Result<std::unique_ptr<InstanceLock>> acquire(const QString &databasePath);
    static QString lockPathFor(const QString &databasePath);
    // Who holds the database open in a window, for a "busy" message: "process 123 on
    // computer desk-2"; empty when no window holds it (a CLI or a program writes then).
    static QString holderOf(const QString &databasePath);

    ~InstanceLock();
    InstanceLock(const InstanceLock &) = delete;
    InstanceLock &operator=(const InstanceLock &) = delete;

private:
    explicit InstanceLock(const QString &lockPath);
    QLockFile m_lock;
};

} // namespace casedesk
