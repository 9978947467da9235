#pragma once

#include <QString>
#include <QVariantList>

struct sqlite3;

// The floor of each measurement: the same SQL on the same file straight through SQLite's C
// API, reading every column of every row as text, with nothing of Qt or CaseDesk around it.

namespace casedesk::bench {

class SqliteFloor {
public:
    explicit SqliteFloor(const QString &path);
    ~SqliteFloor();
    SqliteFloor(const SqliteFloor &) = delete;
    SqliteFloor &operator=(const SqliteFloor &) = delete;

    bool isOpen() const { return m_db != nullptr; }
    // Runs the statement to its end; returns the number of rows, or -1 on an error.
    qint64 run(const QString &sql, const QVariantList &values = {});
    QString lastError() const { return m_error; }

private:
    ::sqlite3 *m_db = nullptr;
    QString m_error;
};

// Opens `path` and runs one statement: the floor of "open the file and show the first page".
qint64 openAndRun(const QString &path, const QString &sql, const QVariantList &values);

} // namespace casedesk::bench
