#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace casedesk {

// A server this desk connects to, as File > Connect to Server remembers it: where it is and how
// to check it, never a password (the window asks for it and keeps it in memory only).
struct ServerProfile {
    QString name; // what the list shows ("区消保委办公室")
    QString host;
    int port = 5432;
    QString database;
    QString user;
    QString sslMode; // empty: libpq's default (prefer); else disable, require, verify-ca, verify-full
    QString caFile;  // the office's CA certificate, for verify-ca and verify-full

    // postgresql://user@host:port/database?sslmode=…&sslrootcert=…
    QString url() const;
    // The profile of a server address (no name); nullopt if it is not one.
    static std::optional<ServerProfile> fromUrl(const QString &url);
};

// The profiles saved on this desk (the desk's settings), by name.
class ServerProfiles {
public:
    QList<ServerProfile> all() const;
    // Adds `profile`, or replaces the one of the same name.
    void save(const ServerProfile &profile);
    void remove(const QString &name);

private:
    void store(const QList<ServerProfile> &profiles);
};

} // namespace casedesk
