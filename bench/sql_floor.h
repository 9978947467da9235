#pragma once

#include <QString>
#include <QVariantList>

#include <memory>

// The floor of each measurement: the same SQL on the same database straight through the
// engine's own C library (SQLite's C API for a file, libpq for a server), reading every column
// of every row as text, with nothing of Qt or CaseDesk around it.

namespace casedesk::bench {

class SqlFloor {
public:
    virtual ~SqlFloor() = default;
    virtual bool isOpen() const = 0;
    // Runs the statement (with ? placeholders) to its end; the number of rows, or -1 on an error.
    virtual qint64 run(const QString &sql, const QVariantList &values = {}) = 0;
    QString lastError() const { return m_error; }

protected:
    QString m_error;
};

// A floor on `location`: a SQLite file's path or a server's postgresql:// URL.
std::unique_ptr<SqlFloor> openFloor(const QString &location);

// Opens `location` and runs one statement: the floor of "open the database and show the first page".
qint64 openAndRun(const QString &location, const QString &sql, const QVariantList &values);

} // namespace casedesk::bench
