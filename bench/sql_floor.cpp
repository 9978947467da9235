#include "sql_floor.h"

#include "storage/server_url.h"

#include <libpq-fe.h>
#include <sqlite3.h>

#include <vector>

namespace casedesk::bench {
namespace {

class SqliteFloor : public SqlFloor {
public:
    explicit SqliteFloor(const QString &path)
    {
        if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
            sqlite3_close(m_db);
            m_db = nullptr;
        }
    }
    ~SqliteFloor() override { sqlite3_close(m_db); }
    bool isOpen() const override { return m_db != nullptr; }

    qint64 run(const QString &sql, const QVariantList &values) override
    {
        if (!m_db)
            return -1;
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(m_db, sql.toUtf8().constData(), -1, &statement, nullptr) != SQLITE_OK) {
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
            return -1;
        }
        for (int i = 0; i < values.size(); ++i) {
            const QVariant &value = values.at(i);
            if (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int)
                sqlite3_bind_int64(statement, i + 1, value.toLongLong());
            else if (value.isNull())
                sqlite3_bind_null(statement, i + 1);
            else
                sqlite3_bind_text(statement, i + 1, value.toString().toUtf8().constData(), -1, SQLITE_TRANSIENT);
        }
        qint64 rows = 0;
        int step = SQLITE_ROW;
        while ((step = sqlite3_step(statement)) == SQLITE_ROW) {
            const int columns = sqlite3_column_count(statement);
            for (int c = 0; c < columns; ++c)
                (void)sqlite3_column_text(statement, c);
            ++rows;
        }
        if (step != SQLITE_DONE) {
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
            rows = -1;
        }
        sqlite3_finalize(statement);
        return rows;
    }

private:
    ::sqlite3 *m_db = nullptr;
};

// libpq numbers its parameters: each ? outside quotes becomes $1, $2, …
QByteArray numberedParameters(const QString &sql)
{
    QString out;
    out.reserve(sql.size() + 16);
    int n = 0;
    QChar quote;
    for (const QChar c : sql) {
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            quote = c;
        } else if (c == QLatin1Char('?')) {
            out += QLatin1Char('$') + QString::number(++n);
            continue;
        }
        out += c;
    }
    return out.toUtf8();
}

class ServerFloor : public SqlFloor {
public:
    explicit ServerFloor(const QString &url) : m_conn(PQconnectdb(url.toUtf8().constData()))
    {
        if (PQstatus(m_conn) != CONNECTION_OK)
            m_error = QString::fromUtf8(PQerrorMessage(m_conn));
    }
    ~ServerFloor() override { PQfinish(m_conn); }
    bool isOpen() const override { return PQstatus(m_conn) == CONNECTION_OK; }

    qint64 run(const QString &sql, const QVariantList &values) override
    {
        std::vector<QByteArray> texts;
        std::vector<const char *> parameters;
        texts.reserve(size_t(values.size()));
        for (const QVariant &value : values) {
            texts.push_back(value.isNull() ? QByteArray() : value.toString().toUtf8());
            parameters.push_back(value.isNull() ? nullptr : texts.back().constData());
        }
        PGresult *result = PQexecParams(m_conn, numberedParameters(sql).constData(), int(parameters.size()), nullptr,
                                        parameters.data(), nullptr, nullptr, 0);
        qint64 rows = -1;
        const ExecStatusType status = PQresultStatus(result);
        if (status == PGRES_TUPLES_OK || status == PGRES_COMMAND_OK) {
            rows = PQntuples(result);
            const int columns = PQnfields(result);
            for (int r = 0; r < rows; ++r)
                for (int c = 0; c < columns; ++c)
                    (void)PQgetvalue(result, r, c);
        } else {
            m_error = QString::fromUtf8(PQresultErrorMessage(result));
        }
        PQclear(result);
        return rows;
    }

private:
    PGconn *m_conn;
};

} // namespace

std::unique_ptr<SqlFloor> openFloor(const QString &location)
{
    if (ServerUrl::isServerUrl(location))
        return std::make_unique<ServerFloor>(location);
    return std::make_unique<SqliteFloor>(location);
}

qint64 openAndRun(const QString &location, const QString &sql, const QVariantList &values)
{
    return openFloor(location)->run(sql, values);
}

} // namespace casedesk::bench
