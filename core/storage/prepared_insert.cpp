#include "storage/prepared_insert.h"

#include "storage/sql_helpers.h"
#include "storage/sqlite_native.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QStringEncoder>

#include <sqlite3.h>

namespace casedesk {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

// Binds a text converted to UTF-8 (the file's encoding) into `buffer`, which is kept from row
// to row: binding UTF-16 made SQLite convert and allocate for every value.
int bindText(sqlite3_stmt *statement, int position, const QString &text, QByteArray &buffer)
{
    const qsizetype most = text.size() * 3;
    if (buffer.size() < most)
        buffer.resize(most);
    QStringEncoder encoder(QStringEncoder::Utf8);
    char *end = encoder.appendToBuffer(buffer.data(), text);
    // SQLITE_STATIC: the buffer is neither changed nor freed before the step and the reset.
    return sqlite3_bind_text(statement, position, buffer.constData(), int(end - buffer.constData()), SQLITE_STATIC);
}

// Binds one value.
int bindValue(sqlite3_stmt *statement, int position, const QVariant &value, QByteArray &buffer)
{
    if (value.isNull() && value.typeId() != QMetaType::QString)
        return sqlite3_bind_null(statement, position);
    switch (value.typeId()) {
    case QMetaType::QString: return bindText(statement, position, *static_cast<const QString *>(value.constData()), buffer);
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::Short:
    case QMetaType::Char: return sqlite3_bind_int64(statement, position, value.toLongLong());
    case QMetaType::Double: return sqlite3_bind_double(statement, position, value.toDouble());
    case QMetaType::QByteArray: { // a file's bytes (evidence), not text
        const auto *bytes = static_cast<const QByteArray *>(value.constData());
        return sqlite3_bind_blob64(statement, position, bytes->constData(), sqlite3_uint64(bytes->size()),
                                   SQLITE_TRANSIENT);
    }
    default: {
        const QByteArray text = value.toString().toUtf8();
        return sqlite3_bind_text(statement, position, text.constData(), int(text.size()), SQLITE_TRANSIENT);
    }
    }
}

int bindValue(sqlite3_stmt *statement, int position, const BoundValue &value, QByteArray &buffer)
{
    switch (value.kind()) {
    case BoundValue::Kind::Null: return sqlite3_bind_null(statement, position);
    case BoundValue::Kind::Integer: return sqlite3_bind_int64(statement, position, value.integer());
    case BoundValue::Kind::Real: return sqlite3_bind_double(statement, position, value.real());
    case BoundValue::Kind::Text: return bindText(statement, position, value.text(), buffer);
    case BoundValue::Kind::Variant: return bindValue(statement, position, value.variant(), buffer);
    }
    return SQLITE_MISUSE;
}

// A value as a server's driver binds it.
QVariant serverValue(const QVariant &value)
{
    return bindable(value);
}

QVariant serverValue(const BoundValue &value)
{
    return value.toVariant();
}

} // namespace

QVariant BoundValue::toVariant() const
{
    switch (m_kind) {
    case Kind::Null: return {};
    case Kind::Integer: return m_integer;
    case Kind::Real: return m_real;
    case Kind::Text: return bindable(*m_text);
    case Kind::Variant: return bindable(*m_variant);
    }
    return {};
}

PreparedInsert::PreparedInsert(QSqlDatabase db) : m_db(std::move(db)) {}

PreparedInsert::~PreparedInsert()
{
    sqlite3_finalize(m_statement);
}

Status PreparedInsert::prepare(const QString &sql)
{
    m_handle = sqliteHandle(m_db);
    if (!m_handle) {
        m_query.emplace(m_db);
        if (!m_query->prepare(sql))
            return storageError(m_db, m_query->lastError());
        return {};
    }
    const QByteArray text = sql.toUtf8();
    if (int rc = sqlite3_prepare_v3(m_handle, text.constData(), int(text.size()), SQLITE_PREPARE_PERSISTENT,
                                    &m_statement, nullptr);
        rc != SQLITE_OK)
        return sqliteError(rc, m_handle);
    m_parameters = sqlite3_bind_parameter_count(m_statement);
    return {};
}

Result<qint64> PreparedInsert::run(const QVariantList &values)
{
    return runRow(values);
}

Result<qint64> PreparedInsert::run(std::initializer_list<BoundValue> values)
{
    return runRow(values);
}

template <typename Values>
Result<qint64> PreparedInsert::runRow(const Values &values)
{
    const qsizetype count = qsizetype(std::size(values));
    if (m_query) {
        int i = 0;
        for (const auto &value : values)
            m_query->bindValue(i++, serverValue(value));
        if (!m_query->exec())
            return storageError(m_db, m_query->lastError());
        // On a server the new id comes from RETURNING: Qt's lastInsertId() asks lastval(), whose
        // error (no sequence used yet in this session) would abort the whole transaction.
        if (m_query->isSelect() && m_query->next())
            return m_query->value(0).toLongLong();
        return qint64(0);
    }
    if (!m_statement || count != m_parameters) {
        return Error{ErrorCode::Storage,
                     Msg::tr("A database error occurred: %1")
                         .arg(QStringLiteral("%1 values for %2 parameters").arg(count).arg(m_parameters)),
                     {}};
    }
    int rc = SQLITE_OK;
    if (m_buffers.size() < count)
        m_buffers.resize(count);
    int position = 0;
    for (const auto &value : values) {
        if (rc != SQLITE_OK)
            break;
        rc = bindValue(m_statement, position + 1, value, m_buffers[position]);
        ++position;
    }
    if (rc == SQLITE_OK)
        rc = sqlite3_step(m_statement);
    // The extended code of a failed step comes back from reset; unbinding drops the pointers
    // into `values`.
    const int reset = sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    if (rc != SQLITE_DONE)
        return sqliteError(reset != SQLITE_OK ? reset : rc, m_handle);
    return sqlite3_last_insert_rowid(m_handle);
}

} // namespace casedesk
