#include "storage/audit_chain.h"

#include "storage/field_hash.h"
#include "storage/sql_helpers.h"
#include "storage/transaction_state.h"
#include "storage/stored_values.h"


namespace casedesk {

QString auditGenesisHash() { return QString(64, QLatin1Char('0')); }

QString auditRowHash(const AuditRow &row)
{
    // Each field as "<byte length>:<UTF-8 bytes>;" (field_hash.h); the tag names the format
    // should it ever change.
    FieldHasher hash;
    hash.add(QByteArrayView("casedesk-audit-v1"));
    hash.add(QByteArrayView(QByteArray::number(row.id)));
    hash.add(QByteArrayView(QByteArray::number(row.complaintId)));
    for (const QString *text : {&row.at, &row.actor, &row.action, &row.field, &row.oldValue, &row.newValue,
                                &row.prevHash})
        hash.add(*text);
    return QString::fromLatin1(hash.sha256().toHex());
}

AuditChainWriter::AuditChainWriter(QSqlDatabase db) : m_db(std::move(db)) {}

AuditChainWriter::~AuditChainWriter() = default;

Status AuditChainWriter::begin()
{
    if (auto locked = lockChainForWriting(m_db, QStringLiteral("audit_chain")); !locked)
        return locked;
    auto head = runQuery(m_db, QStringLiteral("SELECT last_id, last_hash FROM audit_chain WHERE id = 1"));
    if (!head)
        return head.error();
    if (head->next()) {
        m_lastId = head->value(0).toLongLong();
        m_lastHash = head->value(1).toString();
    } else {
        m_lastId = 0;
        m_lastHash = auditGenesisHash();
    }
    // A row added behind the chain's back must not make the next id collide with it.
    auto maxId = queryScalar(m_db, QStringLiteral("SELECT coalesce(max(id), 0) FROM audit_log"));
    if (!maxId)
        return maxId.error();
    m_lastId = std::max(m_lastId, maxId->toLongLong());

    m_insert = std::make_unique<PreparedInsert>(m_db);
    return m_insert->prepare(QStringLiteral("INSERT INTO audit_log(id, complaint_id, at, actor, action, field, "
                                            "old_value, new_value, prev_hash, hash) "
                                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
}

Result<qint64> AuditChainWriter::append(const AuditEntry &e)
{
    AuditRow row{m_lastId + 1, e.complaintId, storedDateTime(e.at), e.actor, e.action, e.field, e.oldValue,
                 e.newValue, m_lastHash, {}};
    row.hash = auditRowHash(row);
    auto inserted = m_insert->run({row.id, row.complaintId, row.at, row.actor, row.action, row.field, row.oldValue,
                                   row.newValue, row.prevHash, row.hash});
    if (!inserted)
        return inserted.error();
    m_lastId = row.id;
    m_lastHash = row.hash;
    m_dirty = true;
    return row.id;
}

Status AuditChainWriter::finish()
{
    m_insert.reset();
    if (!m_dirty)
        return {};
    auto saved = runQuery(m_db,
                          QStringLiteral("INSERT INTO audit_chain(id, last_id, last_hash) VALUES (1, ?, ?) "
                                         "ON CONFLICT(id) DO UPDATE SET last_id = excluded.last_id, "
                                         "last_hash = excluded.last_hash"),
                          {m_lastId, m_lastHash});
    if (!saved)
        return saved.error();
    m_dirty = false;
    return {};
}

Status chainExistingAuditRecords(const QSqlDatabase &db)
{
    auto rows = runQuery(db, QStringLiteral("SELECT id, complaint_id, at, actor, action, field, old_value, new_value "
                                            "FROM audit_log ORDER BY id"));
    if (!rows)
        return rows.error();
    QSqlQuery update(db);
    if (!update.prepare(QStringLiteral("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?")))
        return storageError(update.lastError());
    qint64 lastId = 0;
    QString lastHash = auditGenesisHash();
    while (rows->next()) {
        AuditRow row{rows->value(0).toLongLong(), rows->value(1).toLongLong(), rows->value(2).toString(),
                     rows->value(3).toString(),   rows->value(4).toString(),   rows->value(5).toString(),
                     rows->value(6).toString(),   rows->value(7).toString(),   lastHash,
                     {}};
        row.hash = auditRowHash(row);
        update.bindValue(0, row.prevHash);
        update.bindValue(1, row.hash);
        update.bindValue(2, row.id);
        if (!update.exec())
            return storageError(update.lastError());
        lastId = row.id;
        lastHash = row.hash;
    }
    if (lastId == 0)
        return {};
    auto saved = runQuery(db, QStringLiteral("INSERT INTO audit_chain(id, last_id, last_hash) VALUES (1, ?, ?)"),
                          {lastId, lastHash});
    if (!saved)
        return saved.error();
    return {};
}

} // namespace casedesk
