#include "storage/server_copy_in.h"

#include "storage/libpq_handle.h"

#include <QCoreApplication>

#include <libpq-fe.h>

namespace casedesk {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

// Sent to the server in pieces of about this many bytes.
constexpr qsizetype kChunkBytes = 1 << 20;

// One value in COPY's text format: \N for NULL, bytea as \\x and hex digits, and in text the
// characters COPY gives a meaning to escaped.
void appendValue(QByteArray &out, const QVariant &value)
{
    if (value.isNull()) {
        out += "\\N";
        return;
    }
    if (value.typeId() == QMetaType::QByteArray) {
        out += "\\\\x";
        out += value.toByteArray().toHex();
        return;
    }
    const QByteArray text = value.toString().toUtf8();
    for (const char c : text) {
        switch (c) {
        case '\\': out += "\\\\"; break;
        case '\t': out += "\\t"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        default: out += c;
        }
    }
}

} // namespace

ServerCopyIn::ServerCopyIn(QSqlDatabase db, QString table, QStringList columns)
    : m_db(std::move(db)), m_table(std::move(table)), m_columns(std::move(columns))
{
}

ServerCopyIn::~ServerCopyIn()
{
    // Abandoned (an error on the way): end the COPY so the connection can be used again.
    if (pg_conn *connection = m_copying ? libpqHandle(m_db) : nullptr) {
        PQputCopyEnd(connection, "abandoned");
        while (PGresult *result = PQgetResult(connection))
            PQclear(result);
    }
}

Error ServerCopyIn::failure() const
{
    pg_conn *connection = libpqHandle(m_db);
    const QString detail = connection ? QString::fromUtf8(PQerrorMessage(connection)).trimmed() : QString();
    return {ErrorCode::Storage, Msg::tr("The server did not take the rows of %1. (%2)").arg(m_table, detail), {}};
}

Status ServerCopyIn::start()
{
    pg_conn *connection = libpqHandle(m_db);
    if (!connection)
        return failure();
    const QString sql = QStringLiteral("COPY \"%1\" (\"%2\") FROM STDIN")
                            .arg(m_table, m_columns.join(QStringLiteral("\", \"")));
    PGresult *result = PQexec(connection, sql.toUtf8().constData());
    const bool copying = PQresultStatus(result) == PGRES_COPY_IN;
    PQclear(result);
    if (!copying)
        return failure();
    m_copying = true;
    return {};
}

Status ServerCopyIn::add(const QVariantList &row)
{
    for (qsizetype i = 0; i < row.size(); ++i) {
        if (i > 0)
            m_buffer += '\t';
        appendValue(m_buffer, row.at(i));
    }
    m_buffer += '\n';
    return m_buffer.size() >= kChunkBytes ? send() : Status{};
}

Status ServerCopyIn::send()
{
    if (m_buffer.isEmpty())
        return {};
    if (PQputCopyData(libpqHandle(m_db), m_buffer.constData(), int(m_buffer.size())) != 1)
        return failure();
    m_buffer.clear();
    return {};
}

Status ServerCopyIn::finish()
{
    if (auto sent = send(); !sent)
        return sent;
    pg_conn *connection = libpqHandle(m_db);
    m_copying = false;
    if (PQputCopyEnd(connection, nullptr) != 1)
        return failure();
    // The COPY's outcome: a row the server refused (a constraint, a bad value) is said here.
    Status outcome;
    while (PGresult *result = PQgetResult(connection)) {
        if (PQresultStatus(result) != PGRES_COMMAND_OK && outcome)
            outcome = Error{ErrorCode::Storage,
                            Msg::tr("The server did not take the rows of %1. (%2)")
                                .arg(m_table, QString::fromUtf8(PQresultErrorMessage(result)).trimmed()),
                            {}};
        PQclear(result);
    }
    return outcome;
}

} // namespace casedesk
