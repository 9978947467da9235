#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace casedesk {

// An INSERT prepared once and run for many rows: the bulk writer and the audit chain.
// On SQLite it binds and steps through SQLite's C API. QSqlQuery builds a QString key for
// every value it binds by position, which was a tenth of writing a million demo cases.
// Other drivers (a PostgreSQL server) go through QSqlQuery.
class PreparedInsert {
public:
    explicit PreparedInsert(QSqlDatabase db);
    ~PreparedInsert();
    PreparedInsert(const PreparedInsert &) = delete;
    PreparedInsert &operator=(const PreparedInsert &) = delete;

    Status prepare(const QString &sql);
    // Binds `values` to the statement's parameters in order (a null QString as '', as
    // bindable() does; a null QVariant as NULL), runs it and gives the new row's id: on a
    // SQLite file its rowid; on a server the first column of its RETURNING clause, else 0.
    Result<qint64> run(const QVariantList &values);

private:
    QSqlDatabase m_db;
    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    int m_parameters = 0;
    QList<QByteArray> m_buffers; // each parameter's text as UTF-8, reused from row to row
    std::optional<QSqlQuery> m_query; // drivers other than SQLite
};

} // namespace casedesk
