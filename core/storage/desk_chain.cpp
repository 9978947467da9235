#include "storage/desk_chain.h"

#include "storage/audit_chain.h"
#include "storage/sql_helpers.h"
#include "storage/transaction_state.h"
#include "storage/stored_values.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace casedesk {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(AuditVerifier)
};

// The same length-prefixed form as the audit chain's, so no two lines serialise alike.
void addField(QCryptographicHash &hash, const QByteArray &bytes)
{
    hash.addData(QByteArray::number(bytes.size()));
    hash.addData(QByteArrayView(":"));
    hash.addData(bytes);
    hash.addData(QByteArrayView(";"));
}

Result<ChainHead> storedHead(const QSqlDatabase &db, const QString &table)
{
    auto head = runQuery(db, QStringLiteral("SELECT last_id, last_hash FROM %1 WHERE id = 1").arg(table));
    if (!head)
        return head.error();
    if (!head->next())
        return ChainHead{0, auditGenesisHash()};
    return ChainHead{head->value(0).toLongLong(), head->value(1).toString()};
}

Status saveDeskHead(const QSqlDatabase &db, qint64 id, const QString &hash)
{
    auto saved = runQuery(db,
                          QStringLiteral("INSERT INTO desk_chain(id, last_id, last_hash) VALUES (1, ?, ?) "
                                         "ON CONFLICT(id) DO UPDATE SET last_id = excluded.last_id, "
                                         "last_hash = excluded.last_hash"),
                          {id, hash});
    if (!saved)
        return saved.error();
    return {};
}

DeskRow rowFrom(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
            q.value(4).toString(),   q.value(5).toString(), q.value(6).toString(), q.value(7).toString()};
}

const QString kSelectRows = QStringLiteral(
    "SELECT id, at, actor, action, subject, detail, prev_hash, hash FROM desk_events ORDER BY id");

} // namespace

QString deskRowHash(const DeskRow &row)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    addField(hash, QByteArrayLiteral("casedesk-desk-v1"));
    addField(hash, QByteArray::number(row.id));
    addField(hash, row.at.toUtf8());
    addField(hash, row.actor.toUtf8());
    addField(hash, row.action.toUtf8());
    addField(hash, row.subject.toUtf8());
    addField(hash, row.detail.toUtf8());
    addField(hash, row.prevHash.toUtf8());
    return QString::fromLatin1(hash.result().toHex());
}

Result<ChainHead> storedAuditHead(const QSqlDatabase &db) { return storedHead(db, QStringLiteral("audit_chain")); }

Result<ChainHead> storedDeskHead(const QSqlDatabase &db) { return storedHead(db, QStringLiteral("desk_chain")); }

QString userStateDetail(const QString &roleCode, bool active)
{
    return roleCode + (active ? QStringLiteral(" active") : QStringLiteral(" inactive"));
}

Result<qint64> appendDeskEvent(const QSqlDatabase &db, const DeskEvent &event)
{
    if (auto locked = lockChainForWriting(db, QStringLiteral("desk_chain")); !locked)
        return locked.error();
    auto head = storedDeskHead(db);
    if (!head)
        return head.error();
    // A line added behind the chain's back must not make the next id collide with it.
    auto maxId = queryScalar(db, QStringLiteral("SELECT coalesce(max(id), 0) FROM desk_events"));
    if (!maxId)
        return maxId.error();
    DeskRow row{std::max(head->id, maxId->toLongLong()) + 1,
                storedDateTime(event.at),
                event.actor,
                event.action,
                event.subject,
                event.detail,
                head->hash,
                {}};
    row.hash = deskRowHash(row);
    auto inserted = runQuery(db,
                             QStringLiteral("INSERT INTO desk_events(id, at, actor, action, subject, detail, "
                                            "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                             {row.id, row.at, row.actor, row.action, row.subject, row.detail, row.prevHash, row.hash});
    if (!inserted)
        return inserted.error();
    if (auto saved = saveDeskHead(db, row.id, row.hash); !saved)
        return saved.error();
    return row.id;
}

Status chainExistingDeskEvents(const QSqlDatabase &db)
{
    auto rows = runQuery(db, kSelectRows);
    if (!rows)
        return rows.error();
    QSqlQuery update(db);
    if (!update.prepare(QStringLiteral("UPDATE desk_events SET prev_hash = ?, hash = ? WHERE id = ?")))
        return storageError(update.lastError());
    qint64 lastId = 0;
    QString lastHash = auditGenesisHash();
    while (rows->next()) {
        DeskRow row = rowFrom(rows.value());
        row.prevHash = lastHash;
        row.hash = deskRowHash(row);
        update.bindValue(0, row.prevHash);
        update.bindValue(1, row.hash);
        update.bindValue(2, row.id);
        if (!update.exec())
            return storageError(update.lastError());
        lastId = row.id;
        lastHash = row.hash;
    }
    if (lastId > 0) {
        if (auto saved = saveDeskHead(db, lastId, lastHash); !saved)
            return saved;
    }
    // Every user's state as the log's starting point: from here on the users table must
    // agree with what the log last said about each user.
    auto users = runQuery(db, QStringLiteral("SELECT name, role, active FROM users ORDER BY id"));
    if (!users)
        return users.error();
    const QDateTime now = QDateTime::currentDateTime();
    while (users->next()) {
        const QString name = users->value(0).toString();
        auto added = appendDeskEvent(db, {0, now, QStringLiteral("CaseDesk"), QStringLiteral("user_state"), name,
                                          userStateDetail(users->value(1).toString(), users->value(2).toInt() != 0)});
        if (!added)
            return added.error();
    }
    return {};
}

Result<DeskChainVerdict> verifyDeskChain(const QSqlDatabase &db)
{
    auto rows = runQuery(db, kSelectRows);
    if (!rows)
        return rows.error();
    qint64 count = 0;
    qint64 lastId = 0;
    QString expectedPrev = auditGenesisHash();
    while (rows->next()) {
        ++count;
        const DeskRow row = rowFrom(rows.value());
        if (deskRowHash(row) != row.hash) {
            return DeskChainVerdict{false, count, row.id,
                                    Msg::tr("Desk log line #%1 was changed or added outside CaseDesk (its content "
                                            "no longer matches its hash).")
                                        .arg(row.id)};
        }
        if (row.prevHash != expectedPrev) {
            return DeskChainVerdict{false, count, row.id,
                                    lastId == 0
                                        ? Msg::tr("The desk log breaks before line #%1: older lines were deleted.")
                                              .arg(row.id)
                                        : Msg::tr("The desk log breaks between lines #%1 and #%2: a line between "
                                                  "them was deleted, or line #%1 was altered.")
                                              .arg(lastId)
                                              .arg(row.id)};
        }
        expectedPrev = row.hash;
        lastId = row.id;
    }
    auto head = storedDeskHead(db);
    if (!head)
        return head.error();
    if (head->id != lastId || head->hash != expectedPrev) {
        return DeskChainVerdict{false, count, lastId,
                                Msg::tr("The desk log should end at line #%1 but ends at #%2: the newest lines "
                                        "were deleted or changed.")
                                    .arg(head->id)
                                    .arg(lastId)};
    }
    return DeskChainVerdict{true, count, 0, {}};
}

} // namespace casedesk
