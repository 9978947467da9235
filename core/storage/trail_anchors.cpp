#include "storage/trail_anchors.h"

#include "storage/sql_helpers.h"
#include "storage/sqlite_native.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSettings>

#include <atomic>

namespace casedesk {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(AuditVerifier)
};

std::atomic<bool> g_enabled{false};

QString settingsGroup(const QString &databasePath)
{
    const QByteArray path = QFileInfo(databasePath).absoluteFilePath().toUtf8();
    return QStringLiteral("trailAnchors/") +
           QString::fromLatin1(QCryptographicHash::hash(path, QCryptographicHash::Sha1).toHex());
}

QString when(const QDateTime &at) { return at.toString(QStringLiteral("yyyy-MM-dd HH:mm")); }

// One chain against one anchored head: the record it names must still be there, unchanged.
Result<QString> contradiction(const QSqlDatabase &db, const QString &table, const ChainHead &anchored,
                              const TrailAnchor &anchor)
{
    if (anchored.id <= 0)
        return QString();
    auto stored = queryScalar(db, QStringLiteral("SELECT hash FROM %1 WHERE id = ?").arg(table), {anchored.id});
    if (!stored)
        return stored.error();
    const bool audit = table == QLatin1String("audit_log");
    if (stored->isNull()) {
        auto last = queryScalar(db, QStringLiteral("SELECT coalesce(max(id), 0) FROM %1").arg(table));
        if (!last)
            return last.error();
        if (last->toLongLong() < anchored.id) {
            const QString ends = last->toLongLong() == 0
                                     ? (audit ? Msg::tr("The audit trail is empty") : Msg::tr("The desk log is empty"))
                                     : (audit ? Msg::tr("The audit trail ends at #%1") : Msg::tr("The desk log ends at #%1"))
                                           .arg(last->toLongLong());
            return Msg::tr("%1, but %2 saw #%3 on %4: records were deleted.")
                .arg(ends, anchor.source)
                .arg(anchored.id)
                .arg(when(anchor.seenAt));
        }
        return (audit ? Msg::tr("Audit record #%1, which %2 saw on %3, is gone.")
                      : Msg::tr("Desk log line #%1, which %2 saw on %3, is gone."))
            .arg(anchored.id)
            .arg(anchor.source, when(anchor.seenAt));
    }
    if (stored->toString() != anchored.hash) {
        return (audit ? Msg::tr("Audit record #%1 is not the record %2 saw on %3: the trail was rewritten.")
                      : Msg::tr("Desk log line #%1 is not the line %2 saw on %3: the log was rewritten."))
            .arg(anchored.id)
            .arg(anchor.source, when(anchor.seenAt));
    }
    return QString();
}

} // namespace

Result<TrailAnchor> currentHeads(const QSqlDatabase &db)
{
    auto audit = storedAuditHead(db);
    if (!audit)
        return audit.error();
    auto desk = storedDeskHead(db);
    if (!desk)
        return desk.error();
    return TrailAnchor{Msg::tr("this file"), audit.value(), desk.value(), QDateTime::currentDateTime(), {}};
}

Result<QString> anchorContradiction(const QSqlDatabase &db, const TrailAnchor &anchor)
{
    QStringList problems;
    auto audit = contradiction(db, QStringLiteral("audit_log"), anchor.audit, anchor);
    if (!audit)
        return audit.error();
    if (!audit->isEmpty())
        problems.append(audit.value());
    auto desk = contradiction(db, QStringLiteral("desk_events"), anchor.desk, anchor);
    if (!desk)
        return desk.error();
    if (!desk->isEmpty())
        problems.append(desk.value());
    return problems.join(QLatin1Char(' '));
}

QString anchorFooterText(const TrailAnchor &heads)
{
    return Msg::tr("Audit trail #%1 %2 · desk log #%3 %4")
        .arg(heads.audit.id)
        .arg(heads.audit.hash.left(12))
        .arg(heads.desk.id)
        .arg(heads.desk.hash.left(12));
}

Result<TrailAnchor> backupAnchor(const QString &backupFile)
{
    auto heads = sqliteReadChainHeads(backupFile);
    if (!heads)
        return heads.error();
    return TrailAnchor{Msg::tr("the backup %1").arg(QDir::toNativeSeparators(QFileInfo(backupFile).fileName())),
                       {heads->auditId, heads->auditHash},
                       {heads->deskId, heads->deskHash},
                       QFileInfo(backupFile).lastModified(),
                       {}};
}

void DeskAnchors::setEnabled(bool enabled) { g_enabled = enabled; }

bool DeskAnchors::enabled() { return g_enabled; }

std::optional<TrailAnchor> DeskAnchors::forFile(const QString &databasePath)
{
    if (!enabled())
        return std::nullopt;
    QSettings settings;
    settings.beginGroup(settingsGroup(databasePath));
    if (!settings.contains(QStringLiteral("auditId")))
        return std::nullopt;
    return TrailAnchor{Msg::tr("this desk"),
                       {settings.value(QStringLiteral("auditId")).toLongLong(),
                        settings.value(QStringLiteral("auditHash")).toString()},
                       {settings.value(QStringLiteral("deskId")).toLongLong(),
                        settings.value(QStringLiteral("deskHash")).toString()},
                       settings.value(QStringLiteral("seenAt")).toDateTime(),
                       settings.value(QStringLiteral("restoredAt")).toDateTime()};
}

void DeskAnchors::remember(const QString &databasePath, const TrailAnchor &heads, const QDateTime &when,
                           bool restored)
{
    if (!enabled())
        return;
    QSettings settings;
    settings.beginGroup(settingsGroup(databasePath));
    settings.setValue(QStringLiteral("path"), QFileInfo(databasePath).absoluteFilePath());
    settings.setValue(QStringLiteral("auditId"), heads.audit.id);
    settings.setValue(QStringLiteral("auditHash"), heads.audit.hash);
    settings.setValue(QStringLiteral("deskId"), heads.desk.id);
    settings.setValue(QStringLiteral("deskHash"), heads.desk.hash);
    settings.setValue(QStringLiteral("seenAt"), when);
    if (restored)
        settings.setValue(QStringLiteral("restoredAt"), when);
}

void DeskAnchors::forget(const QString &databasePath)
{
    if (!enabled())
        return;
    QSettings settings;
    settings.remove(settingsGroup(databasePath));
}

} // namespace casedesk
