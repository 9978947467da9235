#include "storage/server_import.h"

#include "storage/database.h"
#include "storage/engine.h"
#include "storage/sql_helpers.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>

namespace casedesk {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(ServerImport)
};

// Tables the server builds itself from the copied rows, and the server's own marker.
const QSet<QString> &derivedOnServer()
{
    static const QSet<QString> tables = {QStringLiteral("case_search"),       QStringLiteral("case_search_stale"),
                                         QStringLiteral("business_day_counts"), QStringLiteral("stats_dirty_cases"),
                                         QStringLiteral("stats_dirty_months"),  QStringLiteral("stats_summary"),
                                         QStringLiteral("stats_case_facts"),    QStringLiteral("casedesk_schema")};
    return tables;
}

Result<QStringList> rowsOfFirstColumn(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    auto query = runQuery(db, sql, values);
    if (!query)
        return query.error();
    QStringList rows;
    while (query->next())
        rows << query->value(0).toString();
    return rows;
}

// The tables to copy, parents before children (SQLite's foreign keys), and their columns as
// both engines have them.
Result<QList<std::pair<QString, QStringList>>> tablesToCopy(const QSqlDatabase &file, const QSqlDatabase &server)
{
    auto serverTables = rowsOfFirstColumn(server, QStringLiteral("SELECT table_name FROM information_schema.tables "
                                                                 "WHERE table_schema = current_schema() AND "
                                                                 "table_type = 'BASE TABLE'"));
    if (!serverTables)
        return serverTables.error();
    auto fileTables = rowsOfFirstColumn(file, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                                             "AND name NOT LIKE 'sqlite%' ORDER BY name"));
    if (!fileTables)
        return fileTables.error();
    const QSet<QString> onServer(serverTables->cbegin(), serverTables->cend());
    QStringList wanted;
    for (const QString &table : fileTables.value()) {
        if (onServer.contains(table) && !derivedOnServer().contains(table))
            wanted << table;
    }
    QHash<QString, QStringList> parents;
    for (const QString &table : wanted) {
        auto keys = rowsOfFirstColumn(file, QStringLiteral("SELECT \"table\" FROM pragma_foreign_key_list(?)"), {table});
        if (!keys)
            return keys.error();
        parents.insert(table, keys.value());
    }
    QStringList ordered;
    QSet<QString> placed;
    while (ordered.size() < wanted.size()) {
        bool progressed = false;
        for (const QString &table : wanted) {
            if (placed.contains(table))
                continue;
            bool ready = true;
            for (const QString &parent : parents.value(table))
                ready = ready && (parent == table || placed.contains(parent) || !wanted.contains(parent));
            if (ready) {
                ordered << table;
                placed.insert(table);
                progressed = true;
            }
        }
        if (!progressed)
            return Error{ErrorCode::Storage, Msg::tr("The tables' references form a cycle; nothing was imported."), {}};
    }
    QList<std::pair<QString, QStringList>> result;
    for (const QString &table : ordered) {
        auto fileColumns = rowsOfFirstColumn(file, QStringLiteral("SELECT name FROM pragma_table_info(?)"), {table});
        auto serverColumns = rowsOfFirstColumn(server, QStringLiteral("SELECT column_name FROM information_schema.columns "
                                                                      "WHERE table_schema = current_schema() AND "
                                                                      "table_name = ?"),
                                               {table});
        if (!fileColumns)
            return fileColumns.error();
        if (!serverColumns)
            return serverColumns.error();
        QStringList columns;
        for (const QString &column : fileColumns.value()) {
            if (serverColumns->contains(column))
                columns << column;
        }
        result.append({table, columns});
    }
    return result;
}

// Copies one table's rows in statements of up to 200 rows.
Result<qint64> copyTable(const QSqlDatabase &file, const QSqlDatabase &server, const QString &table,
                         const QStringList &columns)
{
    const QString list = QLatin1Char('"') + columns.join(QStringLiteral("\", \"")) + QLatin1Char('"');
    auto rows = runQuery(file, QStringLiteral("SELECT %1 FROM \"%2\"").arg(list, table));
    if (!rows)
        return rows.error();
    const QString one = QLatin1Char('(') + QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(',')) +
                        QLatin1Char(')');
    constexpr int kBatch = 200;
    qint64 copied = 0;
    QVariantList values;
    int inBatch = 0;
    auto flush = [&]() -> Status {
        if (inBatch == 0)
            return {};
        const QString sql = QStringLiteral("INSERT INTO \"%1\" (%2) VALUES ").arg(table, list) +
                            QStringList(inBatch, one).join(QLatin1Char(','));
        if (auto inserted = runQuery(server, sql, values); !inserted)
            return inserted.error();
        copied += inBatch;
        values.clear();
        inBatch = 0;
        return {};
    };
    while (rows->next()) {
        // NULL stays NULL (a null text would be bound as '').
        for (int i = 0; i < columns.size(); ++i)
            values << (rows->isNull(i) ? QVariant() : rows->value(i));
        if (++inBatch == kBatch) {
            if (auto flushed = flush(); !flushed)
                return flushed.error();
        }
    }
    if (auto flushed = flush(); !flushed)
        return flushed.error();
    return copied;
}

} // namespace

