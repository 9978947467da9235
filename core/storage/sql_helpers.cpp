#include "storage/sql_helpers.h"

#include <QCoreApplication>

namespace casedesk {
namespace {
// The translation context of this file's messages.
struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

// SQLite's primary result codes, as the QSQLITE driver reports them in nativeErrorCode().
constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;
constexpr int kSqliteReadOnly = 8;
constexpr int kSqliteIoErr = 10;
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteFull = 13;
constexpr int kSqliteCantOpen = 14;
constexpr int kSqliteNotADb = 26;
} // namespace

Error storageError(const QSqlError &error)
{
    const int native = error.nativeErrorCode().toInt() & 0xff; // extended codes keep the primary in the low byte
    const QString detail = error.text();
    switch (native) {
    case kSqliteBusy:
    case kSqliteLocked:
        return {ErrorCode::Busy,
                Msg::tr("The database is busy: another program or colleague is writing to it. "
                   "Please try again in a moment. (%1)").arg(detail), {}};
    case kSqliteReadOnly:
        return {ErrorCode::Io, Msg::tr("The database file cannot be written (read-only). (%1)").arg(detail), {}};
    case kSqliteFull:
        return {ErrorCode::Io, Msg::tr("The disk is full; nothing was saved. (%1)").arg(detail), {}};
    case kSqliteIoErr:
    case kSqliteCantOpen:
        return {ErrorCode::Io, Msg::tr("The database file could not be read or written. (%1)").arg(detail), {}};
    case kSqliteCorrupt:
    case kSqliteNotADb:
        return {ErrorCode::NotADatabase,
                Msg::tr("The file is damaged or is not a CaseDesk database. (%1)").arg(detail), {}};
    default:
        return {ErrorCode::Storage, Msg::tr("A database error occurred: %1").arg(detail), {}};
    }
}

QVariant bindable(const QVariant &value)
{
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QStringLiteral("");
    return value;
}

QString escapeLike(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return escaped;
}

Result<QSqlQuery> runQuery(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return storageError(query.lastError());
    for (const QVariant &value : values)
        query.addBindValue(bindable(value));
    if (!query.exec())
        return storageError(query.lastError());
    return query;
}

Result<QVariant> queryScalar(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    auto query = runQuery(db, sql, values);
    if (!query)
        return query.error();
    if (!query->next())
        return QVariant();
    return query->value(0);
}

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db)) {}

Transaction::~Transaction()
{
    if (m_active)
        m_db.rollback();
}

Status Transaction::begin()
{
    // SQLite: take the write lock up front. A deferred transaction that reads first and
    // writes later can fail at once with SQLITE_BUSY instead of waiting for the busy timeout.
    if (m_db.driverName() == QLatin1String("QSQLITE")) {
        QSqlQuery query(m_db);
        if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return storageError(query.lastError());
    } else if (!m_db.transaction()) {
        return storageError(m_db.lastError());
    }
    m_active = true;
    return {};
}

Status Transaction::commit()
{
    // SQLite: COMMIT as a statement, so a full disk or a busy file keeps SQLite's error code
    // (the driver's commit() reports only "Unable to commit transaction").
    if (m_db.driverName() == QLatin1String("QSQLITE")) {
        QSqlQuery query(m_db);
        if (!query.exec(QStringLiteral("COMMIT"))) {
            const Error error = storageError(query.lastError());
            m_db.rollback();
            m_active = false;
            return error;
        }
        m_active = false;
        return {};
    }
    if (!m_db.commit()) {
        const Error error = storageError(m_db.lastError());
        m_db.rollback();
        m_active = false;
        return error;
    }
    m_active = false;
    return {};
}

} // namespace casedesk
