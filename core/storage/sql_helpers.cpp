#include "storage/sql_helpers.h"

#include "storage/engine.h"
#include "storage/transaction_state.h"

#include <QCoreApplication>

#include <atomic>

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

// transactionRetryCount(): relaxed, since nothing else is ordered by it.
std::atomic<quint64> g_transactionRetries{0};
} // namespace

quint64 transactionRetryCount()
{
    return g_transactionRetries.load(std::memory_order_relaxed);
}

void countTransactionRetry()
{
    g_transactionRetries.fetch_add(1, std::memory_order_relaxed);
}

namespace {

// PostgreSQL reports a five-character SQLSTATE; SQLite's result codes (extended ones
// included) have at most four digits, so the two never mix.
bool isSqlState(const QString &code)
{
    return code.size() == 5;
}

Error serverError(const QSqlError &error)
{
    const QString state = error.nativeErrorCode();
    const QString detail = error.text();
    const QString stateClass = state.left(2);
    // Every error the server itself reports has a SQLSTATE; one without it is libpq's own:
    // the connection broke before an answer came.
    if (state.isEmpty() || error.type() == QSqlError::ConnectionError || stateClass == QLatin1String("08")
        || state.startsWith(QLatin1String("57P"))) {
        return {ErrorCode::Io,
                Msg::tr("The connection to the database server was lost; nothing of this step was saved. "
                        "CaseDesk connects again at your next step: try again once the server can be reached. (%1)")
                    .arg(detail),
                {}};
    }
    if (state == QLatin1String("40001") || state == QLatin1String("40P01") || state == QLatin1String("55P03")) {
        return {ErrorCode::Busy,
                Msg::tr("A colleague was changing the same records at the same moment; nothing was saved. "
                        "Please try again. (%1)")
                    .arg(detail),
                {}};
    }
    if (state == QLatin1String("53100"))
        return {ErrorCode::Io, Msg::tr("The database server's disk is full; nothing was saved. (%1)").arg(detail), {}};
    // A user's login on the server (server step 7) whose name a role CaseDesk did not make
    // has already.
    if (state == QLatin1String("42710"))
        return {ErrorCode::Conflict,
                Msg::tr("The database server already has an account of this name that is not CaseDesk's; choose "
                        "another name or ask the server's administrator. Nothing was saved. (%1)")
                    .arg(detail),
                {}};
    if (state == QLatin1String("42501"))
        return {ErrorCode::Forbidden, Msg::tr("The database server refused this for your account. (%1)").arg(detail), {}};
    return {ErrorCode::Storage, Msg::tr("A database error occurred: %1").arg(detail), {}};
}

} // namespace

Error storageError(const QSqlDatabase &db, const QSqlError &error)
{
    return engineOf(db) == Engine::Postgres ? serverError(error) : storageError(error);
}

Error storageError(const QSqlError &error)
{
    if (isSqlState(error.nativeErrorCode()))
        return serverError(error);
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
    // Flags are stored as 0/1 on both engines; PostgreSQL would refuse a boolean for them.
    if (value.typeId() == QMetaType::Bool)
        return value.toBool() ? 1 : 0;
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

QString upsertSql(const QString &table, const QString &keyColumns, const QString &otherColumns)
{
    const QStringList others = otherColumns.split(QLatin1Char(','), Qt::SkipEmptyParts);
    const qsizetype count = keyColumns.count(QLatin1Char(',')) + 1 + others.size();
    QStringList updates;
    for (const QString &column : others)
        updates.append(QStringLiteral("%1 = excluded.%1").arg(column.trimmed()));
    QStringList marks(count, QStringLiteral("?"));
    return QStringLiteral("INSERT INTO %1(%2, %3) VALUES (%4) ON CONFLICT(%2) DO UPDATE SET %5")
        .arg(table, keyColumns, otherColumns, marks.join(QStringLiteral(", ")), updates.join(QStringLiteral(", ")));
}

Result<QSqlQuery> runQuery(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    reconnectIfBroken(db);
    QSqlQuery query(db);
    // Forward-only saves memory on SQLite. Qt's PostgreSQL driver reads a forward-only query
    // row by row from the connection instead, and a second query on the same connection then
    // discards the first one's remaining rows (the core reads the cases, their audit records
    // and their events side by side): on a server each result arrives whole.
    query.setForwardOnly(engineOf(db) == Engine::Sqlite);
    // PostgreSQL prepares only queries and data changes, not schema statements: a statement
    // without parameters runs as it is (on SQLite the driver prepares it either way).
    if (values.isEmpty()) {
        if (!query.exec(sql))
            return storageError(db, query.lastError());
        return query;
    }
    if (!query.prepare(sql))
        return storageError(db, query.lastError());
    for (const QVariant &value : values)
        query.addBindValue(bindable(value));
    if (!query.exec())
        return storageError(db, query.lastError());
    return query;
}

Result<qint64> insertReturningId(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    if (engineOf(db) == Engine::Postgres) {
        auto inserted = runQuery(db, sql + QStringLiteral(" RETURNING id"), values);
        if (!inserted)
            return inserted.error();
        return inserted->next() ? inserted->value(0).toLongLong() : qint64(0);
    }
    auto inserted = runQuery(db, sql, values);
    if (!inserted)
        return inserted.error();
    return inserted->lastInsertId().toLongLong();
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
    if (m_active) {
        m_db.rollback();
        noteTransactionEnded(m_db);
    }
}

Status Transaction::begin()
{
    // SQLite: take the write lock up front. A deferred transaction that reads first and
    // writes later can fail at once with SQLITE_BUSY instead of waiting for the busy timeout.
    // PostgreSQL locks rows as they are written.
    const QString begin = engineOf(m_db) == Engine::Sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN");
    reconnectIfBroken(m_db);
    QSqlQuery query(m_db);
    if (!query.exec(begin))
        return storageError(m_db, query.lastError());
    m_active = true;
    noteTransactionBegun(m_db);
    return {};
}

Status Transaction::commit()
{
    // COMMIT as a statement, so a full disk, a busy file or a lost server keeps the engine's
    // error code (the driver's commit() reports only "Unable to commit transaction").
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("COMMIT"))) {
        const Error error = storageError(m_db, query.lastError());
        m_db.rollback();
        m_active = false;
        noteTransactionEnded(m_db);
        return error;
    }
    m_active = false;
    noteTransactionEnded(m_db);
    return {};
}

} // namespace casedesk