Result<ServerImportSummary> importIntoServer(const QString &sourceFile, const QString &serverUrl,
                                             const std::function<bool(int, int)> &progress)
{
    if (!QFileInfo::exists(sourceFile))
        return Error{ErrorCode::NotFound, Msg::tr("There is no file %1; nothing was imported.").arg(sourceFile), {}};
    auto source = Database::open(sourceFile, Database::OpenMode::OpenExisting);
    if (!source)
        return source.error();
    if (source.value()->engine() != Engine::Sqlite)
        return Error{ErrorCode::InvalidInput, Msg::tr("Import from a CaseDesk database file (.db)."), {}};
    auto target = Database::openServer(serverUrl, Database::OpenMode::CreateIfMissing);
    if (!target)
        return target.error();
    const QSqlDatabase file = source.value()->connection();
    const QSqlDatabase server = target.value()->connection();

    auto occupied = queryScalar(server, QStringLiteral("SELECT (SELECT count(*) FROM complaints) + "
                                                       "(SELECT count(*) FROM users)"));
    if (!occupied)
        return occupied.error();
    if (occupied->toLongLong() > 0)
        return Error{ErrorCode::Conflict,
                     Msg::tr("The server database %1 already holds cases or users; an import goes only into a new, "
                             "empty database. Nothing was changed.")
                         .arg(target.value()->location()),
                     {}};

    auto tables = tablesToCopy(file, server);
    if (!tables)
        return tables.error();

    Transaction transaction(server);
    if (auto started = transaction.begin(); !started)
        return started.error();
    // The copied rows are complete already: the tables' own triggers (search, counts, ledger
    // totals, the trail's insert-only guard) are off while they go in, and what they derive is
    // built once at the end. ALTER TABLE is transactional: a failure turns them back on.
    for (auto it = tables->crbegin(); it != tables->crend(); ++it) {
        for (const QString &sql : {QStringLiteral("ALTER TABLE \"%1\" DISABLE TRIGGER USER"),
                                   QStringLiteral("DELETE FROM \"%1\"")}) {
            if (auto done = runQuery(server, sql.arg(it->first)); !done)
                return done.error();
        }
    }
    ServerImportSummary summary;
    int done = 0;
    for (const auto &[table, columns] : tables.value()) {
        if (progress && !progress(done, int(tables->size())))
            return Error{ErrorCode::Cancelled, Msg::tr("The import was cancelled; nothing was changed."), {}};
        auto copied = copyTable(file, server, table, columns);
        if (!copied)
            return Error{copied.error().code,
                         Msg::tr("The table %1 could not be copied; nothing was imported. (%2)")
                             .arg(table, copied.error().message),
                         {}};
        summary.rows += copied.value();
        if (table == QLatin1String("complaints"))
            summary.cases = copied.value();
        ++summary.tables;
        ++done;
    }
    QStringList finish;
    for (const auto &[table, columns] : tables.value()) {
        finish << QStringLiteral("ALTER TABLE \"%1\" ENABLE TRIGGER USER").arg(table);
        // The next id after the copied ones, for tables whose id the server generates.
        if (columns.contains(QStringLiteral("id")))
            finish << QStringLiteral("SELECT setval(s, greatest((SELECT max(id) FROM \"%1\"), 1), "
                                     "(SELECT max(id) FROM \"%1\") IS NOT NULL) "
                                     "FROM pg_get_serial_sequence('\"%1\"', 'id') AS s WHERE s IS NOT NULL")
                          .arg(table);
    }
    finish << QStringLiteral("DELETE FROM case_search") << QStringLiteral("DELETE FROM case_search_stale")
           << QStringLiteral("INSERT INTO case_search(rowid, doc) SELECT s.id, s.doc FROM case_search_source s")
           << QStringLiteral("DELETE FROM business_day_counts")
           << QStringLiteral("INSERT INTO business_day_counts(business_id, day, complaints, prepaid) "
                             "SELECT c.business_id, left(c.received_at::text, 10), count(*), count(p.complaint_id) "
                             "FROM complaints c LEFT JOIN prepaid_cards p ON p.complaint_id = c.id "
                             "GROUP BY c.business_id, left(c.received_at::text, 10)")
           << QStringLiteral("DELETE FROM stats_summary") << QStringLiteral("DELETE FROM stats_case_facts")
           << QStringLiteral("DELETE FROM stats_dirty_cases") << QStringLiteral("DELETE FROM stats_dirty_months")
           << QStringLiteral("INSERT INTO stats_dirty_months(month) VALUES ('*')");
    for (const QString &sql : finish) {
        if (auto ran = runQuery(server, sql); !ran)
            return ran.error();
    }
    if (progress)
        progress(done, int(tables->size()));
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return summary;
}

} // namespace casedesk
