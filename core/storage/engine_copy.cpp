#include "storage/engine_copy.h"

#include "storage/engine.h"
#include "storage/prepared_insert.h"
#include "storage/server_copy_in.h"
#include "storage/sql_helpers.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace casedesk {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(ServerImport)
};

// Tables each engine builds itself from the copied rows, and the server's own marker.
const QSet<QString> &derivedTables()
{
    static const QSet<QString> tables = {QStringLiteral("case_search"),       QStringLiteral("case_search_stale"),
                                         QStringLiteral("business_day_counts"), QStringLiteral("warning_runs"),
                                         QStringLiteral("warning_dirty"),       QStringLiteral("warning_runs_basis"),
                                         QStringLiteral("casedesk_schema")};
    return tables;
}

const QSet<QString> &statisticsTables()
{
    static const QSet<QString> tables = {QStringLiteral("stats_dirty_cases"), QStringLiteral("stats_dirty_months"),
                                         QStringLiteral("stats_summary"),     QStringLiteral("stats_case_facts"),
                                         QStringLiteral("stats_dirty_days")};
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

} // namespace

Result<QList<TableToCopy>> tablesToCopy(const QSqlDatabase &file, const QSqlDatabase &server, bool withStatistics)
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
        if (onServer.contains(table) && !derivedTables().contains(table) &&
            (withStatistics || !statisticsTables().contains(table)))
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
            return Error{ErrorCode::Storage, Msg::tr("The tables' references form a cycle; nothing was copied."), {}};
    }
    QList<TableToCopy> result;
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

Result<qint64> copyTableRows(const QSqlDatabase &from, const QSqlDatabase &to, const TableToCopy &table)
{
    const QString list = QLatin1Char('"') + table.columns.join(QStringLiteral("\", \"")) + QLatin1Char('"');
    // In id order where there is one: a file's b-tree is then written from left to right.
    const bool hasId = table.columns.contains(QStringLiteral("id"));
    auto rows = runQuery(from, QStringLiteral("SELECT %1 FROM \"%2\"%3")
                                   .arg(list, table.table, hasId ? QStringLiteral(" ORDER BY id") : QString()));
    if (!rows)
        return rows.error();
    const int n = int(table.columns.size());
    std::optional<PreparedInsert> single;
    std::optional<ServerCopyIn> copy;
    if (engineOf(to) == Engine::Postgres) {
        copy.emplace(to, table.table, table.columns);
        if (auto started = copy->start(); !started)
            return started.error();
    } else {
        single.emplace(to);
        if (auto prepared = single->prepare(QStringLiteral("INSERT INTO \"%1\" (%2) VALUES (%3)")
                                                .arg(table.table, list,
                                                     QStringList(n, QStringLiteral("?")).join(QLatin1Char(','))));
            !prepared)
            return prepared.error();
    }
    qint64 copied = 0;
    QVariantList values;
    values.reserve(n);
    while (rows->next()) {
        values.clear();
        // NULL stays NULL (a null text would be bound as '').
        for (int i = 0; i < n; ++i)
            values << (rows->isNull(i) ? QVariant() : rows->value(i));
        if (copy) {
            if (auto added = copy->add(values); !added)
                return added.error();
        } else if (auto inserted = single->run(values); !inserted) {
            return inserted.error();
        }
        ++copied;
    }
    if (copy) {
        if (auto finished = copy->finish(); !finished)
            return finished.error();
    }
    return copied;
}

Result<CopySummary> copyTables(const QSqlDatabase &from, const QSqlDatabase &to, const QList<TableToCopy> &tables,
                               const std::function<bool(int, int)> &progress, const CopyMessages &messages)
{
    CopySummary summary;
    for (const TableToCopy &table : tables) {
        if (progress && !progress(summary.tables, int(tables.size())))
            return Error{ErrorCode::Cancelled, messages.cancelled, {}};
        auto copied = copyTableRows(from, to, table);
        if (!copied)
            return Error{copied.error().code, messages.tableFailed.arg(table.table, copied.error().message), {}};
        summary.rows += copied.value();
        if (table.table == QLatin1String("complaints"))
            summary.cases = copied.value();
        ++summary.tables;
    }
    return summary;
}

} // namespace casedesk
