#pragma once

#include "result.h"
#include "storage/engine.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace casedesk {

// One open CaseDesk database: a named Qt SQL connection, configured and migrated, either to a
// SQLite file or to an office's PostgreSQL server. A Database belongs to the thread that
// opened it; another thread opens its own with the same location().
class Database {
public:
    enum class OpenMode {
        OpenExisting,    // the file must exist (File > Open, --database on an existing file)
        CreateIfMissing, // create and initialise a new file if there is none; on a server,
                         // initialise an empty database
        CreateNew,       // server init: the server database must be empty
        Upgrade,         // server upgrade: bring the server's schema to this version (a file
                         // is always brought up to date when opened)
    };

    // Opens, checks and migrates the file. Refuses files that are not CaseDesk databases,
    // are damaged, or come from a newer CaseDesk; never overwrites anything on failure.
    // A location that is a server URL (postgresql://…, server_url.h) opens the server.
    static Result<std::unique_ptr<Database>> open(const QString &location, OpenMode mode);

    // Connects to a PostgreSQL server database and checks it is CaseDesk's at this version's
    // schema. A server is never upgraded implicitly (other desks may still run the older
    // version): OpenMode::Upgrade does it; an older schema is otherwise refused with a message
    // that says so, like a newer one.
    static Result<std::unique_ptr<Database>> openServer(const QString &url, OpenMode mode);

    // After a server login's password changed at this desk: the desk's next connections as
    // `db`'s account (a worker, a second window) use `password`. Only in memory.
    static void rememberServerPassword(const QSqlDatabase &db, const QString &password);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    Engine engine() const { return engineOf(connection()); }
    // The file's path, or the server's URL without its password. Database::open(location())
    // opens another connection to the same database (in this process, a server's password is
    // remembered in memory for that).
    QString location() const { return m_path; }
    QString path() const { return m_path; }
    int schemaVersion() const;

    // Full structural check of the file (PRAGMA quick_check); slower on big files. A server
    // checks its own storage: nothing to do there.
    Status checkIntegrity() const;

    // Set at open when this desk's anchor (trail_anchors.h) says the file's audit trail or
    // desk log went backwards or was rewritten since this desk last saw it; else empty.
    // While it is set, closing the file does not move the anchor.
    QString anchorWarning() const { return m_anchorWarning; }

private:
    Database(QString connectionName, QString path);
    static QString newConnectionName();
    // The work every opening finishes with, on either engine.
    Status completeOpening();
    // Compares the database with this desk's anchor (trail_anchors.h) and starts keeping it.
    Status startAnchoring(bool isNew);

    QString m_connectionName;
    QString m_path;
    QString m_anchorWarning;
    bool m_anchoring = false; // set once the file opened completely
    QDateTime m_openedAt;
};

} // namespace casedesk
