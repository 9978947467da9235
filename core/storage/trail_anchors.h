#pragma once

#include "result.h"
#include "storage/desk_chain.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace casedesk {

// Anchors: the heads of the audit trail and of the desk log kept where a hand edit of the
// database cannot reach them at the same time. Someone with the sqlite3 shell can delete
// the whole trail, move its head back, or re-chain rewritten records with the published
// formula, and the file alone still looks whole; but this desk remembers the heads it saw
// (in its own settings, outside the file), every backup holds the heads of its moment, and
// every report and agreement prints them. A file whose trail no longer contains the record
// an anchor names, or holds a different one under its number, was rewritten.

struct TrailAnchor {
    QString source; // translated: "this desk", "the backup NAME"
    ChainHead audit;
    ChainHead desk;
    QDateTime seenAt;
    QDateTime restoredAt; // this desk's anchor: when a restore last set it (invalid if never)
};

// The heads the file's chains store now.
Result<TrailAnchor> currentHeads(const QSqlDatabase &db);

// Why the file contradicts `anchor` (translated, naming the record and when it was seen),
// or an empty string when the file still holds both records the anchor names.
Result<QString> anchorContradiction(const QSqlDatabase &db, const TrailAnchor &anchor);

// The short form printed in the footer of reports and agreements: "Audit #812 1a2b3c4d".
QString anchorFooterText(const TrailAnchor &heads);

// The heads stored in a backup file, read without changing it or leaving side files.
Result<TrailAnchor> backupAnchor(const QString &backupFile);

// This desk's own anchors, kept in its settings (QSettings, outside the database) per
// database file. Off unless the application turns them on (setEnabled), so tests and
// tools that open files do not write to the user's settings.
class DeskAnchors {
public:
    static void setEnabled(bool enabled);
    static bool enabled();

    static std::optional<TrailAnchor> forFile(const QString &databasePath);
    // `restored`: the file went back to a backup on purpose (restoreDatabase); connections
    // opened before that do not move the anchor when they close.
    static void remember(const QString &databasePath, const TrailAnchor &heads,
                         const QDateTime &when = QDateTime::currentDateTime(), bool restored = false);
    static void forget(const QString &databasePath);
};

} // namespace casedesk
