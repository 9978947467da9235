#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <initializer_list>
#include <optional>
#include <type_traits>

struct sqlite3;
struct sqlite3_stmt;

namespace casedesk {

// One value of a row bound without a QVariant: a bulk write binds some ten million of them for a
// million demo cases, and a QVariant copied each string from the thread that made it (its
// reference count) and back. An integer (bool and enums as 0, 1…), a real, a text (a null
// QString as '', as bindable() does), a QVariant as PreparedInsert::run(QVariantList) takes it,
// or NULL. It points to the text or variant given: only for the call it is written in.
class BoundValue {
public:
    BoundValue() = default; // NULL
    template <typename T, std::enable_if_t<std::is_integral_v<T> || std::is_enum_v<T>, int> = 0>
    BoundValue(T value) : m_kind(Kind::Integer), m_integer(qint64(value))
    {
    }
    BoundValue(double value) : m_kind(Kind::Real), m_real(value) {}
    BoundValue(const QString &text) : m_kind(Kind::Text), m_text(&text) {}
    BoundValue(const QVariant &value) : m_kind(Kind::Variant), m_variant(&value) {}

    enum class Kind { Null, Integer, Real, Text, Variant };
    Kind kind() const { return m_kind; }
    qint64 integer() const { return m_integer; }
    double real() const { return m_real; }
    const QString &text() const { return *m_text; }
    const QVariant &variant() const { return *m_variant; }
    QVariant toVariant() const; // for a driver other than SQLite

private:
    Kind m_kind = Kind::Null;
    qint64 m_integer = 0;
    double m_real = 0;
    const QString *m_text = nullptr;
    const QVariant *m_variant = nullptr;
};

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
    // The same for values bound as they are (see BoundValue): what a braced list of values calls.
    Result<qint64> run(std::initializer_list<BoundValue> values);

private:
    template <typename Values>
    Result<qint64> runRow(const Values &values);

    QSqlDatabase m_db;
    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    int m_parameters = 0;
    QList<QByteArray> m_buffers; // each parameter's text as UTF-8, reused from row to row
    std::optional<QSqlQuery> m_query; // drivers other than SQLite
};

} // namespace casedesk
