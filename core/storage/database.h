#pragma once

#include "result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace casedesk {

// One open CaseDesk database file: a named Qt SQL connection, configured and migrated.
// A Database belongs to the thread that opened it; another thread opens its own.
class Database {
public:
    enum class OpenMode {
        OpenExisting,    // the file must exist (File > Open, --database on an existing file)
        CreateIfMissing, // create and initialise a new file if there is none
    };

    // Opens, checks and migrates the file. Refuses files that are not CaseDesk databases,
    // are damaged, or come from a newer CaseDesk; never overwrites anything on failure.
    static Result<std::unique_ptr<Database>> open(const QString &path, OpenMode mode);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    int schemaVersion() const;

    // Full structural check of the file (PRAGMA quick_check); slower on big files.
    Status checkIntegrity() const;

    // Set at open when this desk's anchor (trail_anchors.h) says the file's audit trail or
    // desk log went backwards or was rewritten since this desk last saw it; else empty.
    // While it is set, closing the file does not move the anchor.
    QString anchorWarning() const { return m_anchorWarning; }

private:
    Database(QString connectionName, QString path);

    QString m_connectionName;
    QString m_path;
    QString m_anchorWarning;
    bool m_anchoring = false; // set once the file opened completely
    QDateTime m_openedAt;
};

} // namespace casedesk
