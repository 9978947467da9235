#include "sqlite_floor.h"

#include <sqlite3.h>

namespace casedesk::bench {

SqliteFloor::SqliteFloor(const QString &path)
{
    if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        sqlite3_close(m_db);
        m_db = nullptr;
    }
}

SqliteFloor::~SqliteFloor() { sqlite3_close(m_db); }

qint64 SqliteFloor::run(const QString &sql, const QVariantList &values)
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

qint64 openAndRun(const QString &path, const QString &sql, const QVariantList &values)
{
    SqliteFloor floor(path);
    return floor.run(sql, values);
}

} // namespace casedesk::bench
