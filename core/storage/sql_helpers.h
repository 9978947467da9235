#pragma once

#include "result.h"
#include "storage/engine.h"
#include "storage/transaction_state.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStringList>
#include <QThread>
#include <QVariantList>

namespace casedesk {

// Turns a driver error into a translated Error for the caseworker; the technical text
// is kept after the explanation so support can read it.
Error storageError(const QSqlError &error);
// The same for an error of `db`'s engine (on a server, an error without a SQLSTATE is a
// broken connection).
Error storageError(const QSqlDatabase &db, const QSqlError &error);

// A value ready to bind: a null QString becomes '' (the QSQLITE driver would bind SQL NULL,
// which NOT NULL text columns refuse; CaseDesk stores "no value" as empty text).
QVariant bindable(const QVariant &value);

// User text for `column LIKE ? ESCAPE '\'`: % and _ (and the escape itself) match literally.
QString escapeLike(const QString &text);

// An INSERT of `keyColumns` and `otherColumns` (comma-separated, ? for each) that updates the
// other columns of a row already holding the key: SQLite and PostgreSQL both read it, unlike
// SQLite's INSERT OR REPLACE.
QString upsertSql(const QString &table, const QString &keyColumns, const QString &otherColumns);

// Prepares and runs one statement with positional parameters (? placeholders).
Result<QSqlQuery> runQuery(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {});

// Runs an INSERT into a table whose new rows get an `id`, and returns the new row's id. On a
// server through RETURNING: Qt's lastInsertId() asks lastval(), which names whatever sequence
// the session used last, a trigger's included.
Result<qint64> insertReturningId(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {});

// Ids bound per statement by runForIds(): well under any engine's limit of parameters. A caller
// that reads several kinds of rows for a page of cases makes its pages this size, so that each
// kind is one statement.
constexpr int kIdsPerStatement = 500;

// Runs `sql`, whose %1 stands for the list of `?` an `IN (%1)` needs, for `ids` a slice of
// kIdsPerStatement at a time (one statement for up to that many), and hands each result to
// `read(QSqlQuery &)`: what reads the rows of many cases at once instead of one query per case.
template <typename Read>
Status runForIds(const QSqlDatabase &db, const QString &sql, const QList<qint64> &ids, Read &&read)
{
    for (qsizetype from = 0; from < ids.size(); from += kIdsPerStatement) {
        const QList<qint64> slice = ids.mid(from, kIdsPerStatement);
        auto query = runQuery(db, sql.arg(QStringList(slice.size(), QStringLiteral("?")).join(QLatin1Char(','))),
                              QVariantList(slice.cbegin(), slice.cend()));
        if (!query)
            return query.error();
        read(query.value());
    }
    return {};
}

// Runs a statement and returns the first column of its first row, or a null QVariant if no row.
Result<QVariant> queryScalar(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {});

// How many times this process has run a transaction again (retryingConflicts) since it
// started. Why a counter: a retry is invisible by design (the caller sees only the outcome of
// the last attempt), yet how often the server breaks saves off under contention is a figure
// the proof under load reports (tests/tools/load_session.cpp reads it before and after each
// step; each simulated desk is a process of its own, so process-wide is per desk). Atomic,
// because the window runs some database work on connections of its own in worker threads.
quint64 transactionRetryCount();
// Adds one to transactionRetryCount(): called by retryingConflicts() before each retry only.
void countTransactionRetry();

// Runs `work`, one whole transaction, again when the server broke it off to resolve a
// deadlock or a serialization failure (ErrorCode::Busy on a server: nothing of it was saved),
// up to three more times a moment apart, so that colleagues saving at the same moment see no
// error. A file's busy lock has waited its whole timeout already: not tried again.
template <typename Work>
auto retryingConflicts(const QSqlDatabase &db, Work &&work) -> decltype(work())
{
    for (int attempt = 0;; ++attempt) {
        auto result = work();
        if (result || result.error().code != ErrorCode::Busy || attempt == 3 || engineOf(db) != Engine::Postgres)
            return result;
        countTransactionRetry();
        QThread::msleep(10UL * (attempt + 1) + QRandomGenerator::global()->bounded(20U));
    }
}

// Begins a transaction that rolls back unless commit() is called: every multi-row
// change goes through one, so a failure halfway leaves nothing behind.
class Transaction {
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    Status begin();
    Status commit();

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

// Runs `work` (returning a Result or a Status) in a Transaction of its own, committed when
// `work` succeeds, and the whole of it again when the server broke it off to resolve a
// deadlock or a serialization failure (retryingConflicts). `work` may run more than once: it
// must start from its inputs each time (whatever it changes outside the database is set
// afresh, never appended to or carried over from a failed attempt), and what comes after
// the commit (reindexing, notifications) goes after this call. Inside a transaction the
// caller owns, `work` joins it (no second BEGIN: SQLite refuses one, and PostgreSQL would
// only warn and then let this COMMIT end the caller's transaction halfway) and nothing is
// tried again: the caller's own work went with the failed one, and the caller commits.
template <typename Work>
auto inRetriedTransaction(const QSqlDatabase &db, Work &&work) -> decltype(work())
{
    using Outcome = decltype(work());
    if (inTransaction(db))
        return work();
    auto once = [&]() -> Outcome {
        Transaction transaction(db);
        if (auto started = transaction.begin(); !started)
            return started.error();
        Outcome result = work();
        if (!result)
            return result;
        if (auto committed = transaction.commit(); !committed)
            return committed.error();
        return result;
    };
    return retryingConflicts(db, once);
}

} // namespace casedesk
