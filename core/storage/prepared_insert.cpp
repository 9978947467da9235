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

// Binds one value. Text is converted to UTF-8 (the file's encoding) into `buffer`, which is
// kept from row to row: binding UTF-16 made SQLite convert and allocate for every value.
int bindValue(sqlite3_stmt *statement, int position, const QVariant &value, QByteArray &buffer)
{
    if (value.isNull() && value.typeId() != QMetaType::QString)
        return sqlite3_bind_null(statement, position);
    switch (value.typeId()) {
    case QMetaType::QString: {
        const auto *text = static_cast<const QString *>(value.constData());
        const qsizetype most = text->size() * 3;
        if (buffer.size() < most)
            buffer.resize(most);
        QStringEncoder encoder(QStringEncoder::Utf8);
        char *end = encoder.appendToBuffer(buffer.data(), *text);
        // SQLITE_STATIC: the buffer is neither changed nor freed before the step and the reset.
        return sqlite3_bind_text(statement, position, buffer.constData(), int(end - buffer.constData()), SQLITE_STATIC);
    }
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

} // namespace

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
    if (m_query) {
        for (int i = 0; i < values.size(); ++i)
            m_query->bindValue(i, bindable(values.at(i)));
        if (!m_query->exec())
            return storageError(m_db, m_query->lastError());
        // On a server the new id comes from RETURNING: Qt's lastInsertId() asks lastval(), whose
        // error (no sequence used yet in this session) would abort the whole transaction.
        if (m_query->isSelect() && m_query->next())
            return m_query->value(0).toLongLong();
        return qint64(0);
    }
    if (!m_statement || values.size() != m_parameters) {
        return Error{ErrorCode::Storage,
                     Msg::tr("A database error occurred: %1")
                         .arg(QStringLiteral("%1 values for %2 parameters").arg(values.size()).arg(m_parameters)),
                     {}};
    }
    int rc = SQLITE_OK;
    if (m_buffers.size() < values.size())
        m_buffers.resize(values.size());
    for (int i = 0; i < values.size() && rc == SQLITE_OK; ++i)
        rc = bindValue(m_statement, i + 1, values.at(i), m_buffers[i]);
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
