#pragma once

#include "result.h"

#include <QString>

// Where a database file lives, checked before SQLite touches it: a folder CaseDesk cannot
// write to, and network shares, on which SQLite's file locking is unreliable.

namespace casedesk {

// The network file system a folder is on ("NFS", "SMB/CIFS", ...), or empty when it is local.
QString networkFileSystemOf(const QString &path);

// Linux: the name of a statfs() f_type magic number that is a network file system, else empty.
QString networkFileSystemName(qint64 statfsType);

// A translated warning when `databasePath` is on a network share, else an empty string.
QString networkShareWarning(const QString &databasePath);

// ErrorCode::Io with a clear message when CaseDesk cannot create files in `folder` (the
// database needs its journal files next to it). Probes by creating a temporary file.
Status checkFolderWritable(const QString &folder);

} // namespace casedesk
